import { Step, type StepProps } from '../../step';

/** Props of a {@link K8sBGSwapServicesStep}. */
export interface K8sBGSwapServicesStepProps extends StepProps {
  /** Delegate selectors. @default - the infrastructure's */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The K8s Blue Green Swap Services step (`K8sBGSwapServicesStepInfo`, "Swap primary with stage service"): swaps
 * the selectors of the primary and stage services, so production traffic reaches the version the
 * K8sBlueGreenDeploy step deployed. It needs that step earlier in the same stage (checked when the pipeline
 * renders); in the rollback steps it swaps back. Deployment stages only.
 *
 * @see https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/kubernetes/kubernetes-executions/create-a-kubernetes-blue-green-deployment
 */
export class K8sBGSwapServicesStep extends Step {
  public readonly type = 'K8sBGSwapServices';
  private readonly props: K8sBGSwapServicesStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sBGSwapServicesStepProps) {
    super(props);
    this.props = props;
  }

  protected renderSpec(): Record<string, unknown> {
    return { delegateSelectors: this.props.delegateSelectors ? [...this.props.delegateSelectors] : undefined };
  }
}
