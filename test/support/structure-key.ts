// Test support (not a test): an exact description of a plain document, so that the YAML oracle check
// (yaml-oracle-check.ts) asks the yaml package once per document structure and test file.
import { DoubleQuoted } from '../../src/core/yaml';

/**
 * An exact description of a plain document (plain objects and arrays, strings, numbers, booleans, null, undefined and
 * {@link DoubleQuoted}, no cycle): two documents with one key are the same input for the yaml package. Undefined
 * for anything else (class instances, functions, symbols, big integers, sparse arrays), which is always rendered.
 */
export function structureKey(value: unknown, ancestors = new Set<object>()): string | undefined {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (typeof value !== 'object' || ancestors.has(value)) return undefined;
  if (value instanceof DoubleQuoted) return `Q${JSON.stringify(value.value)}`;
  const proto: unknown = Object.getPrototypeOf(value);
  const isArray = Array.isArray(value) && proto === Array.prototype;
  if (!isArray && proto !== Object.prototype && proto !== null) return undefined;
  if (isArray && Object.keys(value).length !== (value as unknown[]).length) return undefined;
  ancestors.add(value);
  const parts: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const part = structureKey(v, ancestors);
    if (part === undefined) return undefined;
    parts.push(isArray ? part : `${JSON.stringify(k)}:${part}`);
  }
  ancestors.delete(value);
  return isArray ? `[${parts.join(',')}]` : `${proto === null ? 'N' : ''}{${parts.join(',')}}`;
}
