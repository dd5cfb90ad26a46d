import type { Construct } from 'constructs';
import { fail, type ValidationProblem } from '../../core/errors';
import type { RenderContext } from '../../core/render-context';
import { ApprovalStage } from '../../pipeline/stages/approval-stage';
import { CustomStage } from '../../pipeline/stages/custom-stage';
import type { HarnessApprovalStep } from '../../pipeline/steps/custom/harness-approval';
import { FormPage } from '../../workflow/form-page';
import type { WorkflowInput } from '../../workflow/workflow-input';
import { buildInConstruct } from '../private/model-validation';
import { reportProblems } from '../private/synth-session';
import { type ApprovalGate, createApprovalStep, requireApprovalGate } from './blocks/approval-gate';
import { HarnessApi, type HarnessApiProps } from './blocks/harness-api';
import { type GatedOperationProps, SelfServicePattern } from './blocks/self-service-pattern';
import { checkSecretManager, rotationCalls } from './token-rotation/api-calls';
import { tokenRotationInputs } from './token-rotation/inputs';
import type { TokenRotationInputs, TokenRotationOutputs, TokenRotationSteps } from './token-rotation/members';

/** Where the approval of a {@link TokenRotation} runs. */
export enum ApprovalPlacement {
  /**
   * In the Custom stage, before the API calls. The safer choice: the workflow trigger is documented for IDP,
   * Deployment and Custom stages only (docs/rules.md#contract-stage-types).
   */
  SAME_STAGE = 'same_stage',
  /**
   * In its own Approval stage before the Custom stage. Schema-valid, but Approval stages are not in the
   * trigger's documented list (docs/rules.md#contract-stage-types).
   */
  SEPARATE_STAGE = 'separate_stage',
}

/** Props of a {@link TokenRotation}. */
export interface TokenRotationProps extends GatedOperationProps, HarnessApiProps {
  /** Where the approval step runs. Needs a required approval for SEPARATE_STAGE. @default ApprovalPlacement.SAME_STAGE */
  readonly approvalPlacement?: ApprovalPlacement;
  /** Secret manager of the secret the new token is written to (`spec.secretManagerIdentifier`). @default 'harnessSecretManager' */
  readonly secretManagerIdentifier?: string;
}

/**
 * Rotate a Harness API token and store the new value in a Harness secret: a human
 * approval, an Http call to the token rotation API, and an Http call that writes the new token into the
 * secret. The Harness API key is a {@link SecretRef}; the new token only travels as a `type: Secret` output
 * variable (masked), is never echoed, and no workflow output may read it.
 *
 * The two endpoints come from Harness' generated API clients (not verified against apidocs.harness.io); the
 * service account is taken as org-scoped (`orgIdentifier`, no `projectIdentifier`).
 *
 * @example
 * new TokenRotation(stack, 'rotate', {
 *   approval: ApprovalGate.required({ userGroups: ['account.platform_security_approvers'] }),
 *   harnessApiKey: SecretRef.fromIdentifier('account.token_rotation_admin_pat'),
 * });
 * @see https://developer.harness.io/docs/internal-developer-portal/adoption/why-workflows
 */
export class TokenRotation extends SelfServicePattern {
  /** The approval decision. */
  public readonly approval: ApprovalGate;
  /** How the pipeline reaches the Harness API. */
  public readonly api: HarnessApi;
  /** The form inputs; each is also the pipeline variable it feeds (pass it to step fields). */
  public readonly inputs: TokenRotationInputs;
  /** The pipeline's steps, to read outputs, add overrides or place new steps around them. */
  public readonly steps: TokenRotationSteps;
  /** Typed step outputs. */
  public readonly outputs: TokenRotationOutputs;
  /** The Custom stage with the API calls (and the approval, with SAME_STAGE). */
  public readonly stage: CustomStage;
  /** The Approval stage, with SEPARATE_STAGE. */
  public readonly approvalStage?: ApprovalStage;

  /** Creates the token rotation: the approval-gated Http pipeline, its workflow form and their registration. */
  constructor(scope: Construct, id: string, props: TokenRotationProps) {
    super(scope, id, props, {
      identifier: 'idp_rotate_token',
      title: 'Rotate a Harness API token',
      pipelineName: 'IDP Rotate Token',
      description: 'Approval-gated token rotation that writes the new value into a Harness secret.',
      type: 'security',
    });
    const where = this.node.path;
    this.approval = requireApprovalGate(props.approval, where);
    this.api = new HarnessApi(props, where);
    const built = buildInConstruct(where, () => this.buildParts(props));
    this.inputs = built.inputs;
    this.steps = built.steps;
    this.outputs = built.outputs;
    this.stage = built.stage;
    this.approvalStage = built.approvalStage;
    reportProblems(this, (session) => this.leaks(session.render));
  }

  /**
   * Builds the inputs, steps and stages from the props and registers the pipeline and the workflow (run
   * through {@link buildInConstruct}, so a model error names this construct's path).
   */
  private buildParts(props: TokenRotationProps): {
    inputs: TokenRotationInputs;
    steps: TokenRotationSteps;
    outputs: TokenRotationOutputs;
    stage: CustomStage;
    approvalStage?: ApprovalStage;
  } {
    const where = this.node.path;
    const placement = this.checkPlacement(props.approvalPlacement);
    const secretManager = checkSecretManager(props.secretManagerIdentifier, where);
    const inputs = tokenRotationInputs();
    const { rotate, updateSecret, newToken } = rotationCalls(this.api, inputs, secretManager);
    const approve = this.approvalStep(inputs, props.approvalMessage);
    const separate = placement === ApprovalPlacement.SEPARATE_STAGE;
    const approvalStage = separate
      ? new ApprovalStage({ identifier: 'approve_rotation_stage', name: 'Approve rotation', description: '', tags: {}, steps: [approve!] })
      : undefined;
    const stage = new CustomStage({
      identifier: 'rotate_token_stage',
      name: 'Rotate token',
      description: '',
      tags: {},
      steps: [...(approve && !separate ? [approve] : []), rotate, updateSecret],
    });
    this.register({
      stages: approvalStage ? [approvalStage, stage] : [stage],
      pages: [new FormPage({ title: 'Token and secret', inputs: Object.values(inputs) as WorkflowInput[] })],
      approval: this.approval,
      triggerName: 'Rotating the token',
      hidePipelineURLLog: true,
    });
    return {
      inputs,
      steps: { approve, rotate, updateSecret },
      outputs: { newToken, rotateResponseCode: rotate.outputs.httpResponseCode, updateResponseCode: updateSecret.outputs.httpResponseCode },
      stage,
      approvalStage,
    };
  }

  /** Where the approval runs: a known placement, and its own stage only for a required approval. */
  private checkPlacement(value: ApprovalPlacement | undefined): ApprovalPlacement {
    const where = this.node.path;
    const placement = value ?? ApprovalPlacement.SAME_STAGE;
    if (!Object.values(ApprovalPlacement).includes(placement)) {
      fail(
        where,
        'approvalPlacement',
        `'${String(placement)}' is not an approval placement`,
        'use ApprovalPlacement.SAME_STAGE or ApprovalPlacement.SEPARATE_STAGE',
      );
    }
    if (placement === ApprovalPlacement.SEPARATE_STAGE && !this.approval.isRequired) {
      fail(
        where,
        'approvalPlacement',
        'ApprovalPlacement.SEPARATE_STAGE asks for an Approval stage, but approval is ApprovalGate.skip(...)',
        'leave approvalPlacement out, or pass approval: ApprovalGate.required({...})',
      );
    }
    return placement;
  }

  /** The approval step (absent when the approval is skipped), asking to rotate the token into the secret. */
  private approvalStep(i: TokenRotationInputs, message: TokenRotationProps['approvalMessage']): HarnessApprovalStep | undefined {
    return createApprovalStep(this.approval, {
      operation: 'rotation',
      request:
        `Rotate token ${i.tokenIdentifier} (API key ${i.apiKey}, service account ${i.serviceAccount}) ` +
        `and store it in secret ${i.secretIdentifier}.`,
      message,
    });
  }

  /** Workflow outputs that would show the new token in the IDP (only user-defined output variables can be read there). */
  private leaks(ctx: RenderContext): ValidationProblem[] {
    const form = this.selfService.form;
    return form
      .referencedStepOutputs(ctx)
      .filter((ref) => ref.producer === this.steps.rotate && ref.path === this.outputs.newToken.path)
      .map((ref) => ({
        path: form.describe(),
        field: 'spec.output',
        problem: `a workflow output reads '${ref.path}' of the rotate step, which would show the new token in clear in the IDP`,
        fix: 'remove that output; link to the pipeline execution instead (WorkflowOutput.pipelineUrl())',
      }));
  }
}
