import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import type { Timeout } from '../../timeout';
import { checkDuration } from './duration';

/** Props of a {@link WaitStep}. */
export interface WaitStepProps extends StepProps {
  /** How long to wait: `Timeout.minutes(5)`, text such as `'10m'`, `'1h30m'`, `'30s'` (10s or more), or an expression. */
  readonly duration: Timeout | string | Expression;
}

/**
 * The Wait step (`WaitStepInfo`): pauses the stage for `duration`, e.g. to let a change soak between the steps of a
 * rollout. While it waits, a user can mark it as success (go on) or failed. Custom, Deployment, Approval, IACM and CI
 * stages (not IDP).
 *
 * @see https://developer.harness.io/docs/continuous-delivery/x-platform-cd-features/cd-steps/utilities/wait-step
 */
export class WaitStep extends Step {
  public readonly type = 'Wait';
  private readonly duration: string | Expression;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: WaitStepProps) {
    super(props);
    this.duration = checkDuration(props.duration, this.describe(), 'spec.duration', true)!;
  }

  protected renderSpec(): Record<string, unknown> {
    return { duration: this.duration };
  }
}
