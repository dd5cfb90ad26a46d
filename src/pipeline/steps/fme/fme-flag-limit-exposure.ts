import type { Expression } from '../../../core/expression';
import { Step } from '../../step';
import { checkPercent } from './fme-fields';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';

/** Props of an {@link FmeFlagLimitExposureStep}. */
export interface FmeFlagLimitExposureStepProps extends FmeFlagEnvironmentProps {
  /** Percentage of the traffic exposed to the flag's targeting, 0 to 100, or an expression. */
  readonly limit: number | Expression;
}

/**
 * The FME step `FmeFlagLimitExposure` (`FmeFlagLimitExposureStepInfo`): caps the share of traffic the flag's
 * targeting applies to in the environment (the rest gets the default treatment). Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagLimitExposureStep extends Step {
  public readonly type = 'FmeFlagLimitExposure';
  private readonly props: FmeFlagLimitExposureStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagLimitExposureStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    checkPercent(props.limit, where, 'spec.limit');
  }

  protected renderSpec(): Record<string, unknown> {
    return { ...renderFlagEnvironment(this.props), limit: this.props.limit };
  }
}
