import type { Construct } from 'constructs';
import type { HarnessApprovalStep } from '../../pipeline/steps/custom/harness-approval';
import { K8sRollingRollbackStep } from '../../pipeline/steps/k8s/k8s-rolling-rollback';
import { buildInConstruct } from '../private/model-validation';
import { K8sOperation, type K8sOperationProps, type K8sTargetInputs } from './blocks/k8s-operation';

/** Props of a {@link K8sRollback}. */
export interface K8sRollbackProps extends K8sOperationProps {
  /** Delete resources the release no longer has (`pruningEnabled`). @default false */
  readonly pruningEnabled?: boolean;
}

/** The inputs of a {@link K8sRollback}. */
export interface K8sRollbackInputs extends K8sTargetInputs {}

/** The steps of a {@link K8sRollback}. */
export interface K8sRollbackSteps {
  /** `approve_rollback`; absent when the approval is skipped. */
  readonly approve?: HarnessApprovalStep;
  /** `rolling_rollback`. */
  readonly rollback: K8sRollingRollbackStep;
}

/**
 * Roll back a Kubernetes service: the user picks a service, environment and
 * infrastructure; after a human approval a K8sRollingRollback step returns the workloads deployed by the
 * Rolling Deployment step to the last successful release.
 *
 * @example
 * new K8sRollback(stack, 'rollback', {
 *   approval: ApprovalGate.required({ userGroups: ['account.sre_approvers'] }),
 *   environments: ['dev', 'staging', 'prod'],
 * });
 * @see https://developer.harness.io/docs/internal-developer-portal/adoption/why-workflows
 */
export class K8sRollback extends K8sOperation {
  /** The form inputs; each is also the pipeline variable it feeds (pass it to step fields). */
  public readonly inputs: K8sRollbackInputs;
  /** The pipeline's steps, to read outputs, add overrides or place new steps around them. */
  public readonly steps: K8sRollbackSteps;

  /** Creates the Kubernetes rollback: the approval-gated Deployment pipeline, its workflow form and their registration. */
  constructor(scope: Construct, id: string, props: K8sRollbackProps) {
    super(scope, id, props, {
      identifier: 'idp_k8s_rollback',
      title: 'Roll back a Kubernetes service',
      pipelineName: 'IDP K8s Rollback',
      description: 'Approval-gated K8s rolling rollback to the last successful release.',
      type: 'operations',
      operation: 'rollback',
      stageIdentifier: 'rollback',
      stageName: 'Rollback',
      triggerName: 'Rolling back',
    });
    const built = buildInConstruct(this.node.path, () => this.buildParts(props));
    this.inputs = built.inputs;
    this.steps = built.steps;
  }

  /**
   * Builds the inputs and steps from the props and registers the pipeline and the workflow (run through
   * {@link buildInConstruct}, so a model error names this construct's path).
   */
  private buildParts(props: K8sRollbackProps): { inputs: K8sRollbackInputs; steps: K8sRollbackSteps } {
    const rollback = new K8sRollingRollbackStep({
      identifier: 'rolling_rollback',
      name: 'Rolling rollback',
      timeout: this.operationTimeout,
      pruningEnabled: props.pruningEnabled ?? false,
    });
    const approve = this.build({
      inputs: [],
      steps: [rollback],
      request: 'Roll back to the last successful release?',
    });
    return { inputs: { ...this.target }, steps: { approve, rollback } };
  }
}
