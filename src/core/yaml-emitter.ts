/**
 * The kernel's YAML emitter: writes plain data (objects, arrays, strings, numbers, booleans, null) as block YAML,
 * byte for byte as the `yaml` package's `stringify` does with the options of the former `toYaml` (YAML 1.1,
 * `lineWidth: 0`, literal blocks, two-space indentation, indented sequences, no aliases), plus the quoting for
 * YAML 1.1 and 1.2 readers. Values of any other kind are left to the `yaml` package (see yaml.ts).
 */
import { DoubleQuoted } from './yaml-double-quoted';
import { doubleQuoted } from './yaml-quote';
import { keyScalar, rootScalar, valueScalar } from './yaml-scalar';

/** Thrown by {@link emitDocument} for a value that is not plain data; `toYaml` then writes with the `yaml` package. */
export const UNSUPPORTED: unique symbol = Symbol('unsupported YAML value');

/** Keys longer than this are written as explicit keys (`? key`), as the `yaml` package does. */
const MAX_IMPLICIT_KEY = 1024;

/** `object` for a plain object, `array` for a plain array, else undefined (class instances, Map, Date, ...). */
function kindOf(value: object): 'object' | 'array' | undefined {
  const proto: unknown = Object.getPrototypeOf(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return undefined;
  if (proto === Array.prototype) return 'array';
  if ((proto === Object.prototype || proto === null) && !(Symbol.iterator in value)) return 'object';
  return undefined;
}

/** A number as the `yaml` package writes it. */
function numberText(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (!Number.isFinite(n)) return n < 0 ? '-.inf' : '.inf';
  return Object.is(n, -0) ? '-0' : String(n);
}

/** A non-empty collection goes on the lines below its key; an empty one is written `{}` or `[]` after it. */
function isBlockCollection(value: unknown, text: string): boolean {
  return value !== null && typeof value === 'object' && !(value instanceof DoubleQuoted) && text !== '{}' && text !== '[]';
}

/** One `key: value` entry of a mapping whose entries start with `indent`. */
function entry(key: string, value: unknown, indent: string): string {
  const inner = `${indent}  `;
  const keyText = keyScalar(key, inner);
  const explicit = keyText.length > MAX_IMPLICIT_KEY;
  const valueText = node(value, inner);
  const head = explicit ? `? ${keyText}\n${indent}:` : `${keyText}:`;
  return !explicit && isBlockCollection(value, valueText) ? `${head}\n${inner}${valueText}` : `${head} ${valueText}`;
}

/** A block mapping whose entries start with `indent` (the first one where the caller puts it); `undefined` values are left out. */
function mapping(value: Record<string, unknown>, indent: string): string {
  let out = '';
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined) continue;
    out += out ? `\n${indent}${entry(key, item, indent)}` : entry(key, item, indent);
  }
  return out || '{}';
}

/** A block sequence whose `- ` items start with `indent`; holes and `undefined` are written as `null`. */
function sequence(value: readonly unknown[], indent: string): string {
  if (value.length === 0) return '[]';
  const inner = `${indent}  `;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    out += `${i ? `\n${indent}` : ''}- ${node(item === undefined ? null : item, inner)}`;
  }
  return out;
}

/** Any value below the root; `indent` is the indentation of its own lines after the first. */
function node(value: unknown, indent: string): string {
  switch (typeof value) {
    case 'string':
      return valueScalar(value, indent);
    case 'number':
      return numberText(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (value instanceof DoubleQuoted) return doubleQuoted(value.value, indent, false);
      const kind = kindOf(value);
      if (kind === 'array') return sequence(value as unknown[], indent);
      if (kind === 'object') return mapping(value as Record<string, unknown>, indent);
      throw UNSUPPORTED;
    }
    default:
      throw UNSUPPORTED;
  }
}

/**
 * The YAML document for `value`, ending with a line break; throws {@link UNSUPPORTED} when the value or a value in
 * it is not plain data (or is `undefined` at the root).
 */
export function emitDocument(value: unknown): string {
  const root = typeof value === 'string' || value instanceof DoubleQuoted;
  return `${root ? rootScalar(value) : node(value, '')}\n`;
}
