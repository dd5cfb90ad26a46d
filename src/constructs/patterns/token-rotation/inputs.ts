import { IDENTIFIER_INPUT_PATTERN, NAME_INPUT_PATTERN } from '../../../core/identifier';
import { UiField } from '../../../workflow/ui-field';
import { WorkflowInput } from '../../../workflow/workflow-input';
import type { TokenRotationInputs } from './members';

/** The form of a TokenRotation: the token (with its API key and service account) and the secret to write it to. */
export function tokenRotationInputs(): TokenRotationInputs {
  const orgPicker = UiField.harnessOrgPicker();
  return {
    tokenIdentifier: identifierInput('token_identifier', 'Token identifier', 'Identifier of the token to rotate'),
    rotationOrg: identifierInput('rotation_org', 'Org for rotation API', 'Org of the service account owning the API key', orgPicker),
    serviceAccount: identifierInput(
      'service_account_identifier',
      'Service account identifier',
      'Service account identifier (parentIdentifier)',
    ),
    apiKey: identifierInput('api_key_identifier', 'API key identifier', 'API key identifier'),
    secretIdentifier: identifierInput('secret_identifier', 'Secret identifier', 'Harness secret to overwrite with the new token'),
    secretOrg: identifierInput('secret_org', 'Secret scoped org', 'Org of the org-scoped secret', orgPicker),
    secretDisplayName: WorkflowInput.string('secret_display_name', {
      title: 'Secret display name',
      pattern: NAME_INPUT_PATTERN,
      variableDescription: 'Display name of the secret',
    }),
  };
}

/** A required text field that takes a Harness identifier (optionally through a picker). */
function identifierInput(id: string, title: string, variableDescription: string, uiField?: UiField): WorkflowInput {
  return WorkflowInput.string(id, {
    title,
    pattern: IDENTIFIER_INPUT_PATTERN,
    ...(uiField === undefined ? {} : { uiField }),
    variableDescription,
  });
}
