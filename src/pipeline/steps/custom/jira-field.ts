import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { requireText } from '../common/field-checks';

/** A Jira issue field (`JiraField`), e.g. `{ name: 'Summary', value: 'Provision ...' }`. */
export interface JiraField {
  /** Jira field name as shown in Jira, e.g. `Summary`, `Description`, `Comment`. */
  readonly name: string;
  /** Field value; may embed expressions. */
  readonly value: string | Expression;
}

/** Checks Jira fields: names set and unique, values set. */
export function checkJiraFields(fields: readonly JiraField[] | undefined, where: string): void {
  const seen = new Set<string>();
  (fields ?? []).forEach((f, i) => {
    if (typeof f.name !== 'string' || f.name.trim() === '')
      fail(where, `spec.fields[${i}].name`, 'is empty', "give the Jira field name, e.g. 'Summary'");
    if (seen.has(f.name)) fail(where, `spec.fields[${i}].name`, `field '${f.name}' is listed twice`, 'list each field once');
    seen.add(f.name);
    if (f.value === undefined || f.value === null)
      fail(where, `spec.fields[${i}].value`, `field '${f.name}' has no value`, 'give a value (the schema requires one)');
    if (typeof f.value !== 'string') requireText(f.value, where, `spec.fields[${i}].value`, 'give a string or an expression');
  });
}

/** Renders `fields` as `[{name, value}]`, or `undefined` for none. */
export function renderJiraFields(fields: readonly JiraField[] | undefined): Record<string, unknown>[] | undefined {
  return fields ? fields.map((f) => ({ name: f.name, value: f.value })) : undefined;
}
