import { Step } from '../../step';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';

/** Props of an {@link FmeFlagRestoreStep}. */
export interface FmeFlagRestoreStepProps extends FmeFlagEnvironmentProps {}

/**
 * The FME step `FmeFlagRestore` (`FmeFlagRestoreStepInfo`). Restores a killed flag in the environment, so its targeting
 * and allocation apply again. Restoring alone does not change percentages: pair it with FmeFlagDefaultAllocation or
 * FmeFlagLimitExposure.
 * Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagRestoreStep extends Step {
  public readonly type = 'FmeFlagRestore';
  private readonly props: FmeFlagRestoreStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagRestoreStepProps) {
    super(props);
    this.props = props;
    checkFlagEnvironment(props, this.describe());
  }

  protected renderSpec(): Record<string, unknown> {
    return renderFlagEnvironment(this.props);
  }
}
