import { fail } from '../../../core/errors';
import { Expr } from '../../../core/expr';
import type { StepOutput } from '../../../core/expression';
import { HttpMethod, HttpStep } from '../../../pipeline/steps/custom/http';
import { VariableType } from '../../../pipeline/variable';
import type { HarnessApi } from '../blocks/harness-api';
import type { TokenRotationInputs } from './members';

/** Name of the Secret output variable that carries the new token. */
const NEW_TOKEN = 'new_token';
const SECRET_MANAGER = /^((account|org)\.)?[a-zA-Z_][0-9a-zA-Z_$-]{0,127}$/;

/** The secret manager of the secret the new token is written to. */
export function checkSecretManager(value: string | undefined, where: string): string {
  const secretManager = value ?? 'harnessSecretManager';
  if (typeof secretManager !== 'string' || !SECRET_MANAGER.test(secretManager)) {
    fail(
      where,
      'secretManagerIdentifier',
      `'${String(secretManager)}' is not a secret manager identifier`,
      "give the identifier, e.g. 'harnessSecretManager' or 'account.vault'",
    );
  }
  return secretManager;
}

/**
 * The two Harness API calls: `rotate_token` (the new token is its Secret output `new_token`) and
 * `update_secret`, which writes the new token into the secret as its inline value.
 */
export function rotationCalls(
  api: HarnessApi,
  i: TokenRotationInputs,
  secretManager: string,
): { rotate: HttpStep; updateSecret: HttpStep; newToken: StepOutput } {
  const rotate = api.call({
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
  const updateSecret = api.call({
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
  return { rotate, updateSecret, newToken };
}
