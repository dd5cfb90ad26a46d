import { Step } from '../../step';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';

/** Props of an {@link FmeFlagKillStep}. */
export interface FmeFlagKillStepProps extends FmeFlagEnvironmentProps {}

/**
 * The FME step `FmeFlagKill` (`FmeFlagKillStepInfo`). Kills the flag in the environment: every key gets the default
 * treatment (the emergency off switch, e.g. in rollback steps or a rollback stage).
 * Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagKillStep extends Step {
  public readonly type = 'FmeFlagKill';
  private readonly props: FmeFlagKillStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagKillStepProps) {
    super(props);
    this.props = props;
    checkFlagEnvironment(props, this.describe());
  }

  protected renderSpec(): Record<string, unknown> {
    return renderFlagEnvironment(this.props);
  }
}
