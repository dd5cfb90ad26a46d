import { requireProps } from '../core/arguments';
import { credentialIn, credentialProblem } from '../core/credentials';
import { fail } from '../core/errors';
import { SECRET_IDENTIFIER_PATTERN } from '../core/identifier';
import { SecretRef } from '../core/secret-ref';
import { checkedProblems, locateValueProblems, withProblems } from '../core/value-problems';
import { FormField } from './form-field';
import { describeGiven } from './given-value';

/** How the trigger authenticates. */
export enum TriggerAuthMode {
  /** The executing user's session token (`apikey: ${{ parameters.token }}`). */
  USER_TOKEN = 'userToken',
  /** An API key stored in an account-level Harness secret (`apiKeySecret`). */
  API_KEY_SECRET = 'apiKeySecret',
}

/** Options of {@link TriggerAuth.userToken}. */
export interface UserTokenOptions {
  /**
   * The HarnessAuthToken field. If it is on no page, the workflow puts it first on page 1 (docs/rules.md#token-field-first-page).
   * @default FormField.authToken() (`token`)
   */
  readonly field?: FormField;
}

/** Authentication of the trigger step. */
export class TriggerAuth {
  /**
   * Session-token mode: the user's own token runs the pipeline (they need Execute on it). Adds the
   * documented `token` field (HarnessAuthToken) to page 1 unless the form already has it (docs/rules.md#token-field-first-page).
   */
  public static userToken(options: UserTokenOptions = {}): TriggerAuth {
    let field: FormField = FormField.authToken();
    const problems = checkedProblems('trigger auth', () => {
      const given: unknown = requireProps(options, 'TriggerAuth.userToken', 'TriggerAuth.userToken()').field ?? field;
      if (!(given instanceof FormField) || !given.schema.isAuthToken) {
        fail(
          'trigger auth',
          'field',
          `${describeGiven(given)} is not a HarnessAuthToken field`,
          'pass FormField.authToken(), or leave field out',
        );
      }
      field = given;
    });
    return withProblems(new TriggerAuth(TriggerAuthMode.USER_TOKEN, field, undefined, options?.field !== undefined), problems);
  }

  /**
   * API-key mode: the identifier of an **account-scoped Harness Secret Manager** secret holding an API key
   * with Execute permission on the pipeline (docs/rules.md#trigger-api-key-secret). Pass `'my_key'`, `'account.my_key'` or
   * `SecretRef.fromIdentifier('account.my_key')`; org and project secrets are rejected. Renders the bare
   * identifier, as the docs show. A problem is carried to the workflow that receives the auth
   * (docs/rules.md#factory-value-problems).
   */
  public static apiKeySecret(secret: string | SecretRef): TriggerAuth {
    let id = '';
    const inherited = locateValueProblems(secret, 'trigger auth', 'apiKeySecret');
    const problems = inherited.length > 0 ? inherited : checkedProblems('trigger auth', () => (id = apiKeySecretId(secret)));
    return withProblems(new TriggerAuth(TriggerAuthMode.API_KEY_SECRET, undefined, id, false), problems);
  }

  private constructor(
    /** Whose credentials start the pipeline: the user's token or an API key secret. */
    public readonly mode: TriggerAuthMode,
    /** The HarnessAuthToken field (session-token mode). */
    public readonly tokenField: FormField | undefined,
    /** The bare secret identifier (API-key mode). */
    public readonly secretIdentifier: string | undefined,
    /** True if the token field was passed in (not the default `token`). */
    public readonly tokenFieldExplicit: boolean,
  ) {}
}

/** The bare identifier of the API-key secret, checked (docs/rules.md#trigger-api-key-secret). */
function apiKeySecretId(secret: string | SecretRef): string {
  const where = 'trigger auth';
  let id: string;
  if (secret instanceof SecretRef) {
    if (!secret.identifier.startsWith('account.')) {
      fail(
        where,
        'apiKeySecret',
        `secret '${secret.identifier}' is not account-scoped; the trigger reads only account-level secrets from the Harness Secret Manager`,
        `store the API key as an account secret and pass SecretRef.fromIdentifier('account.${secret.identifier.replace(/^org\./, '')}')`,
      );
    }
    id = secret.identifier.slice('account.'.length);
  } else if (typeof secret === 'string') {
    const credential = credentialIn(secret);
    if (credential !== undefined) {
      const { problem, fix } = credentialProblem(credential);
      fail(where, 'apiKeySecret', problem, fix.replace(' instead', ' (the identifier, not the value)'));
    }
    if (secret.includes('<+') || secret.includes('${{')) {
      fail(
        where,
        'apiKeySecret',
        `'${secret}' is an expression; apiKeySecret takes the identifier of the secret`,
        "pass the identifier, e.g. 'idp_trigger_key'",
      );
    }
    if (secret.includes('.') && !/^account\.[^.]*$/.test(secret)) {
      fail(
        where,
        'apiKeySecret',
        `secret '${secret}' is not account-scoped; the trigger reads only account-level secrets from the Harness Secret Manager`,
        "store the API key as an account secret and pass its identifier, e.g. 'idp_trigger_key' or 'account.idp_trigger_key'",
      );
    }
    id = secret.replace(/^account\./, '');
  } else {
    fail(
      where,
      'apiKeySecret',
      `${describeGiven(secret)} is not a secret identifier`,
      "pass the identifier, e.g. 'idp_trigger_key', or SecretRef.fromIdentifier('account.idp_trigger_key')",
    );
  }
  if (!SECRET_IDENTIFIER_PATTERN.test(id)) {
    fail(where, 'apiKeySecret', `'${id}' is not a secret identifier`, "use the secret's identifier, e.g. 'idp_trigger_key'");
  }
  return id;
}
