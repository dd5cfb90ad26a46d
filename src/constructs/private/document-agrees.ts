import type { ValidationProblem } from '../../core/errors';

/**
 * Checks, after overrides applied, that a rendered document still says what its resource says (identifier, kind,
 * ...): an `addOverride` that changed one of them would deploy a resource whose YAML contradicts it.
 * @param document the rendered document node (`pipeline: {...}`'s value, or the workflow entity)
 * @param expected field → the value the resource has
 */
export function documentAgrees(document: unknown, expected: Readonly<Record<string, string | undefined>>): ValidationProblem[] {
  if (document === null || typeof document !== 'object') return [];
  const doc = document as Record<string, unknown>;
  return Object.entries(expected)
    .filter(([field, value]) => doc[field] !== value)
    .map(([field, value]) => ({
      path: '',
      field,
      problem: `the document says ${show(doc[field])} after overrides, but the resource says ${show(value)}`,
      fix: `remove the override of '${field}' (set it through the construct's props instead)`,
    }));
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : `'${String(value)}'`;
}
