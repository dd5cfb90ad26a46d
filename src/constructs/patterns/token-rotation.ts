import type { Construct } from 'constructs';
import { fail, type ValidationProblem } from '../../core/errors';
import { Expr } from '../../core/expr';
import type { StepOutput } from '../../core/expression';
import { ApprovalStage } from '../../pipeline/stages/approval-stage';
import { CustomStage } from '../../pipeline/stages/custom-stage';
import type { HarnessApprovalStep } from '../../pipeline/steps/custom/harness-approval';
import { HttpMethod, HttpStep } from '../../pipeline/steps/custom/http';
import { VariableType } from '../../pipeline/variable';
import { FormPage } from '../../workflow/form-page';
import { UiField } from '../../workflow/ui-field';
import { WorkflowInput } from '../../workflow/workflow-input';
import type { RenderContext } from '../../core/render-context';
import { buildInConstruct } from '../private/model-validation';
import { reportProblems } from '../private/synth-session';
import { type ApprovalGate, createApprovalStep, requireApprovalGate } from './blocks/approval-gate';
import type { GatedOperationProps } from './blocks/self-service-pattern';
import { HarnessApi, type HarnessApiProps } from './blocks/harness-api';
import { SelfServicePattern } from './blocks/self-service-pattern';
import { IDENTIFIER_INPUT_PATTERN, NAME_INPUT_PATTERN } from '../../core/identifier';

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

/** The inputs of a {@link TokenRotation}. */
export interface TokenRotationInputs {
  /** `token_identifier`: the token to rotate. */
  readonly tokenIdentifier: WorkflowInput;
  /** `rotation_org`: org of the service account owning the API key (an org picker). */
  readonly rotationOrg: WorkflowInput;
  /** `service_account_identifier`: the service account (`parentIdentifier`). */
  readonly serviceAccount: WorkflowInput;
  /** `api_key_identifier`: the API key holding the token. */
  readonly apiKey: WorkflowInput;
  /** `secret_identifier`: the Harness secret overwritten with the new token. */
  readonly secretIdentifier: WorkflowInput;
  /** `secret_org`: org of the secret (an org picker). */
  readonly secretOrg: WorkflowInput;
  /** `secret_display_name`: display name of the secret. */
  readonly secretDisplayName: WorkflowInput;
}

/** The steps of a {@link TokenRotation}. */
export interface TokenRotationSteps {
  /** `approve_rotation`; absent when the approval is skipped. */
  readonly approve?: HarnessApprovalStep;
  /** `rotate_token`: POST /ng/api/token/rotate/{tokenId}; the new token is the Secret output `new_token`. */
  readonly rotate: HttpStep;
  /** `update_secret`: PUT /ng/api/v2/secrets/{secretId} with the new token as the inline value. */
  readonly updateSecret: HttpStep;
}

/** Typed outputs of a {@link TokenRotation}. */
export interface TokenRotationOutputs {
  /**
   * The new token: a `type: Secret` output variable of the rotate step, masked by Harness. Use it only in
   * fields that take a credential (headers, request bodies of further API calls); never in a message, a log
   * or a workflow output (the synth fails if a workflow output reads it).
   */
  readonly newToken: StepOutput;
  /** HTTP status of the rotate call. */
  readonly rotateResponseCode: StepOutput;
  /** HTTP status of the secret update. */
  readonly updateResponseCode: StepOutput;
}

/** Name of the Secret output variable that carries the new token. */
const NEW_TOKEN = 'new_token';
const SECRET_MANAGER = /^((account|org)\.)?[a-zA-Z_][0-9a-zA-Z_$-]{0,127}$/;

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
    const placement = props.approvalPlacement ?? ApprovalPlacement.SAME_STAGE;
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
    const secretManager = props.secretManagerIdentifier ?? 'harnessSecretManager';
    if (typeof secretManager !== 'string' || !SECRET_MANAGER.test(secretManager)) {
      fail(
        where,
        'secretManagerIdentifier',
        `'${String(secretManager)}' is not a secret manager identifier`,
        "give the identifier, e.g. 'harnessSecretManager' or 'account.vault'",
      );
    }

    const orgPicker = UiField.harnessOrgPicker();
    const inputs: TokenRotationInputs = {
      tokenIdentifier: WorkflowInput.string('token_identifier', {
        title: 'Token identifier',
        pattern: IDENTIFIER_INPUT_PATTERN,
        variableDescription: 'Identifier of the token to rotate',
      }),
      rotationOrg: WorkflowInput.string('rotation_org', {
        title: 'Org for rotation API',
        pattern: IDENTIFIER_INPUT_PATTERN,
        uiField: orgPicker,
        variableDescription: 'Org of the service account owning the API key',
      }),
      serviceAccount: WorkflowInput.string('service_account_identifier', {
        title: 'Service account identifier',
        pattern: IDENTIFIER_INPUT_PATTERN,
        variableDescription: 'Service account identifier (parentIdentifier)',
      }),
      apiKey: WorkflowInput.string('api_key_identifier', {
        title: 'API key identifier',
        pattern: IDENTIFIER_INPUT_PATTERN,
        variableDescription: 'API key identifier',
      }),
      secretIdentifier: WorkflowInput.string('secret_identifier', {
        title: 'Secret identifier',
        pattern: IDENTIFIER_INPUT_PATTERN,
        variableDescription: 'Harness secret to overwrite with the new token',
      }),
      secretOrg: WorkflowInput.string('secret_org', {
        title: 'Secret scoped org',
        pattern: IDENTIFIER_INPUT_PATTERN,
        uiField: orgPicker,
        variableDescription: 'Org of the org-scoped secret',
      }),
      secretDisplayName: WorkflowInput.string('secret_display_name', {
        title: 'Secret display name',
        pattern: NAME_INPUT_PATTERN,
        variableDescription: 'Display name of the secret',
      }),
    };
    const i = inputs;

    const rotate = this.api.call({
      identifier: 'rotate_token',
      name: 'Rotate token',
      method: HttpMethod.POST,
      path: `/ng/api/token/rotate/${i.tokenIdentifier}`,
      query: {
        accountIdentifier: Expr.ACCOUNT_ID,
        orgIdentifier: i.rotationOrg,
        apiKeyType: 'SERVICE_ACCOUNT',
        parentIdentifier: i.serviceAccount,
        apiKeyIdentifier: i.apiKey,
      },
      // Secret-typed, so Harness masks the token (not verified on a live account).
      outputVariables: [{ name: NEW_TOKEN, type: VariableType.SECRET, value: HttpStep.responseJson('data') }],
    });
    const newToken = rotate.outputVariable(NEW_TOKEN);
    const updateSecret = this.api.call({
      identifier: 'update_secret',
      name: 'Update secretText',
      method: HttpMethod.PUT,
      path: `/ng/api/v2/secrets/${i.secretIdentifier}`,
      query: { accountIdentifier: Expr.ACCOUNT_ID, orgIdentifier: i.secretOrg },
      requestBody: JSON.stringify(
        {
          secret: {
            type: 'SecretText',
            name: i.secretDisplayName,
            identifier: i.secretIdentifier,
            orgIdentifier: i.secretOrg,
            spec: { secretManagerIdentifier: secretManager, valueType: 'Inline', value: newToken },
          },
        },
        null,
        2,
      ),
    });

    const approve = createApprovalStep(this.approval, {
      operation: 'rotation',
      request: `Rotate token ${i.tokenIdentifier} (API key ${i.apiKey}, service account ${i.serviceAccount}) and store it in secret ${i.secretIdentifier}.`,
      message: props.approvalMessage,
    });
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
