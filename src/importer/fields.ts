import { isRecord } from './is-record';
import { arr, type Code, lit, obj, symCall, symMember } from './code';
import { librarySymbol } from './evaluate';
import { type ExpressionScope, runtimeInputCode, textCode, valueCode } from './expressions';

/**
 * Decodes one YAML value into the code of a prop, or `undefined` when the value does not fit the prop's type (the
 * field is then written as an override).
 */
export type Field = (value: unknown, scope: ExpressionScope) => Code | undefined;

const isExpressionText = (v: unknown): v is string => typeof v === 'string' && v.includes('<+');

/** A `string` prop: text, with embedded expressions in a template literal. */
export const str: Field = (v, scope) => (typeof v === 'string' ? textCode(v, scope) : undefined);

/** A `string | Expression` prop: a known expression as itself, else text. */
export const val: Field = (v, scope) => (typeof v === 'string' ? valueCode(v, scope) : undefined);

/** A `number` prop. */
export const num: Field = (v) => (typeof v === 'number' ? lit(v) : undefined);

/** A `number | Expression` (or `number | string | Expression`) prop. */
export const numVal: Field = (v, scope) => (typeof v === 'number' ? lit(v) : isExpressionText(v) ? valueCode(v, scope) : undefined);

/** A `boolean` prop. */
export const bool: Field = (v) => (typeof v === 'boolean' ? lit(v) : undefined);

/** A `boolean | Expression` prop. */
export const boolVal: Field = (v, scope) => (typeof v === 'boolean' ? lit(v) : isExpressionText(v) ? valueCode(v, scope) : undefined);

/** A `boolean | RuntimeInput` (or `number | RuntimeInput`) prop. */
export const withInput =
  (field: Field): Field =>
  (v, scope) =>
    typeof v === 'string' && v.startsWith('<+input>') ? runtimeInputCode(v) : field(v, scope);

/** A string enum prop (`Shell.SH`); with `expression`, a known expression is accepted too. */
export function enumOf(name: string, expression = false): Field {
  return (v, scope) => {
    if (expression && isExpressionText(v)) return valueCode(v, scope);
    const values = librarySymbol(name) as Record<string, unknown>;
    const member = Object.keys(values).find((k) => values[k] === v);
    return member === undefined ? undefined : symMember(name, member);
  };
}

/** A prop typed as a union of string literals (`'public' | 'private' | Expression`). */
export function oneOf(values: readonly string[], expression = false): Field {
  return (v, scope) => {
    if (expression && isExpressionText(v)) return valueCode(v, scope);
    return typeof v === 'string' && values.includes(v) ? lit(v) : undefined;
  };
}

/** A list prop whose items decode with `item`; undefined if any item does not. */
export function listOf(item: Field): Field {
  return (v, scope) => {
    if (!Array.isArray(v)) return undefined;
    const items = v.map((x) => item(x, scope));
    return items.every((c) => c !== undefined) ? arr(items as Code[]) : undefined;
  };
}

/** A map prop (`Record<string, T>`) whose values decode with `item`. */
export function mapOf(item: Field): Field {
  return (v, scope) => {
    if (!isRecord(v)) return undefined;
    const entries = Object.entries(v).map(([k, x]) => [k, item(x, scope)] as const);
    return entries.every(([, c]) => c !== undefined) ? obj(entries) : undefined;
  };
}

/** Plain data (`Record<string, unknown>` props): objects, lists and scalars, strings with their expressions. */
export const data: Field = (v, scope) => {
  if (typeof v === 'string') return textCode(v, scope);
  if (Array.isArray(v)) return arr(v.map((x) => data(x, scope) as Code));
  if (isRecord(v)) return obj(Object.entries(v).map(([k, x]) => [k, data(x, scope)] as const));
  return v === undefined ? undefined : lit(v as number | boolean | null);
};

/** A `SecretRef` prop given as the secret identifier (`account.x`) or as `<+secrets.getValue("account.x")>`. */
export const secret: Field = (v) => {
  if (typeof v !== 'string') return undefined;
  const m = /^<\+secrets\.getValue\((?:"([^"]+)"|'([^']+)')\)>$/.exec(v);
  const id = m ? (m[1] ?? m[2]) : v;
  return !id.includes('<+') && id.trim() !== '' ? symCall('SecretRef', 'fromIdentifier', lit(id)) : undefined;
};

/** An object prop whose keys decode with their own fields (same names); undefined if a key is unknown or fails. */
export function shape(fields: Readonly<Record<string, Field>>): Field {
  return (v, scope) => {
    if (!isRecord(v)) return undefined;
    const entries: (readonly [string, Code | undefined])[] = [];
    for (const [k, x] of Object.entries(v)) {
      const f = fields[k];
      const c = f?.(x, scope);
      if (c === undefined) return undefined;
      entries.push([k, c]);
    }
    return obj(entries);
  };
}

/** Container resources (`limits` / `requests` with `cpu` and `memory`). */
export const resources: Field = shape({
  limits: shape({ cpu: (v, s) => (typeof v === 'number' ? lit(v) : val(v, s)), memory: val }),
  requests: shape({ cpu: (v, s) => (typeof v === 'number' ? lit(v) : val(v, s)), memory: val }),
});
