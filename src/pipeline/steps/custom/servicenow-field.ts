import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { requireText } from '../common/field-checks';

/** A ServiceNow ticket field (`ServiceNowField`): the field's name in ServiceNow (not its label) and a value. */
export interface ServiceNowField {
  /** Field name, e.g. `short_description`, `description`, `state`. */
  readonly name: string;
  /** Field value; may embed expressions. Date and time values are UTC. */
  readonly value: string | Expression;
}

/** Checks ServiceNow fields: names set and unique, values set. */
export function checkServiceNowFields(fields: readonly ServiceNowField[] | undefined, where: string, field = 'spec.fields'): void {
  const seen = new Set<string>();
  (fields ?? []).forEach((f, i) => {
    requireText(f?.name, where, `${field}[${i}].name`, "give the ServiceNow field name, e.g. 'short_description'");
    if (seen.has(f.name)) fail(where, `${field}[${i}].name`, `field '${f.name}' is listed twice`, 'list each field once');
    seen.add(f.name);
    requireText(f.value, where, `${field}[${i}].value`, 'give a value (the schema requires one)');
  });
}

/** Renders `fields` as `[{name, value}]`, or `undefined` for none. */
export function renderServiceNowFields(fields: readonly ServiceNowField[] | undefined): Record<string, unknown>[] | undefined {
  return fields ? fields.map((f) => ({ name: f.name, value: f.value })) : undefined;
}
