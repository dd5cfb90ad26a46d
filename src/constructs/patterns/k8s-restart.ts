import type { Construct } from 'constructs';
import { fail } from '../../core/errors';
import { Expr } from '../../core/expr';
import type { HarnessApprovalStep } from '../../pipeline/steps/custom/harness-approval';
import { K8sPatchStep, MergeStrategyType } from '../../pipeline/steps/k8s/k8s-patch';
import { K8sRolloutStep, RolloutCommand } from '../../pipeline/steps/k8s/k8s-rollout';
import { RolloutResources } from '../../pipeline/steps/k8s/rollout-resources';
import { WorkflowInput } from '../../workflow/workflow-input';
import { buildInConstruct } from '../private/model-validation';
import { K8sOperation, type K8sOperationProps, type K8sTargetInputs, type K8sWorkloadProps } from './blocks/k8s-operation';

/** How a {@link K8sRestart} restarts the workload's pods. */
export enum RestartMethod {
  /** `kubectl rollout restart` (K8sRollout step; feature flag `CDS_K8S_ROLLOUT_STEP`, delegate 832xx+). */
  ROLLOUT = 'rollout',
  /**
   * A strategic-merge patch of the pod template's `kubectl.kubernetes.io/restartedAt` annotation (K8sPatch
   * step; feature flag `CDS_K8S_PATCH_STEP_NG`, delegate 828xx+; patched resources are not rolled back).
   */
  PATCH = 'patch',
  /** The user chooses in the form (`restart_method`); both steps are added, each with a `when` condition. */
  USER_CHOICE = 'user_choice',
}

/** Props of a {@link K8sRestart}. */
export interface K8sRestartProps extends K8sOperationProps, K8sWorkloadProps {
  /**
   * How the pods are restarted (each method needs its own feature flag, docs/rules.md#k8s-restart-method).
   * @default RestartMethod.ROLLOUT
   */
  readonly method?: RestartMethod;
}

/** The inputs of a {@link K8sRestart}. */
export interface K8sRestartInputs extends K8sTargetInputs {
  /** `workload`: `[namespace/]Kind/Name`. */
  readonly workload: WorkflowInput;
  /** `restart_method` (`rollout` or `patch`); only with {@link RestartMethod.USER_CHOICE}. */
  readonly restartMethod?: WorkflowInput;
}

/** The steps of a {@link K8sRestart}. */
export interface K8sRestartSteps {
  /** `approve_restart`; absent when the approval is skipped. */
  readonly approve?: HarnessApprovalStep;
  /** `rollout_restart`; with ROLLOUT, or USER_CHOICE (runs when the user chose `rollout`). */
  readonly rollout?: K8sRolloutStep;
  /** `patch_restart`; with PATCH, or USER_CHOICE (runs when the user chose `patch`). */
  readonly patch?: K8sPatchStep;
}

/**
 * Restart a Kubernetes workload: the user picks a service, environment, infrastructure
 * and a workload `[namespace/]Kind/Name`; after a human approval its pods are restarted with
 * `kubectl rollout restart` (K8sRollout) or a `restartedAt` annotation patch (K8sPatch), or the method
 * the user chose.
 *
 * @example
 * new K8sRestart(stack, 'restart', {
 *   approval: ApprovalGate.required({ userGroups: ['account.sre_approvers'] }),
 *   method: RestartMethod.USER_CHOICE,
 * });
 * @see https://developer.harness.io/docs/internal-developer-portal/adoption/why-workflows
 */
export class K8sRestart extends K8sOperation {
  /** The form inputs; each is also the pipeline variable it feeds (pass it to step fields). */
  public readonly inputs: K8sRestartInputs;
  /** The pipeline's steps, to read outputs, add overrides or place new steps around them. */
  public readonly steps: K8sRestartSteps;
  /** The restart method. */
  public readonly method: RestartMethod;

  /** Creates the Kubernetes restart: the approval-gated Deployment pipeline, its workflow form and their registration. */
  constructor(scope: Construct, id: string, props: K8sRestartProps) {
    super(scope, id, props, {
      identifier: 'idp_k8s_restart',
      title: 'Restart a Kubernetes workload',
      pipelineName: 'IDP K8s Restart',
      description: 'Approval-gated rolling restart (K8sRollout restart or K8sPatch).',
      type: 'operations',
      operation: 'restart',
      stageIdentifier: 'restart',
      stageName: 'Restart',
      triggerName: 'Restarting',
    });
    const method = props.method ?? RestartMethod.ROLLOUT;
    if (!Object.values(RestartMethod).includes(method)) {
      fail(
        this.node.path,
        'method',
        `'${String(method)}' is not a restart method`,
        'use RestartMethod.ROLLOUT, RestartMethod.PATCH or RestartMethod.USER_CHOICE',
      );
    }
    this.method = method;
    const built = buildInConstruct(this.node.path, () => this.buildParts(props, method));
    this.inputs = built.inputs;
    this.steps = built.steps;
  }

  /**
   * Builds the inputs and steps for the restart method and registers the pipeline and the workflow (run through
   * {@link buildInConstruct}, so a model error names this construct's path).
   */
  private buildParts(props: K8sRestartProps, method: RestartMethod): { inputs: K8sRestartInputs; steps: K8sRestartSteps } {
    const workload = this.workloadInput(props);
    const choice =
      method === RestartMethod.USER_CHOICE
        ? WorkflowInput.enum('restart_method', {
            title: 'Restart method',
            values: [RestartMethod.ROLLOUT, RestartMethod.PATCH],
            enumNames: ['kubectl rollout restart', 'annotation patch'],
            default: RestartMethod.ROLLOUT,
            variableDescription:
              'rollout = K8sRollout restart (FF CDS_K8S_ROLLOUT_STEP); patch = K8sPatch annotation (FF CDS_K8S_PATCH_STEP_NG)',
          })
        : undefined;
    const when = (value: RestartMethod) => (choice ? { condition: Expr.equals(choice, value) } : undefined);
    const rollout =
      method === RestartMethod.PATCH
        ? undefined
        : new K8sRolloutStep({
            identifier: 'rollout_restart',
            name: 'Rollout restart',
            timeout: this.operationTimeout,
            when: when(RestartMethod.ROLLOUT),
            command: RolloutCommand.RESTART,
            resources: RolloutResources.resourceNames([workload]),
          });
    const patch =
      method === RestartMethod.ROLLOUT
        ? undefined
        : new K8sPatchStep({
            identifier: 'patch_restart',
            name: 'Patch restartedAt annotation',
            timeout: this.operationTimeout,
            when: when(RestartMethod.PATCH),
            workload,
            // Text, not an object: the annotation must stay a quoted string although the expression is a number.
            content:
              'spec:\n  template:\n    metadata:\n      annotations:\n' +
              `        kubectl.kubernetes.io/restartedAt: "${Expr.PIPELINE_START_TS}"`,
            mergeStrategyType: MergeStrategyType.STRATEGIC,
            recordChangeCause: true,
            skipSteadyStateCheck: false,
          });
    const how = choice ? `${choice}` : method === RestartMethod.ROLLOUT ? 'kubectl rollout restart' : 'a restartedAt annotation patch';
    const approve = this.build({
      inputs: choice ? [workload, choice] : [workload],
      steps: [rollout, patch].filter((s): s is K8sRolloutStep | K8sPatchStep => s !== undefined),
      request: `Rolling restart of ${workload} via ${how}?`,
    });
    return { inputs: { ...this.target, workload, restartMethod: choice }, steps: { approve, rollout, patch } };
  }
}
