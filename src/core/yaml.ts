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
