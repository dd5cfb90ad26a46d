import { fail } from '../../../core/errors';
import { Expression, isLiteralText } from '../../../core/expression';
import { RawExpression } from '../../../core/raw-expression';
import { splitExpressions } from '../../../core/resolve';
import { RuntimeInput } from '../../../core/runtime-input';
import { checkTextList, type TextList } from '../common/text-list';

// Field shapes shared by the FME steps (`steps/common/fme-*`, `string-without-jexl`, `common-jexl` of the schema).

const NAME = /^[a-zA-Z][-_a-zA-Z0-9]*$/;
const TREATMENT = /^[a-zA-Z0-9][-_.a-zA-Z0-9]*$/;
const TAG = /^([a-zA-Z0-9-_:]+)$/;

/** What a name field names: a feature flag, a segment or a flag set (same pattern, at most 100 characters). */
export type FmeNameKind = 'flag' | 'segment' | 'flag set';

/** True for text (or an expression) that is a runtime input: `<+input>`, `<+input>.default(...)`, ... */
export function isRuntimeInput(value: Expression | string): boolean {
  if (value instanceof RuntimeInput) return true;
  if (value instanceof RawExpression) return /^<\+input>/.test(value.text);
  return typeof value === 'string' && /^<\+input>/.test(value);
}

/** The first part of a text or expression: the expression itself, or the first literal fragment or expression. */
function firstPart(value: string | Expression): string | Expression | undefined {
  return value instanceof Expression ? value : splitExpressions(value)[0];
}

/** True if the value is an expression or text that begins with one (`<+...>` or an embedded expression). */
function startsWithExpression(value: string | Expression): boolean {
  const first = firstPart(value);
  return first instanceof Expression || (typeof first === 'string' && first.startsWith('<+'));
}

/**
 * A `string-without-jexl | common-jexl` field: plain text, or text that starts with an expression. Text with an
 * expression after a literal prefix matches both branches of the schema's `oneOf`, so the schema rejects it.
 */
export function checkFmeText(value: unknown, where: string, field: string, required: boolean, fix: string): void {
  if (value === undefined && !required) return;
  if (value instanceof Expression) return;
  if (typeof value !== 'string') fail(where, field, value === undefined ? 'is required' : `expects text, got ${typeof value}`, fix);
  if (required && value.trim() === '') fail(where, field, 'is empty', fix);
  if (!isLiteralText(value) && !startsWithExpression(value)) {
    fail(
      where,
      field,
      'mixes literal text and expressions; the schema accepts plain text or text that starts with an expression',
      'use plain text, or start the text with the expression',
    );
  }
}

/** A flag, segment or flag-set name: `^[a-zA-Z][-_a-zA-Z0-9]*$`, at most 100 characters, or an expression. */
export function checkFmeName(value: unknown, where: string, field: string, kind: FmeNameKind): void {
  if (value instanceof Expression) return;
  if (typeof value !== 'string' || value === '') fail(where, field, 'is required', `give the ${kind} name or an expression`);
  if (!isLiteralText(value)) return;
  if (value.length > 100 || !NAME.test(value)) {
    fail(
      where,
      field,
      `'${value}' is not an FME ${kind} name (${NAME.source}, at most 100 characters)`,
      'use letters, digits, - and _, starting with a letter, or pass an expression',
    );
  }
}

/** An FME environment name or id: 1 to 100 characters, or text that starts with an expression. */
export function checkFmeEnvironment(value: unknown, where: string): void {
  const field = 'spec.environment';
  if (value instanceof Expression) return;
  if (typeof value !== 'string' || value.trim() === '')
    fail(where, field, 'is required', 'give the FME environment name or id, or an expression');
  if (isLiteralText(value)) {
    if (value.length > 100) {
      fail(
        where,
        field,
        `'${value}' is ${value.length} characters long; FME environment names have at most 100`,
        'give the environment name or id',
      );
    }
    return;
  }
  checkFmeText(value, where, field, true, 'give the FME environment name or id, or an expression');
}

/**
 * A treatment name, `^[a-zA-Z0-9][-_.a-zA-Z0-9]*$` (`'on'` is quoted in the YAML for you), or an expression.
 * @param runtimeInput whether the field accepts a runtime input (`common-jexl`) or not (`common-jexl-expression-only`)
 */
export function checkTreatmentName(value: unknown, where: string, field: string, runtimeInput: boolean): void {
  const noInput = "name the treatment (e.g. 'on') or pass a pipeline variable; a runtime input is not accepted here";
  if (typeof value !== 'string' && !(value instanceof Expression)) fail(where, field, 'is required', "give the treatment name, e.g. 'on'");
  if (value === '') fail(where, field, 'is required', "give the treatment name, e.g. 'on'");
  if (isLiteralText(value)) {
    if (!TREATMENT.test(value)) {
      fail(
        where,
        field,
        `'${value}' is not a treatment name (${TREATMENT.source})`,
        'use letters, digits, -, _ and ., starting with a letter or digit',
      );
    }
    return;
  }
  if (runtimeInput) return;
  if (!startsWithExpression(value)) {
    fail(
      where,
      field,
      'mixes literal text and expressions; the schema accepts a plain name or text that starts with an expression',
      'use a plain treatment name, or a single expression',
    );
  }
  const first = firstPart(value);
  if (first !== undefined && isRuntimeInput(first))
    fail(where, field, 'a runtime input (<+input>) is not allowed as a treatment here', noInput);
}

/** Tags: each `^([a-zA-Z0-9-_:]+)$` (an expression cannot be one tag), or one expression for the whole list. */
export function checkFmeTags(tags: TextList | undefined, where: string, max?: number): void {
  if (tags === undefined || tags instanceof Expression) return;
  checkTextList(tags, where, { field: 'spec.tags', itemFix: 'give the tag text' });
  if (max !== undefined && tags.length > max)
    fail(where, 'spec.tags', `has ${tags.length} tags; the schema allows at most ${max}`, `keep at most ${max} tags`);
  tags.forEach((t, i) => {
    if (!isLiteralText(t) || !TAG.test(t)) {
      fail(
        where,
        `spec.tags[${i}]`,
        `${isLiteralText(t) ? `'${t}'` : 'an expression'} is not a tag the schema accepts (${TAG.source})`,
        'use letters, digits, -, _ and :, or pass one expression for the whole list',
      );
    }
  });
}

/** A whole number in `[min, 100]`, or an expression. */
export function checkPercent(value: unknown, where: string, field: string, min = 0): void {
  if (value instanceof Expression) return;
  if (value === undefined) fail(where, field, 'is required', `give a whole number from ${min} to 100, or an expression`);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 100) {
    fail(
      where,
      field,
      `${String(value)} is not a whole number from ${min} to 100`,
      `use a whole number from ${min} to 100, or an expression`,
    );
  }
}

/** A list of keys, segments or flag sets: items not empty, or one expression for the whole list. */
export function checkFmeList(list: TextList | undefined, where: string, field: string, what: string): void {
  if (list === undefined) return;
  checkTextList(list, where, { field, itemFix: `give the ${what}, or an expression` });
}

/** True when a list field is set with something: one expression, or a non-empty list. */
export function hasItems(list: TextList | undefined): boolean {
  return list instanceof Expression || (Array.isArray(list) && list.length > 0);
}
