import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { Step } from '../../step';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';

/** Props of an {@link FmeFlagSetImpressionTrackingStep}. */
export interface FmeFlagSetImpressionTrackingStepProps extends FmeFlagEnvironmentProps {
  /** Track impressions (`true`) or not (`false`), or an expression. */
  readonly enabled: boolean | Expression;
}

/**
 * The FME step `FmeFlagSetImpressionTracking` (`FmeFlagSetImpressionTrackingStepInfo`): turns the recording of
 * impressions of the flag on or off in the environment. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagSetImpressionTrackingStep extends Step {
  public readonly type = 'FmeFlagSetImpressionTracking';
  private readonly props: FmeFlagSetImpressionTrackingStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagSetImpressionTrackingStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    const e: unknown = props.enabled;
    if (typeof e !== 'boolean' && !(e instanceof Expression)) {
      fail(
        where,
        'spec.enabled',
        e === undefined ? 'is required' : `expects true or false, got ${typeof e}`,
        'pass true, false or an expression',
      );
    }
  }

  protected renderSpec(): Record<string, unknown> {
    return { ...renderFlagEnvironment(this.props), enabled: this.props.enabled };
  }
}
