import { fail } from '../core/errors';
import { IDENTIFIER_PATTERN } from '../core/identifier';
import { walkStrings } from '../core/object';
import { checkDefaultType } from './field-default-type';
import type { AnyFieldProps } from './field-props';
import { FormValueType, UiWidget } from './ui-field';

/**
 * Form property keys: read as `${{ parameters.<id> }}`, so a letter or `_` first, then letters, digits or `_`
 * (the Harness identifier pattern).
 */
export const PARAMETER_ID_PATTERN = IDENTIFIER_PATTERN;

/** The local checks of the form rules on one field: key, title, default, enum, pattern, bounds, ui:field and widget. */
export function checkField(id: string, type: FormValueType, p: AnyFieldProps, w: string): void {
  if (typeof id !== 'string' || !PARAMETER_ID_PATTERN.test(id)) {
    fail(
      w,
      'id',
      `'${id}' is not a usable form property key ` + `(it is read as \${{ parameters.${id} }}; pattern ${PARAMETER_ID_PATTERN.source})`,
      `use letters, digits and _ only, e.g. '${String(id)
        .replace(/[^a-zA-Z0-9_]+/g, '_')
        .replace(/^([^a-zA-Z_])/, '_$1')}'`,
    );
  }
  if (typeof p.title !== 'string' || p.title.trim() === '') {
    fail(w, 'title', 'the field has no title', 'give the field a title; it is the label shown in the form');
  }
  checkDefaultType(w, type, p.default);
  checkNoTemplating(w, p as unknown as Record<string, unknown>);
  if (p.uiOptions !== undefined && p.uiOptions !== null && (typeof p.uiOptions !== 'object' || Array.isArray(p.uiOptions))) {
    fail(w, 'ui:options', `${JSON.stringify(p.uiOptions)} is not an object`, 'pass the options as an object, e.g. { rows: 10 }, or null');
  }
  checkEnum(w, 'enum', p.enum, p.enumNames);
  if (p.default !== undefined && p.enum && !p.enum.includes(p.default as string | number)) {
    fail(
      w,
      'default',
      `default '${String(p.default)}' is not one of the enum values [${p.enum.join(', ')}]`,
      'add the default to the values or change the default',
    );
  }
  checkPattern(w, p);
  checkLength(w, p);
  checkNumber(w, p);
  checkItems(w, type, p);
  checkWidget(w, type, p);
}

/** `pattern` compiles, and a string default matches it. */
function checkPattern(w: string, p: AnyFieldProps): void {
  if (p.pattern === undefined) return;
  let re: RegExp;
  try {
    re = new RegExp(p.pattern);
  } catch (e) {
    fail(w, 'pattern', `'${p.pattern}' is not a valid regular expression (${(e as Error).message})`, 'fix the regular expression');
  }
  if (typeof p.default === 'string' && !re.test(p.default)) {
    fail(w, 'default', `default '${p.default}' does not match pattern '${p.pattern}'`, 'change the default or the pattern');
  }
}

/** `minLength`/`maxLength` are counts in order, and a string default fits them. */
function checkLength(w: string, p: AnyFieldProps): void {
  checkRange(w, 'minLength', 'maxLength', p.minLength, p.maxLength, true);
  if (typeof p.default === 'string' && p.maxLength !== undefined && p.default.length > p.maxLength) {
    fail(w, 'default', `default '${p.default}' is longer than maxLength ${p.maxLength}`, 'shorten the default or raise maxLength');
  }
  if (typeof p.default === 'string' && p.minLength !== undefined && p.default.length < p.minLength) {
    fail(w, 'default', `default '${p.default}' is shorter than minLength ${p.minLength}`, 'lengthen the default or lower minLength');
  }
}

/** `minimum`/`maximum` are numbers in order, and a number default is finite and within them. */
function checkNumber(w: string, p: AnyFieldProps): void {
  checkRange(w, 'minimum', 'maximum', p.minimum, p.maximum, false);
  if (typeof p.default === 'number') {
    if (!Number.isFinite(p.default)) fail(w, 'default', `default ${p.default} is not a finite number`, 'give a number');
    if ((p.minimum !== undefined && p.default < p.minimum) || (p.maximum !== undefined && p.default > p.maximum)) {
      fail(
        w,
        'default',
        `default ${p.default} is outside [${p.minimum ?? '-inf'}, ${p.maximum ?? 'inf'}]`,
        'change the default or the bounds',
      );
    }
  }
}

/** `minItems`/`maxItems` are counts in order; the item values of an array field are distinct and hold its default. */
function checkItems(w: string, type: FormValueType, p: AnyFieldProps): void {
  checkRange(w, 'minItems', 'maxItems', p.minItems, p.maxItems, true);
  if (type !== FormValueType.ARRAY) return;
  checkEnum(w, 'items.enum', p.items?.enum, p.items?.enumNames);
  for (const d of (p.default as readonly string[] | undefined) ?? []) {
    if (p.items?.enum && !p.items.enum.includes(d)) {
      fail(
        w,
        'default',
        `default value '${d}' is not one of the item values [${p.items.enum.join(', ')}]`,
        'use item values in the default',
      );
    }
  }
}

/** The `ui:field` supports the type, and the widget suits the field extension and the type. */
function checkWidget(w: string, type: FormValueType, p: AnyFieldProps): void {
  const field = p.uiField;
  const widget = p.uiWidget ?? field?.widget;
  if (field && !field.types.includes(type)) {
    fail(
      w,
      'ui:field',
      `${field.name} supports only type ${field.types.join('/')}, but the field is type ${type}`,
      `declare the field as ${field.types.map((t) => `${t === FormValueType.ARRAY ? 'an' : 'a'} ${t}`).join(' or ')} field, ` +
        'or use another ui:field',
    );
  }
  if (field?.widget && p.uiWidget && p.uiWidget !== field.widget) {
    fail(w, 'ui:widget', `${field.name} needs ui:widget '${field.widget}', got '${p.uiWidget}'`, 'remove uiWidget');
  }
  if (widget === UiWidget.PASSWORD && type !== FormValueType.STRING) {
    fail(
      w,
      'ui:widget',
      `the password widget masks text, but the field is type ${type}`,
      'make the field a string field, or drop the password widget',
    );
  }
  if (widget === UiWidget.CHECKBOXES && (type !== FormValueType.ARRAY || !p.items?.enum)) {
    fail(
      w,
      'ui:widget',
      'the checkboxes widget needs an array field with item values',
      'declare an array field with items.enum, or use UiWidget.RADIO / SELECT for a single choice',
    );
  }
}

/**
 * `${{ }}` is evaluated only in steps and output; in properties it is literal text or breaks the form
 * (docs/rules.md#form-no-templating).
 */
function checkNoTemplating(where: string, props: Record<string, unknown>): void {
  walkStrings(props, '', (v, at) => {
    if (v.includes('${{')) {
      fail(
        where,
        at,
        `'${v}' uses \${{ }} templating inside the form (properties), where IDP does not evaluate it (only in steps and output)`,
        'use a literal value here, and reference parameters only in the trigger step or the output',
      );
    }
  });
}

/** Enum values distinct; enumNames the same length (docs/rules.md#form-field-enum). */
function checkEnum(where: string, field: string, values?: readonly (string | number)[], names?: readonly string[]): void {
  if (values === undefined) {
    if (names !== undefined)
      fail(where, field === 'enum' ? 'enumNames' : 'items.enumNames', 'enumNames without enum values', 'add the values, or drop enumNames');
    return;
  }
  if (values.length === 0) fail(where, field, 'the value list is empty', 'list at least one value, or drop the list for free input');
  const seen = new Set<string | number>();
  for (const v of values) {
    if (seen.has(v)) {
      fail(
        where,
        field,
        `value '${v}' is listed twice; enum values must be distinct`,
        'list each value once, and use enumNames for labels that repeat',
      );
    }
    seen.add(v);
  }
  if (names !== undefined && names.length !== values.length) {
    fail(
      where,
      field === 'enum' ? 'enumNames' : 'items.enumNames',
      `${names.length} enumNames for ${values.length} values`,
      'give exactly one label per value',
    );
  }
}

function checkRange(
  where: string,
  minField: string,
  maxField: string,
  min: number | undefined,
  max: number | undefined,
  count: boolean,
): void {
  for (const [f, v] of [
    [minField, min],
    [maxField, max],
  ] as const) {
    if (v === undefined) continue;
    if (!Number.isFinite(v) || (count && (!Number.isInteger(v) || v < 0))) {
      fail(where, f, `${v} is not ${count ? 'a non-negative integer' : 'a finite number'}`, `give ${count ? 'a count' : 'a number'}`);
    }
  }
  if (min !== undefined && max !== undefined && min > max) {
    fail(where, minField, `${minField} ${min} is greater than ${maxField} ${max}`, `swap or fix the bounds`);
  }
}
