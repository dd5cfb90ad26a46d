import type { OverrideRecord } from './verify';
import { leafCount } from './verify';

/** What the import of one document did. */
export interface ImportReport {
  /** The document's file (or name). */
  readonly source: string;
  /** `pipeline`, `workflow` (IDP 2.0) or `backstage` (IDP 1.0). */
  readonly kind: 'pipeline' | 'workflow' | 'backstage';
  /** Leaf values of the input. */
  readonly fields: number;
  /** Leaf values the typed model renders (the rest are overrides). */
  readonly typedFields: number;
  /** The overrides written. */
  readonly overrides: readonly OverrideRecord[];
  /** Defects of the input, in the library's words (each is a TODO in the code). */
  readonly problems: readonly string[];
  /** Paths the generated code does not reproduce (should be none). */
  readonly unresolved: readonly string[];
}

/** The report of one document. */
export function makeReport(
  source: string,
  kind: ImportReport['kind'],
  input: unknown,
  overrides: readonly OverrideRecord[],
  problems: readonly string[],
  unresolved: readonly string[],
): ImportReport {
  const fields = leafCount(input);
  const untyped = overrides.reduce((n, o) => n + o.leaves, 0);
  return { source, kind, fields, typedFields: Math.max(0, fields - untyped), overrides, problems, unresolved };
}

/** The share of typed fields, e.g. `97.5%`. */
export function typedShare(r: ImportReport): string {
  return `${r.fields === 0 ? '100' : ((100 * r.typedFields) / r.fields).toFixed(1)}%`;
}

/** The lines the command prints for one document. */
export function reportLines(r: ImportReport, output: string): string[] {
  const lines = [
    `${r.source} -> ${output}: ${r.kind}, ${typedShare(r)} typed (${r.typedFields}/${r.fields} fields), ${r.overrides.length} overrides`,
  ];
  for (const o of r.overrides) lines.push(`  override ${o.owner}: ${o.path}${o.deletion ? ' (deleted)' : ''}`);
  for (const p of r.problems) lines.push(`  TODO ${p}`);
  for (const u of r.unresolved) lines.push(`  NOT REPRODUCED ${u}`);
  return lines;
}
