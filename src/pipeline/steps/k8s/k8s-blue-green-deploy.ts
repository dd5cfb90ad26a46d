import { Step, type StepProps } from '../../step';
import { checkCommandFlags, type K8sApplyCommandOptions, renderApplyCommandOptions } from './workload';

/** Props of a {@link K8sBlueGreenDeployStep}. */
export interface K8sBlueGreenDeployStepProps extends StepProps, K8sApplyCommandOptions {
  /** Do not run `kubectl apply --dry-run` before deploying. @default - not set (Harness runs the dry run) */
  readonly skipDryRun?: boolean;
  /** Delete resources the new release no longer has (pruning). @default - not set (no pruning) */
  readonly pruningEnabled?: boolean;
  /**
   * Skip the deployment when the manifests equal those of the last successful release.
   * @default - not set (Harness deploys every time)
   */
  readonly skipDeploymentIfSameManifest?: boolean;
}

/**
 * The K8s Blue Green Deployment step (`K8sBlueGreenStepInfo`, type `K8sBlueGreenDeploy`): deploys the new
 * version behind the stage service, next to the version the primary service routes to. A K8sBGSwapServices step
 * after it moves production traffic. Deployment stages only. (`trafficRouting` is not typed: use
 * `addOverride('spec.trafficRouting', ...)`.)
 *
 * @see https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/kubernetes/kubernetes-executions/create-a-kubernetes-blue-green-deployment
 */
export class K8sBlueGreenDeployStep extends Step {
  public readonly type = 'K8sBlueGreenDeploy';
  private readonly props: K8sBlueGreenDeployStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sBlueGreenDeployStepProps) {
    super(props);
    this.props = props;
    checkCommandFlags(props.commandFlags, this.describe());
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      skipDryRun: p.skipDryRun,
      pruningEnabled: p.pruningEnabled,
      skipDeploymentIfSameManifest: p.skipDeploymentIfSameManifest,
      ...renderApplyCommandOptions(p),
    };
  }
}
