import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { InstanceSelection } from './instance-selection';
import { checkWorkload, SCALABLE_KINDS } from './workload';

/** Props of a {@link K8sScaleStep}. */
export interface K8sScaleStepProps extends StepProps {
  /**
   * One workload, `[namespace/]Kind/Name` with Kind Deployment, DaemonSet or StatefulSet (docs/rules.md#k8s-scale-workload-kind),
   * e.g. `payments/Deployment/payments-api`, or an expression.
   */
  readonly workload: string | Expression;
  /** Target size: `InstanceSelection.count(3)` or `InstanceSelection.percentage(50)`. */
  readonly instanceSelection: InstanceSelection;
  /** Do not wait for the workload to reach steady state. @default - not set (Harness applies false) */
  readonly skipSteadyStateCheck?: boolean;
  /** Delegate selectors. @default - the infrastructure's */
  readonly delegateSelectors?: readonly string[];
}

/** The K8s Scale step (`K8sScaleStepInfo`): scales one workload. Deployment stages only. */
export class K8sScaleStep extends Step {
  public readonly type = 'K8sScale';
  private readonly props: K8sScaleStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sScaleStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkWorkload(props.workload, where, SCALABLE_KINDS);
    if (!(props.instanceSelection instanceof InstanceSelection)) {
      fail(where, 'spec.instanceSelection', 'is required', 'pass InstanceSelection.count(n) or InstanceSelection.percentage(n)');
    }
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      workload: p.workload,
      instanceSelection: p.instanceSelection.toObject(),
      skipSteadyStateCheck: p.skipSteadyStateCheck,
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}
