import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { InstanceSelection } from './instance-selection';
import { checkCommandFlags, renderCommandFlags } from './workload';

/** Kind of canary (`canaryType`). */
export enum K8sCanaryType {
  /** A canary of `instanceSelection` pods. */
  STANDARD = 'Standard',
  /** A progressive canary that routes `targetPercentage` of the traffic to the canary. */
  PROGRESSIVE = 'Progressive',
}

/** Props of a {@link K8sCanaryDeployStep}. */
export interface K8sCanaryDeployStepProps extends StepProps {
  /**
   * How many canary pods to deploy: `InstanceSelection.count(1)` or `InstanceSelection.percentage(25)` (a share
   * of the replicas in the service's manifests). Required unless `canaryType` is Progressive.
   * @default - none
   */
  readonly instanceSelection?: InstanceSelection;
  /** Kind of canary. @default - not set (a standard canary) */
  readonly canaryType?: K8sCanaryType | Expression;
  /** Percentage of traffic for the canary, 1 to 100; required for a Progressive canary. @default - none */
  readonly targetPercentage?: number | Expression;
  /** Do not run `kubectl apply --dry-run` before deploying. @default - not set (Harness runs the dry run) */
  readonly skipDryRun?: boolean;
  /** Extra `kubectl apply` flags (`commandFlags[] {commandType: Apply, flag}`). @default - none */
  readonly commandFlags?: readonly string[];
  /** Delegate selectors. @default - the infrastructure's */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The K8s Canary Deployment step (`K8sCanaryStepInfo`, type `K8sCanaryDeploy`): deploys a canary of the service's
 * Deployment workload next to the running version. Follow it with a K8sCanaryDelete step once the canary is
 * verified, and put a K8sCanaryDelete in the rollback steps too. Deployment stages only. (`trafficRouting` is not
 * typed: use `addOverride('spec.trafficRouting', ...)`.)
 *
 * @see https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/kubernetes/cd-k8s-ref/canary-deployment-step
 */
export class K8sCanaryDeployStep extends Step {
  public readonly type = 'K8sCanaryDeploy';
  private readonly props: K8sCanaryDeployStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sCanaryDeployStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    const type: unknown = props.canaryType;
    if (type !== undefined && !(type instanceof Expression) && !Object.values(K8sCanaryType).includes(type as K8sCanaryType)) {
      fail(
        where,
        'spec.canaryType',
        `'${String(type)}' is not a canary type`,
        `use ${Object.values(K8sCanaryType).join(' or ')} (this casing), or leave it out`,
      );
    }
    checkTargetPercentage(props, where);
    if (type !== K8sCanaryType.PROGRESSIVE && !(type instanceof Expression) && !(props.instanceSelection instanceof InstanceSelection)) {
      fail(
        where,
        'spec.instanceSelection',
        'a standard canary needs the number of canary pods',
        'pass InstanceSelection.count(n) or InstanceSelection.percentage(n)',
      );
    }
    checkCommandFlags(props.commandFlags, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      canaryType: p.canaryType,
      instanceSelection: p.instanceSelection?.toObject(),
      targetPercentage: p.targetPercentage,
      skipDryRun: p.skipDryRun,
      commandFlags: renderCommandFlags('Apply', p.commandFlags),
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}

/** A Progressive canary needs `targetPercentage` (schema `if/then`); a literal one is a whole number 1..100. */
function checkTargetPercentage(props: K8sCanaryDeployStepProps, where: string): void {
  const t: unknown = props.targetPercentage;
  if (t === undefined) {
    if (props.canaryType === K8sCanaryType.PROGRESSIVE) {
      fail(where, 'spec.targetPercentage', 'a Progressive canary needs a target percentage', 'set targetPercentage (1 to 100)');
    }
    return;
  }
  if (t instanceof Expression) return;
  if (typeof t !== 'number' || !Number.isInteger(t) || t < 1 || t > 100) {
    fail(where, 'spec.targetPercentage', `${String(t)} is not a percentage the schema accepts`, 'use a whole number from 1 to 100');
  }
}
