import { Step, type StepProps } from '../../step';

/** Props of a {@link K8sCanaryDeleteStep}. */
export interface K8sCanaryDeleteStepProps extends StepProps {
  /** Delegate selectors (a list; the schema accepts no expression for the whole list here). @default - the infrastructure's */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The K8s Canary Delete step (`K8sCanaryDeleteStepInfo`): deletes the canary workload the K8sCanaryDeploy step
 * created, and only that (use K8sDelete for other resources). It needs a K8sCanaryDeploy step earlier in the same
 * stage (checked when the pipeline renders); in the rollback steps it cleans the canary up after a failure.
 * Deployment stages only.
 *
 * @see https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/kubernetes/cd-k8s-ref/kubernetes-canary-delete-step
 */
export class K8sCanaryDeleteStep extends Step {
  public readonly type = 'K8sCanaryDelete';
  private readonly props: K8sCanaryDeleteStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sCanaryDeleteStepProps) {
    super(props);
    this.props = props;
  }

  protected renderSpec(): Record<string, unknown> {
    return { delegateSelectors: this.props.delegateSelectors ? [...this.props.delegateSelectors] : undefined };
  }
}
