import type { Code } from '../code';
import type { ExpressionScope } from '../expressions';
import type { Field } from '../fields';

/** How a spec key maps to a prop: the same name, or another one. */
export type FieldRule = Field | { readonly prop: string; readonly field: Field };

/** Props decoded from a part of the spec (`[prop, code]`, `undefined` code left out). */
export type PropEntries = (readonly [string, Code | undefined])[];

/**
 * The decoder of one step type: the class that models it and how its `spec` maps to the class's props. Keys the
 * table does not name, and values that do not fit, are left to the comparison, which writes them as overrides.
 */
export interface StepDecoder {
  /** The YAML step `type`. */
  readonly type: string;
  /** The library class. */
  readonly className: string;
  /** Spec keys mapped one by one. */
  readonly spec: Readonly<Record<string, FieldRule>>;
  /** Props built from the spec as a whole (nested shapes, renamed groups). @default - none */
  readonly custom?: (spec: Record<string, unknown>, scope: ExpressionScope) => PropEntries;
}

/** A step decoder. */
export function stepDecoder(
  type: string,
  className: string,
  spec: Readonly<Record<string, FieldRule>>,
  custom?: StepDecoder['custom'],
): StepDecoder {
  return { type, className, spec, custom };
}

/** `{ prop, field }`: a spec key decoded into a prop of another name. */
export function as(prop: string, field: Field): FieldRule {
  return { prop, field };
}

/** The props a decoder reads from a spec, in spec order (custom props last). */
export function decodeSpec(decoder: StepDecoder, spec: Record<string, unknown>, scope: ExpressionScope): PropEntries {
  const entries: PropEntries = [];
  for (const [k, v] of Object.entries(spec)) {
    const rule = decoder.spec[k];
    if (rule === undefined) continue;
    const { prop, field } = typeof rule === 'function' ? { prop: k, field: rule } : rule;
    entries.push([prop, field(v, scope)]);
  }
  if (decoder.custom) entries.push(...decoder.custom(spec, scope));
  return entries;
}
