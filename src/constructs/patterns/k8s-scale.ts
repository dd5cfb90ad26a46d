import type { Construct } from 'constructs';
import { fail } from '../../core/errors';
import type { HarnessApprovalStep } from '../../pipeline/steps/custom/harness-approval';
import { checkPodCount, InstanceSelection } from '../../pipeline/steps/k8s/instance-selection';
import { K8sScaleStep } from '../../pipeline/steps/k8s/k8s-scale';
import { WorkflowInput } from '../../workflow/workflow-input';
import { buildInConstruct } from '../private/model-validation';
import { K8sOperation, type K8sOperationProps, type K8sTargetInputs, type K8sWorkloadProps } from './blocks/k8s-operation';

/** Props of a {@link K8sScale}. */
export interface K8sScaleProps extends K8sOperationProps, K8sWorkloadProps {
  /** Replica count the form proposes. @default 2 */
  readonly defaultReplicas?: number;
  /** Largest replica count the form accepts (`maximum`). @default - no maximum */
  readonly maxReplicas?: number;
  /** Do not wait for the workload to reach steady state. @default false */
  readonly skipSteadyStateCheck?: boolean;
}

/** The inputs of a {@link K8sScale}. */
export interface K8sScaleInputs extends K8sTargetInputs {
  /** `workload`: `[namespace/]Kind/Name`. */
  readonly workload: WorkflowInput;
  /** `replicas`: the target replica count (a Number variable, 0 or more). */
  readonly replicas: WorkflowInput;
}

/** The steps of a {@link K8sScale}. */
export interface K8sScaleSteps {
  /** `approve_scale`; absent when the approval is skipped. */
  readonly approve?: HarnessApprovalStep;
  /** `scale_workload`. */
  readonly scale: K8sScaleStep;
}

/**
 * Scale a Kubernetes workload: the user picks a service, environment, infrastructure,
 * a workload `[namespace/]Kind/Name` and a replica count; after a human approval a K8sScale step sets the
 * workload to that many pods (0 scales it down to nothing).
 *
 * @example
 * new K8sScale(stack, 'scale', {
 *   approval: ApprovalGate.required({ userGroups: ['account.sre_approvers'] }),
 *   maxReplicas: 20,
 * });
 * @see https://developer.harness.io/docs/internal-developer-portal/adoption/why-workflows
 */
export class K8sScale extends K8sOperation {
  /** The form inputs; each is also the pipeline variable it feeds (pass it to step fields). */
  public readonly inputs: K8sScaleInputs;
  /** The pipeline's steps, to read outputs, add overrides or place new steps around them. */
  public readonly steps: K8sScaleSteps;

  /** Creates the Kubernetes scale: the approval-gated Deployment pipeline, its workflow form and their registration. */
  constructor(scope: Construct, id: string, props: K8sScaleProps) {
    super(scope, id, props, {
      identifier: 'idp_k8s_scale',
      title: 'Scale a Kubernetes workload',
      pipelineName: 'IDP K8s Scale',
      description: 'Approval-gated K8s scale.',
      type: 'operations',
      operation: 'scale',
      stageIdentifier: 'scale',
      stageName: 'Scale',
      triggerName: 'Scaling',
    });
    const built = buildInConstruct(this.node.path, () => this.buildParts(props));
    this.inputs = built.inputs;
    this.steps = built.steps;
  }

  /**
   * Builds the inputs and steps from the props and registers the pipeline and the workflow (run through
   * {@link buildInConstruct}, so a model error names this construct's path).
   */
  private buildParts(props: K8sScaleProps): { inputs: K8sScaleInputs; steps: K8sScaleSteps } {
    const where = this.node.path;
    const defaultReplicas = props.defaultReplicas ?? 2;
    // One rule, one place: a replica count follows the K8s Scale step's instance count rule.
    checkPodCount(defaultReplicas, where, 'defaultReplicas', 0, false);
    if (props.maxReplicas !== undefined) {
      checkPodCount(props.maxReplicas, where, 'maxReplicas', 1, false);
      if (defaultReplicas > props.maxReplicas) {
        fail(
          where,
          'defaultReplicas',
          `the default ${defaultReplicas} is above maxReplicas ${props.maxReplicas}`,
          'lower defaultReplicas or raise maxReplicas',
        );
      }
    }
    const workload = this.workloadInput(props);
    const replicas = WorkflowInput.number('replicas', {
      title: 'Target replicas',
      minimum: 0,
      maximum: props.maxReplicas,
      default: defaultReplicas,
      variableDescription: 'Target replica count',
    });
    const scale = new K8sScaleStep({
      identifier: 'scale_workload',
      name: 'Scale workload',
      timeout: this.operationTimeout,
      workload,
      instanceSelection: InstanceSelection.count(replicas),
      skipSteadyStateCheck: props.skipSteadyStateCheck ?? false,
    });
    const approve = this.build({
      inputs: [workload, replicas],
      steps: [scale],
      request: `Scale ${workload} to ${replicas} replicas?`,
    });
    return { inputs: { ...this.target, workload, replicas }, steps: { approve, scale } };
  }
}
