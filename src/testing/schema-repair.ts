/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Keywords whose `null` value the published schema carries by mistake (Ajv 8 rejects them); dropped. */
const NULLABLE_KEYWORDS = new Set([
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'pattern',
  'properties',
  'items',
  'required',
  'type',
  'additionalProperties',
]);

/**
 * Repairs the published schema so that Ajv 8 compiles it, without changing what it accepts: an empty `enum`
 * becomes the equivalent `not: {}`, and keywords set to `null` are dropped. Mutates `schema`; returns the
 * repairs as `<keyword> at <pointer>`.
 */
export function repairHarnessSchema(schema: Json): string[] {
  const repairs: string[] = [];
  const walk = (node: Json, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${pointer}/${i}`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node.enum) && node.enum.length === 0) {
      // An empty enum matches nothing; Ajv rejects it ("enum must have non-empty array"): use the equivalent `not: {}`.
      delete node.enum;
      node.not = {};
      repairs.push(`enum [] -> not {} at ${pointer}`);
    }
    for (const k of Object.keys(node)) {
      if (node[k] === null && NULLABLE_KEYWORDS.has(k)) {
        delete node[k];
        repairs.push(`${k}: null dropped at ${pointer}`);
        continue;
      }
      walk(node[k], `${pointer}/${k}`);
    }
  };
  walk(schema, '#');
  return repairs;
}
