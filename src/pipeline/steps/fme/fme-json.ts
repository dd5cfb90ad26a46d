import { fail } from '../../../core/errors';
import { Expression, isLiteralText } from '../../../core/expression';
import { checkFmeText } from './fme-fields';

/** JSON given as text (may embed expressions), as an expression, or as a value the step serializes. */
export type FmeJson = string | Expression | Readonly<Record<string, unknown>> | readonly unknown[];

/**
 * Checks JSON for a text field: plain text must parse as a JSON `kind`; a value must be of that kind; text with
 * expressions must start with one (`string-without-jexl | common-jexl`).
 */
export function checkFmeJson(value: unknown, where: string, field: string, kind: 'object' | 'array', fix: string): void {
  if (value instanceof Expression) return;
  if (typeof value === 'string') {
    checkFmeText(value, where, field, true, fix);
    if (!isLiteralText(value)) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      fail(where, field, 'is not valid JSON', fix);
    }
    if (kindOf(parsed) !== kind) fail(where, field, `is a JSON ${kindOf(parsed)}, not a JSON ${kind}`, fix);
    return;
  }
  if (kindOf(value) !== kind) fail(where, field, value === undefined ? 'is required' : `expects a JSON ${kind} or its text`, fix);
}

/** The text the YAML holds: strings and expressions as they are, values serialized as compact JSON. */
export function renderFmeJson(value: FmeJson): string | Expression {
  return typeof value === 'string' || value instanceof Expression ? value : JSON.stringify(value);
}

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v;
}
