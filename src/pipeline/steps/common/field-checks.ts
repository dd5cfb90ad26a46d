import { describeValue } from '../../../core/arguments';
import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { SecretRef } from '../../../core/secret-ref';

// The step checks below and the core model share one definition of "plain text".
export { isLiteralText } from '../../../core/expression';

/** Throws unless a required text field is set: an expression, or a string that is not blank. */
export function requireText(value: unknown, where: string, field: string, fix: string): void {
  if (value instanceof Expression) return;
  if (typeof value !== 'string') {
    fail(where, field, value === undefined ? 'is required' : `expects a string or an expression, got ${describeValue(value)}`, fix);
  }
  if (value.trim() === '') fail(where, field, 'is empty', fix);
}

/**
 * Checks a field that carries a credential: it must be a {@link SecretRef}. Guards JavaScript callers (and
 * `as any`) who pass a plain string, which would put a secret value, or an unchecked identifier, in the YAML.
 * The message never repeats the string, in case it is the secret itself.
 *
 * @returns the reference, or `undefined` when the field is optional and not set
 */
export function checkSecretRef(value: unknown, where: string, field: string, required: boolean): SecretRef | undefined {
  const fix =
    "pass SecretRef.fromIdentifier('account.x') with the identifier (and scope) of a Harness secret that holds the value, " +
    'never the value itself';
  if (value === undefined) {
    if (required) fail(where, field, 'a secret reference is required', fix);
    return undefined;
  }
  if (value instanceof SecretRef) return value;
  if (typeof value === 'string') fail(where, field, 'a plain string was passed where a secret reference is required', fix);
  fail(where, field, `expects a SecretRef, got ${value instanceof Expression ? 'another kind of expression' : typeof value}`, fix);
}
