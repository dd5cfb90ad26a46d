import { Expression } from '../../../core/expression';

/**
 * Tags of a Harness organization or project created by an IDP step: a list of `key:value` (or bare `key`)
 * strings, a map rendered as `key:value` strings, or an expression.
 */
export type HarnessTags = readonly string[] | Readonly<Record<string, string>> | Expression;

/** Renders {@link HarnessTags} as the schema's `tags` (array of strings, or an expression). */
export function renderHarnessTags(tags: HarnessTags | undefined): unknown {
  if (tags === undefined || tags instanceof Expression) return tags;
  if (Array.isArray(tags)) return [...tags];
  return Object.entries(tags as Readonly<Record<string, string>>).map(([k, v]) => (v === '' ? k : `${k}:${v}`));
}
