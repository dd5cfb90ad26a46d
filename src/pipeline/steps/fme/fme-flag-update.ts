import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { renderTextList, type TextList } from '../common/text-list';
import { checkFmeList, checkFmeName, checkFmeTags, checkFmeText } from './fme-fields';

/** Props of an {@link FmeFlagUpdateStep}. Set at least one of the optional fields. */
export interface FmeFlagUpdateStepProps extends StepProps {
  /**
   * The flag's name (spec `name`; the prop has another name because `name` is the step's display name),
   * `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression.
   */
  readonly flagName: string | Expression;
  /**
   * New flag description (spec `description`; the step's own `description` is the envelope's).
   * @default - unchanged
   */
  readonly flagDescription?: string | Expression;
  /** New rollout status, e.g. `Ramping`. @default - unchanged */
  readonly rolloutStatus?: string | Expression;
  /** New owners, or one expression for the whole list. @default - unchanged */
  readonly owners?: TextList;
  /** New tags, each `^([a-zA-Z0-9-_:]+)$`, or one expression for the whole list. @default - unchanged */
  readonly tags?: TextList;
}

const FIELDS = ['flagDescription', 'rolloutStatus', 'owners', 'tags'] as const;

/**
 * The FME step `FmeFlagUpdate` (`FmeFlagUpdateStepInfo`): updates a flag's metadata (description, rollout status,
 * owners, tags), e.g. between the phases of a rollout. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagUpdateStep extends Step {
  public readonly type = 'FmeFlagUpdate';
  private readonly props: FmeFlagUpdateStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagUpdateStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFmeName(props.flagName, where, 'spec.name', 'flag');
    if (FIELDS.every((f) => props[f] === undefined)) {
      fail(where, 'spec', 'the step updates nothing', `set at least one of ${FIELDS.join(', ')}`);
    }
    checkFmeText(props.flagDescription, where, 'spec.description', false, 'describe the flag');
    checkFmeText(props.rolloutStatus, where, 'spec.rolloutStatus', false, "give the rollout status, e.g. 'Ramping'");
    checkFmeList(props.owners, where, 'spec.owners', 'owner');
    checkFmeTags(props.tags, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      name: p.flagName,
      description: p.flagDescription,
      rolloutStatus: p.rolloutStatus,
      owners: renderTextList(p.owners),
      tags: renderTextList(p.tags),
    };
  }
}
