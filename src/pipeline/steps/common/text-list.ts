import { fail } from '../../../core/errors';
import { Expression, isLiteralText } from '../../../core/expression';

/**
 * A list of texts whose items may be expressions, or ONE expression for the whole list (e.g. a runtime input
 * `<+input>` that asks for the list when the pipeline runs). The schema accepts both forms.
 */
export type TextList = readonly (string | Expression)[] | Expression;

/** How {@link checkTextList} treats a list. */
export interface TextListRule {
  /** The field, e.g. `spec.filePaths`. */
  readonly field: string;
  /** Fix for an empty item. */
  readonly itemFix: string;
  /** Fix for an empty list; without it, an empty list is accepted. @default - empty lists are accepted */
  readonly emptyFix?: string;
  /** Checks an item that is plain text (no expression); returns a problem or `undefined`. @default - none */
  readonly checkItem?: (item: string) => { readonly problem: string; readonly fix: string } | undefined;
}

/**
 * Checks a {@link TextList}: an expression passes; a list needs at least one item when `emptyFix` is given, and
 * every item must be an expression or non-blank text (checked further by `checkItem`).
 */
export function checkTextList(list: unknown, where: string, rule: TextListRule): void {
  if (list instanceof Expression) return;
  if (!Array.isArray(list)) {
    fail(where, rule.field, `expects a list or one expression, got ${typeof list}`, 'pass a list of texts or an expression');
  }
  if (list.length === 0 && rule.emptyFix !== undefined) fail(where, rule.field, 'is empty', rule.emptyFix);
  list.forEach((item: unknown, i) => {
    if (item instanceof Expression) return;
    if (typeof item !== 'string' || item.trim() === '') fail(where, `${rule.field}[${i}]`, 'is empty', rule.itemFix);
    const bad = isLiteralText(item) ? rule.checkItem?.(item) : undefined;
    if (bad) fail(where, `${rule.field}[${i}]`, bad.problem, bad.fix);
  });
}

/** A copy of a {@link TextList} for rendering (the expression itself, or a new array), or `undefined`. */
export function renderTextList(list: TextList | undefined): unknown {
  if (list === undefined || list instanceof Expression) return list;
  return [...list];
}
