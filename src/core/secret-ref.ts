import { credentialIn, credentialProblem } from './credentials';
import { fail } from './errors';
import { Expression } from './expression';
import { SECRET_IDENTIFIER_PATTERN } from './identifier';

/** Reference to a Harness secret; renders `<+secrets.getValue("id")>`. */
export class SecretRef extends Expression {
  /**
   * @param identifier the secret identifier with its scope prefix, e.g. `account.slack_bot_token`,
   *   `org.my_pat` or a project-level `my_pat`.
   */
  public static fromIdentifier(identifier: string): SecretRef {
    return new SecretRef(identifier);
  }

  /** @param identifier the secret identifier with its scope prefix, e.g. `account.slack_bot_token` */
  private constructor(public readonly identifier: string) {
    super();
    const credential = typeof identifier === 'string' ? credentialIn(identifier) : undefined;
    if (credential !== undefined) {
      const { problem, fix } = credentialProblem(credential);
      fail('SecretRef.fromIdentifier', 'identifier', problem, fix.replace(' instead', ' (the identifier, not the value)'));
    }
    if (typeof identifier !== 'string' || !SECRET_IDENTIFIER_PATTERN.test(identifier.replace(/^(account|org)\./, ''))) {
      fail(
        'SecretRef.fromIdentifier',
        'identifier',
        `'${identifier}' is not a secret identifier`,
        "pass the secret's identifier with its scope, e.g. 'account.slack_bot_token'",
      );
    }
  }

  public resolve(): string {
    return `<+secrets.getValue("${this.identifier}")>`;
  }
}
