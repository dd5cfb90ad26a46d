/** Reading a rendered document (plain data from YAML or a model) without trusting its shape: overrides can put anything anywhere. */

/** A plain object. */
export type Plain = Readonly<Record<string, unknown>>;

/** `value` if it is a plain object. */
export function plain(value: unknown): Plain | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Plain) : undefined;
}

/** `value` if it is a list, else an empty list. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `value` as text: strings as they are, other scalars and structures as JSON; `undefined` for a missing value. */
export function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
