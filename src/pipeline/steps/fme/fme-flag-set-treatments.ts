import type { Expression } from '../../../core/expression';
import { Step } from '../../step';
import { checkTreatmentName } from './fme-fields';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';
import { checkDefaultsAmong, checkTreatmentDefinitions, type FmeTreatmentDefinition, renderTreatmentDefinitions } from './fme-treatments';

/** Props of an {@link FmeFlagSetTreatmentsStep}. */
export interface FmeFlagSetTreatmentsStepProps extends FmeFlagEnvironmentProps {
  /** The treatments with descriptions, at least two, or one expression. */
  readonly treatments: readonly FmeTreatmentDefinition[] | Expression;
  /** Default treatment, one of `treatments`, or an expression. */
  readonly defaultTreatment: string | Expression;
  /** Baseline treatment for metrics, one of `treatments`, or an expression. */
  readonly baselineTreatment: string | Expression;
}

/**
 * The FME step `FmeFlagSetTreatments` (`FmeFlagSetTreatmentsStepInfo`): sets the treatments of the flag in the
 * environment, with the default and baseline treatment. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagSetTreatmentsStep extends Step {
  public readonly type = 'FmeFlagSetTreatments';
  private readonly props: FmeFlagSetTreatmentsStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagSetTreatmentsStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    checkTreatmentDefinitions(props.treatments, where, 'spec.treatments');
    checkTreatmentName(props.defaultTreatment, where, 'spec.defaultTreatment', true);
    checkTreatmentName(props.baselineTreatment, where, 'spec.baselineTreatment', true);
    checkDefaultsAmong(
      { 'spec.defaultTreatment': props.defaultTreatment, 'spec.baselineTreatment': props.baselineTreatment },
      props.treatments,
      where,
    );
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      ...renderFlagEnvironment(p),
      treatments: renderTreatmentDefinitions(p.treatments),
      defaultTreatment: p.defaultTreatment,
      baselineTreatment: p.baselineTreatment,
    };
  }
}
