import { fail } from '../../../core/errors';
import { Expression, isLiteralText } from '../../../core/expression';
import { Step } from '../../step';
import { renderTextList, type TextList } from '../common/text-list';
import { checkFmeList, checkTreatmentName } from './fme-fields';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';

/** The complete individual targets of one treatment. */
export interface FmeTreatmentTargetList {
  /** Treatment name, e.g. `'on'`, or an expression that is not a runtime input. */
  readonly treatment: string | Expression;
  /** The keys that get this treatment, or one expression for the list. @default - none */
  readonly keys?: TextList;
  /** The segments that get this treatment, or one expression for the list. @default - none */
  readonly segments?: TextList;
}

/** Props of an {@link FmeFlagSetIndividualTargetsStep}. */
export interface FmeFlagSetIndividualTargetsStepProps extends FmeFlagEnvironmentProps {
  /** The targets per treatment, replacing the current ones (`[]` clears all individual targets), or one expression. */
  readonly treatments: readonly FmeTreatmentTargetList[] | Expression;
}

/**
 * The FME step `FmeFlagSetIndividualTargets` (`FmeFlagSetIndividualTargetsInfo`): replaces the individual targets
 * (keys and segments) of the flag's treatments in the environment; FmeFlagAddRemoveIndividualTargets changes them
 * instead. Individual targets win over rules and the default allocation. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagSetIndividualTargetsStep extends Step {
  public readonly type = 'FmeFlagSetIndividualTargets';
  private readonly props: FmeFlagSetIndividualTargetsStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagSetIndividualTargetsStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    const list: unknown = props.treatments;
    if (list instanceof Expression) return;
    if (!Array.isArray(list)) {
      fail(
        where,
        'spec.treatments',
        'is required',
        "list the targets per treatment ([] clears them), e.g. [{ treatment: 'on', keys: [key] }]",
      );
    }
    const seen = new Set<string>();
    (list as FmeTreatmentTargetList[]).forEach((t, i) => {
      const f = `spec.treatments[${i}]`;
      checkTreatmentName(t?.treatment, where, `${f}.treatment`, false);
      if (isLiteralText(t.treatment)) {
        if (seen.has(t.treatment)) fail(where, `${f}.treatment`, `treatment '${t.treatment}' is listed twice`, 'list each treatment once');
        seen.add(t.treatment);
      }
      checkFmeList(t.keys, where, `${f}.keys`, 'key');
      checkFmeList(t.segments, where, `${f}.segments`, 'segment');
    });
  }

  protected renderSpec(): Record<string, unknown> {
    const t = this.props.treatments;
    return {
      ...renderFlagEnvironment(this.props),
      treatments:
        t instanceof Expression
          ? t
          : t.map((x) => ({ treatment: x.treatment, keys: renderTextList(x.keys), segments: renderTextList(x.segments) })),
    };
  }
}
