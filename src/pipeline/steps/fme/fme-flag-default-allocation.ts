import type { Expression } from '../../../core/expression';
import { Step } from '../../step';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';
import { checkAllocation, type FmeAllocation, renderAllocation } from './fme-treatments';

/** Props of an {@link FmeFlagDefaultAllocationStep}. */
export interface FmeFlagDefaultAllocationStepProps extends FmeFlagEnvironmentProps {
  /**
   * Share of the traffic per treatment, e.g. `[{ treatment: 'on', amount: 25 }, { treatment: 'off', amount: 75 }]`
   * (amounts add up to 100; treatments not listed get 0), or one expression for the whole list.
   */
  readonly allocation: readonly FmeAllocation[] | Expression;
}

/**
 * The FME step `FmeFlagDefaultAllocation` (`FmeFlagDefaultAllocationStepInfo`): sets the default rule's split of the
 * traffic across the flag's treatments in the environment, e.g. the 5 → 25 → 50 → 100 % steps of a progressive
 * rollout. Harness fails the step unless the amounts add up to 100 and every treatment exists. Custom and
 * Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagDefaultAllocationStep extends Step {
  public readonly type = 'FmeFlagDefaultAllocation';
  private readonly props: FmeFlagDefaultAllocationStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagDefaultAllocationStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    checkAllocation(props.allocation, where, 'spec.allocation', 'amount', false);
  }

  protected renderSpec(): Record<string, unknown> {
    return { ...renderFlagEnvironment(this.props), allocation: renderAllocation(this.props.allocation) };
  }
}
