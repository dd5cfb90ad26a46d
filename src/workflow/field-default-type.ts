import { describeValue, isPlainObject } from '../core/arguments';
import { fail } from '../core/errors';
import { FormValueType } from './ui-field';

/** What a default of each field type is, and an example for the fix. */
const EXPECTED: Readonly<Record<FormValueType, readonly [string, string]>> = {
  [FormValueType.STRING]: ['text', "'main'"],
  [FormValueType.NUMBER]: ['a number', '3'],
  [FormValueType.BOOLEAN]: ['a boolean', 'true'],
  [FormValueType.ARRAY]: ['a list', "['a', 'b']"],
  [FormValueType.OBJECT]: ['an object', "{ name: 'api' }"],
};

/**
 * Throws unless a field's `default` has the field's JSON-schema type: a JavaScript caller's `default: '3'` on a
 * number field would render a form whose default the form itself rejects, and a pipeline variable default of the
 * wrong type (docs/rules.md#form-field-default-type).
 */
export function checkDefaultType(where: string, type: FormValueType, value: unknown): void {
  if (value === undefined) return;
  const ok =
    type === FormValueType.STRING
      ? typeof value === 'string'
      : type === FormValueType.NUMBER
        ? typeof value === 'number'
        : type === FormValueType.BOOLEAN
          ? typeof value === 'boolean'
          : type === FormValueType.ARRAY
            ? Array.isArray(value)
            : isPlainObject(value);
  if (!ok) {
    const [kind, example] = EXPECTED[type];
    const article = type === FormValueType.ARRAY || type === FormValueType.OBJECT ? 'an' : 'a';
    fail(
      where,
      'default',
      `expects ${kind} for ${article} ${type} field, got ${describeValue(value)}`,
      `give the default as ${kind}, e.g. ${example}`,
    );
  }
}
