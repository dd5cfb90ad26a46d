import { Step, type StepProps } from '../../step';
import { checkCommandFlags, type K8sApplyCommandOptions, renderApplyCommandOptions } from './workload';

/** Props of a {@link K8sRollingDeployStep}. */
export interface K8sRollingDeployStepProps extends StepProps, K8sApplyCommandOptions {
  /** Do not run `kubectl apply --dry-run` before deploying. @default - not set (Harness runs the dry run) */
  readonly skipDryRun?: boolean;
  /** Delete resources the new release no longer has (pruning). @default - not set (no pruning) */
  readonly pruningEnabled?: boolean;
}

/**
 * The K8s Rolling Deployment step (`K8sRollingStepInfo`, type `K8sRollingDeploy`): deploys the service's
 * manifests with a rolling update. Deployment stages only; roll it back with a K8sRollingRollback step in the
 * stage's rollback steps.
 *
 * @see https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/kubernetes/kubernetes-executions/create-a-kubernetes-rolling-deployment
 */
export class K8sRollingDeployStep extends Step {
  public readonly type = 'K8sRollingDeploy';
  private readonly props: K8sRollingDeployStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sRollingDeployStepProps) {
    super(props);
    this.props = props;
    checkCommandFlags(props.commandFlags, this.describe());
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      skipDryRun: p.skipDryRun,
      pruningEnabled: p.pruningEnabled,
      ...renderApplyCommandOptions(p),
    };
  }
}
