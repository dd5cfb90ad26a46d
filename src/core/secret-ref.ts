import { credentialIn, credentialProblem } from './credentials';
import { fail } from './errors';
import { Expression } from './expression';
import { SECRET_IDENTIFIER_PATTERN } from './identifier';
import { checkedProblems, throwIfInvalid, withProblems } from './value-problems';

/**
 * Reference to a Harness secret; renders `<+secrets.getValue("id")>`. An invalid identifier does not throw in
 * {@link SecretRef.fromIdentifier}: the reference carries the problem, and the construct or step that receives it
 * reports it with its path (docs/rules.md#factory-value-problems); used any other way, it throws.
 */
export class SecretRef extends Expression {
  /**
   * @param identifier the secret identifier with its scope prefix, e.g. `account.slack_bot_token`,
   *   `org.my_pat` or a project-level `my_pat`.
   */
  public static fromIdentifier(identifier: string): SecretRef {
    return withProblems(
      new SecretRef(identifier),
      checkedProblems('SecretRef.fromIdentifier', () => checkIdentifier(identifier)),
    );
  }

  /** @param identifier the secret identifier with its scope prefix, e.g. `account.slack_bot_token` */
  private constructor(public readonly identifier: string) {
    super();
  }

  public resolve(): string {
    throwIfInvalid(this);
    return `<+secrets.getValue("${this.identifier}")>`;
  }
}

function checkIdentifier(identifier: unknown): void {
  const where = 'SecretRef.fromIdentifier';
  const credential = typeof identifier === 'string' ? credentialIn(identifier) : undefined;
  if (credential !== undefined) {
    const { problem, fix } = credentialProblem(credential);
    fail(where, 'identifier', problem, fix.replace(' instead', ' (the identifier, not the value)'));
  }
  if (typeof identifier !== 'string' || !SECRET_IDENTIFIER_PATTERN.test(identifier.replace(/^(account|org)\./, ''))) {
    fail(
      where,
      'identifier',
      `'${String(identifier)}' is not a secret identifier`,
      "pass the secret's identifier with its scope, e.g. 'account.slack_bot_token'",
    );
  }
}
