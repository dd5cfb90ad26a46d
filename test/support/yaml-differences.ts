// Test support (not a test): the documented differences between the kernel YAML writer and the `yaml` package
// (docs/yaml.md), used by the oracle check that runs with every test file (yaml-oracle-check.ts) and by the fast-check
// arbitraries (yaml-arbitraries.ts). Kept apart from the arbitraries: building those takes fast-check and its string
// tables, which the oracle check does not need.
import { DoubleQuoted } from '../../src/core/yaml';

/**
 * Text for which the kernel writer deliberately writes other bytes than the `yaml` package (docs/yaml.md): characters
 * a YAML 1.1 reader rejects or reads as a line break, a space line between line breaks (double-escaped by the package
 * in a folded double-quoted scalar), and whitespace-only text starting with a space (a block that loses the spaces).
 */
const ESCAPED_BY_KERNEL_ONLY = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
export function differsFromPackage(text: string): boolean {
  return ESCAPED_BY_KERNEL_ONLY.test(text) || text.includes('\n \n') || /^\n* [ \t\n]*\n$/.test(text);
}

/** True when a key or a string value somewhere in `value` satisfies `test`. */
export function someString(value: unknown, test: (text: string) => boolean): boolean {
  if (typeof value === 'string') return test(value);
  if (value instanceof DoubleQuoted) return test(value.value);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => test(k) || someString(v, test));
}

/** True when the kernel writer deliberately writes other bytes than the `yaml` package for this document. */
export function documentDiffersFromPackage(doc: unknown): boolean {
  // A document that is a string written as a block: indented by two spaces (the package writes it at column 0).
  if (typeof doc === 'string' && /\n|^(%|---|\.\.\.)/m.test(doc)) return true;
  return someString(doc, differsFromPackage);
}
