import { fail } from '../../../core/errors';
import { Step, type StepProps } from '../../step';
import { RolloutResources } from './rollout-resources';
import { checkCommandFlags, renderCommandFlags } from './workload';

/** `kubectl rollout` subcommands (schema enum, lowercase — the docs' `Resume`/`Undo` are rejected, docs/rules.md#k8s-rollout-command). */
export enum RolloutCommand {
  /** `kubectl rollout restart`: restarts the workload's pods. */
  RESTART = 'restart',
  /** `kubectl rollout resume`: resumes a paused rollout. */
  RESUME = 'resume',
  /** `kubectl rollout status`: waits for the rollout to finish. */
  STATUS = 'status',
  /** `kubectl rollout undo`: rolls back to the previous revision. */
  UNDO = 'undo',
  /** `kubectl rollout pause`: pauses the rollout. */
  PAUSE = 'pause',
  /** `kubectl rollout history`: lists the revisions. */
  HISTORY = 'history',
}

/** Props of a {@link K8sRolloutStep}. */
export interface K8sRolloutStepProps extends StepProps {
  /** The rollout subcommand. */
  readonly command: RolloutCommand;
  /** What to act on: `RolloutResources.resourceNames([...])`, `.releaseName()`, `.manifestPaths([...])`. */
  readonly resources: RolloutResources;
  /** Extra `kubectl rollout` flags (`commandFlags[] {commandType: Rollout, flag}`). @default - none */
  readonly commandFlags?: readonly string[];
  /** Delegate selectors. @default - the infrastructure's */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The K8s Rollout step (`K8sRolloutStepInfo`): runs `kubectl rollout <command>` (e.g. a rolling restart).
 * Deployment stages only. Needs the feature flag `CDS_K8S_ROLLOUT_STEP` and delegate 832xx or later.
 * @see https://developer.harness.io/docs/continuous-delivery/deploy-srv-diff-platforms/kubernetes/cd-k8s-ref/kubernetes-rollout-restart
 */
export class K8sRolloutStep extends Step {
  public readonly type = 'K8sRollout';
  private readonly props: K8sRolloutStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: K8sRolloutStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    if (!Object.values(RolloutCommand).includes(props.command)) {
      fail(
        where,
        'spec.command',
        `'${String(props.command)}' is not a rollout command (the schema wants lowercase)`,
        `use one of ${Object.values(RolloutCommand).join(', ')}`,
      );
    }
    if (!(props.resources instanceof RolloutResources)) {
      fail(where, 'spec.resources', 'is required', "pass e.g. RolloutResources.resourceNames(['payments/Deployment/payments-api'])");
    }
    checkCommandFlags(props.commandFlags, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      command: p.command,
      resources: p.resources.toObject(),
      commandFlags: renderCommandFlags('Rollout', p.commandFlags),
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}
