import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';

/** Props of a {@link BarrierStep}. */
export interface BarrierStepProps extends StepProps {
  /** Identifier of a barrier declared in the pipeline's `flowControl.barriers`, or an expression. */
  readonly barrierRef: string | Expression;
}

/**
 * The Barrier step (`BarrierStepInfo`): waits until every stage running in parallel that uses the same barrier has
 * reached it, then all go on. The pipeline declares the barrier:
 * `new Pipeline({ flowControl: { barriers: [{ identifier }] } })`; a literal `barrierRef` naming no declared barrier
 * is a problem when the pipeline renders. Custom, Deployment, Approval and IACM stages.
 *
 * @see https://developer.harness.io/docs/continuous-delivery/x-platform-cd-features/cd-steps/flow-control/synchronize-deployments-using-barriers
 */
export class BarrierStep extends Step {
  public readonly type = 'Barrier';
  private readonly barrierRef: string | Expression;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: BarrierStepProps) {
    super(props);
    requireText(props.barrierRef, this.describe(), 'spec.barrierRef', "give the identifier of a barrier of the pipeline's flowControl");
    this.barrierRef = props.barrierRef;
  }

  protected renderSpec(): Record<string, unknown> {
    return { barrierRef: this.barrierRef };
  }
}
