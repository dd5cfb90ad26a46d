import type { StepOutput } from '../../../core/expression';
import type { HarnessApprovalStep } from '../../../pipeline/steps/custom/harness-approval';
import type { HttpStep } from '../../../pipeline/steps/custom/http';
import type { WorkflowInput } from '../../../workflow/workflow-input';

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
