import { stringify } from 'yaml';

/**
 * Renders a plain object as deterministic YAML: key order as built, no line folding, block scalars
 * for multi-line strings, YAML 1.1 quoting (Harness parses YAML 1.1, so `on`/`off`/`yes`/`no` are quoted).
 */
export function toYaml(obj: unknown): string {
  return stringify(obj, {
    version: '1.1',
    lineWidth: 0,
    minContentWidth: 0,
    indent: 2,
    indentSeq: true,
    blockQuote: 'literal',
    aliasDuplicateObjects: false,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
  });
}

/**
 * Sets `value` at a dotted `path` of `target`, creating objects on the way. Numeric segments index arrays.
 * `undefined` deletes the field. Used by every `addOverride` escape hatch.
 */
export function applyOverride(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: any = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i];
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') {
      node[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    }
    node = node[key];
  }
  const last = parts[parts.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
}

/** Drops `undefined` fields (shallow), so objects render without empty keys. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out as T;
}
