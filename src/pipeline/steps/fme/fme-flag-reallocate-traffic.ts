import { Step } from '../../step';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';

/** Props of an {@link FmeFlagReallocateTrafficStep}. */
export interface FmeFlagReallocateTrafficStepProps extends FmeFlagEnvironmentProps {}

/**
 * The FME step `FmeFlagReallocateTraffic` (`FmeFlagReallocateTrafficStepInfo`). Re-buckets the traffic of the flag in
 * the environment (keys are assigned to treatments anew), e.g. after large targeting changes.
 * Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagReallocateTrafficStep extends Step {
  public readonly type = 'FmeFlagReallocateTraffic';
  private readonly props: FmeFlagReallocateTrafficStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagReallocateTrafficStepProps) {
    super(props);
    this.props = props;
    checkFlagEnvironment(props, this.describe());
  }

  protected renderSpec(): Record<string, unknown> {
    return renderFlagEnvironment(this.props);
  }
}
