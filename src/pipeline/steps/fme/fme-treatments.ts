import { fail } from '../../../core/errors';
import { Expression, isLiteralText } from '../../../core/expression';
import { checkFmeText, checkPercent, checkTreatmentName } from './fme-fields';

/** A treatment of a flag with its description (`treatments[]` of FmeFlagCreate and FmeFlagSetTreatments). */
export interface FmeTreatmentDefinition {
  /** Treatment name, e.g. `'on'`, or an expression that is not a runtime input. */
  readonly treatment: string | Expression;
  /** What the treatment does (required by the schema). */
  readonly description: string | Expression;
}

/** A share of the traffic for one treatment (`allocation[]` of FmeFlagDefaultAllocation). */
export interface FmeAllocation {
  /** Treatment name, e.g. `'on'`, or an expression that is not a runtime input. */
  readonly treatment: string | Expression;
  /** Percentage, 0 to 100; the amounts of one allocation add up to 100. */
  readonly amount: number | Expression;
}

/**
 * Checks a treatment list: at least two treatments (the schema's `minItems`), each named once and described.
 * @param field e.g. `spec.treatments`
 */
export function checkTreatmentDefinitions(list: unknown, where: string, field: string): void {
  if (list instanceof Expression) return;
  if (!Array.isArray(list) || list.length < 2) {
    fail(
      where,
      field,
      'a flag needs at least two treatments',
      "list them, e.g. [{ treatment: 'on', description: '...' }, { treatment: 'off', ... }]",
    );
  }
  const seen = new Set<string>();
  (list as FmeTreatmentDefinition[]).forEach((t, i) => {
    checkTreatmentName(t?.treatment, where, `${field}[${i}].treatment`, false);
    checkFmeText(t.description, where, `${field}[${i}].description`, true, 'describe the treatment');
    if (isLiteralText(t.treatment)) {
      if (seen.has(t.treatment))
        fail(where, `${field}[${i}].treatment`, `treatment '${t.treatment}' is listed twice`, 'list each treatment once');
      seen.add(t.treatment);
    }
  });
}

/** Renders a treatment list (or its expression). */
export function renderTreatmentDefinitions(list: readonly FmeTreatmentDefinition[] | Expression | undefined): unknown {
  if (list === undefined || list instanceof Expression) return list;
  return list.map((t) => ({ treatment: t.treatment, description: t.description }));
}

/**
 * The default and baseline treatments must be treatments of the flag: checked when both sides are plain text.
 * @param defaults field name -> value, e.g. `{ 'spec.defaultTreatment': 'off' }`
 */
export function checkDefaultsAmong(
  defaults: Readonly<Record<string, string | Expression | undefined>>,
  treatments: readonly FmeTreatmentDefinition[] | Expression | undefined,
  where: string,
): void {
  if (treatments === undefined || treatments instanceof Expression) return;
  if (!treatments.every((t) => isLiteralText(t.treatment))) return;
  const names = treatments.map((t) => t.treatment as string);
  for (const [field, value] of Object.entries(defaults)) {
    if (isLiteralText(value) && !names.includes(value)) {
      fail(
        where,
        field,
        `'${value}' is not one of the flag's treatments (${names.join(', ')})`,
        'name one of the treatments listed in treatments',
      );
    }
  }
}

/**
 * Checks an allocation: treatments named once, amounts 0 to 100 that add up to 100 when all are numbers (Harness
 * rejects any other total when the step runs).
 * @param amountKey `amount` (default allocation) or `size` (targeting-rule buckets)
 */
export function checkAllocation(list: unknown, where: string, field: string, amountKey: 'amount' | 'size', runtimeInput: boolean): void {
  if (list instanceof Expression) return;
  if (!Array.isArray(list) || list.length === 0) {
    fail(
      where,
      field,
      'no treatment gets traffic',
      `list the treatments with their ${amountKey}, e.g. [{ treatment: 'on', ${amountKey}: 50 }, ...]`,
    );
  }
  const seen = new Set<string>();
  let total = 0;
  let literal = true;
  (list as Record<string, unknown>[]).forEach((a, i) => {
    checkTreatmentName(a?.treatment, where, `${field}[${i}].treatment`, runtimeInput);
    checkPercent(a[amountKey], where, `${field}[${i}].${amountKey}`);
    if (isLiteralText(a.treatment)) {
      if (seen.has(a.treatment))
        fail(where, `${field}[${i}].treatment`, `treatment '${a.treatment}' is listed twice`, 'list each treatment once');
      seen.add(a.treatment);
    }
    if (typeof a[amountKey] === 'number') total += a[amountKey] as number;
    else literal = false;
  });
  if (literal && total !== 100) {
    fail(where, field, `the ${amountKey}s add up to ${total}, not 100`, `give ${amountKey}s that add up to 100`);
  }
}

/** Renders an allocation (or its expression). */
export function renderAllocation(list: readonly FmeAllocation[] | Expression | undefined): unknown {
  if (list === undefined || list instanceof Expression) return list;
  return list.map((a) => ({ treatment: a.treatment, amount: a.amount }));
}
