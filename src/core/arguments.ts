import { credentialIn } from './credentials';
import { fail } from './errors';

/**
 * Argument checks for JavaScript callers (and `as any`): TypeScript keeps a typed caller from passing `undefined`
 * props, a number where text goes or a string where a list goes, but a JavaScript caller gets no such help. Every
 * public constructor and factory checks what it is given with these helpers, so a wrong type fails with the same
 * message everywhere (docs/rules.md#argument-types):
 * `<where>: <field>: expects <kind>, got <what was given>. Fix: <fix>`, never a raw `TypeError` or a document the
 * schema rejects.
 */

/**
 * A short description of a value for messages: `undefined`, `null`, `a number (3)`, `a string ('3')`, `an array`,
 * `an object (Foo)`, `a function`. A string that looks like a credential, or a long one, is not repeated.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array (${value.length} item${value.length === 1 ? '' : 's'})`;
  switch (typeof value) {
    case 'string':
      return credentialIn(value) !== undefined || value.length > 40 ? 'a string' : `a string ('${value}')`;
    case 'number':
      return `a number (${String(value)})`;
    case 'boolean':
      return `a boolean (${String(value)})`;
    case 'function':
      return 'a function';
    case 'object': {
      const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
      return name === undefined || name === 'Object' ? 'an object' : `an object (${name})`;
    }
    default:
      return typeof value;
  }
}

/** Fails with the argument-type message. */
function wrongType(value: unknown, where: string, field: string, expected: string, fix: string): never {
  fail(where, field, `expects ${expected}, got ${describeValue(value)}`, fix);
}

/** True if `value` is a plain object (an object literal or `Object.create(null)`), not an array or a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype;
}

/**
 * Throws unless `props` is an object: the props of a constructor or factory.
 * @param where the constructor or factory, e.g. `new Pipeline` or `WorkflowRegistration.gitOps`
 * @param example a minimal valid call for the fix, e.g. `new Pipeline({ identifier: 'deploy' })`
 */
export function requireProps<T>(props: T, where: string, example: string): NonNullable<T> {
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    wrongType(props, where, 'props', 'an object of props', `pass the props, e.g. ${example}`);
  }
  return props as NonNullable<T>;
}

/** As {@link requireProps}, for props that may be left out: `undefined` gives `{}`; `null` or a non-object is refused. */
export function optionalProps<T extends object>(props: T | undefined, where: string, example: string): T {
  return props === undefined ? ({} as T) : requireProps(props, where, example);
}

/** Throws unless `value` is a string (of any content; emptiness is the field's own rule). */
export function requireString(value: unknown, where: string, field: string, fix: string): string {
  if (typeof value !== 'string') wrongType(value, where, field, 'a string', fix);
  return value;
}

/** As {@link requireString}, for an optional field: `undefined` passes. */
export function optionalString(value: unknown, where: string, field: string, fix: string): string | undefined {
  return value === undefined ? undefined : requireString(value, where, field, fix);
}

/** Throws unless `value` is a finite number (`NaN` and `Infinity` are not). */
export function requireNumber(value: unknown, where: string, field: string, fix: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) wrongType(value, where, field, 'a number', fix);
  return value;
}

/** As {@link requireNumber}, for an optional field: `undefined` passes. */
export function optionalNumber(value: unknown, where: string, field: string, fix: string): number | undefined {
  return value === undefined ? undefined : requireNumber(value, where, field, fix);
}

/** Throws unless `value` is a boolean. */
export function requireBoolean(value: unknown, where: string, field: string, fix: string): boolean {
  if (typeof value !== 'boolean') wrongType(value, where, field, 'a boolean (true or false)', fix);
  return value;
}

/** As {@link requireBoolean}, for an optional field: `undefined` passes. */
export function optionalBoolean(value: unknown, where: string, field: string, fix: string): boolean | undefined {
  return value === undefined ? undefined : requireBoolean(value, where, field, fix);
}

/** Throws unless `value` is an array (a list); its items are the field's own rule. */
export function requireArray<T>(value: readonly T[] | unknown, where: string, field: string, fix: string): readonly T[] {
  if (!Array.isArray(value)) wrongType(value, where, field, 'a list (an array)', fix);
  return value as readonly T[];
}

/** As {@link requireArray}, for an optional field: `undefined` passes. */
export function optionalArray<T>(value: readonly T[] | unknown, where: string, field: string, fix: string): readonly T[] | undefined {
  return value === undefined ? undefined : requireArray<T>(value, where, field, fix);
}

/** Throws unless `value` is a plain object (a map such as tags or headers). */
export function requireRecord(value: unknown, where: string, field: string, fix: string): Readonly<Record<string, unknown>> {
  if (!isPlainObject(value)) wrongType(value, where, field, 'an object (a map of keys to values)', fix);
  return value;
}

/** As {@link requireRecord}, for an optional field: `undefined` passes. */
export function optionalRecord(value: unknown, where: string, field: string, fix: string): Readonly<Record<string, unknown>> | undefined {
  return value === undefined ? undefined : requireRecord(value, where, field, fix);
}

/**
 * Throws unless `value` is an instance of `type` (a value made by the library's factories, e.g. a `Timeout`).
 * @param kind how the message names the expected value, e.g. `an InstanceSelection`
 */
export function requireInstance<T>(
  value: unknown,
  type: { readonly prototype: T },
  kind: string,
  where: string,
  field: string,
  fix: string,
): T {
  if (!(value instanceof (type as unknown as abstract new () => T))) wrongType(value, where, field, kind, fix);
  return value as T;
}
