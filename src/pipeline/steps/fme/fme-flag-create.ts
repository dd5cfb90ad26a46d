import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { checkFmeList, checkFmeName, checkFmeTags, checkFmeText, checkTreatmentName } from './fme-fields';
import { renderTextList, type TextList } from '../common/text-list';
import { checkDefaultsAmong, checkTreatmentDefinitions, type FmeTreatmentDefinition, renderTreatmentDefinitions } from './fme-treatments';

/** Props of an {@link FmeFlagCreateStep}. */
export interface FmeFlagCreateStepProps extends StepProps {
  /**
   * The new flag's name (spec `name`; the prop has another name because `name` is the step's display name),
   * `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression.
   */
  readonly flagName: string | Expression;
  /** FME traffic type of the flag, e.g. `user` (case-sensitive), or an expression. */
  readonly trafficType: string | Expression;
  /**
   * The flag description (spec `description`; the step's own `description` is the envelope's).
   * @default - none
   */
  readonly flagDescription?: string | Expression;
  /** Owners (users or groups), or one expression for the whole list. @default - none */
  readonly owners?: TextList;
  /** Tags, each `^([a-zA-Z0-9-_:]+)$`, or one expression for the whole list. @default - none */
  readonly tags?: TextList;
  /** The flag's treatments with descriptions, at least two, or one expression. @default - FME's own (on/off) */
  readonly treatments?: readonly FmeTreatmentDefinition[] | Expression;
  /** Default treatment, one of `treatments`. @default - FME's choice */
  readonly defaultTreatment?: string | Expression;
  /** Baseline treatment for metrics, one of `treatments`. @default - FME's choice */
  readonly baselineTreatment?: string | Expression;
}

/**
 * The FME step `FmeFlagCreate` (`FmeFlagCreateStepInfo`): creates a feature flag (its metadata and treatments; the
 * definitions per environment come from other FME steps). Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagCreateStep extends Step {
  public readonly type = 'FmeFlagCreate';
  private readonly props: FmeFlagCreateStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagCreateStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFmeName(props.flagName, where, 'spec.name', 'flag');
    checkFmeText(props.trafficType, where, 'spec.trafficType', true, "give the FME traffic type, e.g. 'user'");
    checkFmeText(props.flagDescription, where, 'spec.description', false, 'describe the flag');
    checkFmeList(props.owners, where, 'spec.owners', 'owner');
    checkFmeTags(props.tags, where);
    if (props.treatments !== undefined) checkTreatmentDefinitions(props.treatments, where, 'spec.treatments');
    for (const f of ['defaultTreatment', 'baselineTreatment'] as const) {
      if (props[f] !== undefined) checkTreatmentName(props[f], where, `spec.${f}`, true);
    }
    checkDefaultsAmong(
      { 'spec.defaultTreatment': props.defaultTreatment, 'spec.baselineTreatment': props.baselineTreatment },
      props.treatments,
      where,
    );
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      name: p.flagName,
      trafficType: p.trafficType,
      description: p.flagDescription,
      owners: renderTextList(p.owners),
      tags: renderTextList(p.tags),
      treatments: renderTreatmentDefinitions(p.treatments),
      defaultTreatment: p.defaultTreatment,
      baselineTreatment: p.baselineTreatment,
    };
  }
}
