import { fail } from '../core/errors';
import { Expression, isLiteralText } from '../core/expression';

/**
 * Delegate selectors (`delegateSelectors`): a list of selector names (each may be an expression), or one expression
 * for the whole list, e.g. a runtime input (the schema's `oneOf [array of string, <+...>]`).
 */
export type DelegateSelectors = readonly (string | Expression)[] | Expression;

/** Throws unless `value` is a list of non-blank, distinct selectors or an expression. */
export function checkDelegateSelectors(value: DelegateSelectors | undefined, where: string, field = 'delegateSelectors'): void {
  if (value === undefined || value instanceof Expression) return;
  const fix = 'list the delegate selectors (tags of the delegates that may run it), or pass an expression';
  if (!Array.isArray(value)) fail(where, field, `expects a list of selectors or an expression, got ${typeof value}`, fix);
  if (value.length === 0) {
    fail(
      where,
      field,
      'is an empty list',
      'leave delegateSelectors out (Harness picks any eligible delegate), or list at least one selector',
    );
  }
  const seen = new Set<string>();
  value.forEach((s, i) => {
    if (s instanceof Expression) return;
    if (typeof s !== 'string' || s.trim() === '') {
      fail(where, `${field}[${i}]`, typeof s === 'string' ? 'is empty' : `expects a string or an expression, got ${typeof s}`, fix);
    }
    if (isLiteralText(s) && seen.has(s)) fail(where, `${field}[${i}]`, `'${s}' is listed twice`, 'list each selector once');
    seen.add(s);
  });
}

/** The rendered `delegateSelectors` (a copy of the list, or the expression). */
export function renderDelegateSelectors(value: DelegateSelectors | undefined): unknown {
  if (value === undefined || value instanceof Expression) return value;
  return [...value];
}
