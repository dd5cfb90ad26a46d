import { fail } from '../../../core/errors';
import { containsExpression } from '../../../core/expression';
import { type StringInputProps, WorkflowInput } from '../../../workflow/workflow-input';
import { buildInConstruct } from '../../private/model-validation';

/** Props of {@link PatternInput.formInput}: how the form asks for the value. */
export interface PatternFormInputProps {
  /** Label of the form field. @default the pattern's */
  readonly title?: string;
  /** Help text under the field. @default the pattern's */
  readonly description?: string;
  /** Value offered in the form. @default - none (or the first of `values`) */
  readonly default?: string;
  /** Regular expression the value must match (form `pattern`, pipeline `.regex()`). @default the pattern's, if any */
  readonly pattern?: string;
  /**
   * Allowed values: a drop-down in the form, `allowedValues` in the pipeline. Distinct, without `,` `(` `)`.
   * @default - free text
   */
  readonly values?: readonly string[];
}

/** What a pattern knows about one of its values: the form field's defaults and a check of a fixed value. */
export interface PatternInputSpec {
  /** Form property key and pipeline variable name, e.g. `iacm_workspace`. */
  readonly id: string;
  /** The pattern's form-field props (title, description, pattern, ...); the user's props win. */
  readonly field: StringInputProps;
  /** The prop name, for messages, e.g. `workspace`. */
  readonly prop: string;
  /**
   * Checks a fixed value (throws with `fail(where, prop, ...)`).
   * @default - non-empty text only
   */
  readonly checkFixed?: (value: string, where: string, prop: string) => void;
}

/** A value resolved by {@link PatternInput.resolve}: the text, or the workflow input that carries it. */
export interface ResolvedPatternInput {
  /** The fixed text, or the input (a pipeline variable: pass it to step fields). */
  readonly value: string | WorkflowInput;
  /** The workflow input, when the value comes from the form. */
  readonly input?: WorkflowInput;
}

/**
 * A value that a platform team either decides once ({@link PatternInput.fixed}, no form field) or lets the
 * requester choose ({@link PatternInput.formInput}, a form field that is also the pipeline's runtime input),
 * e.g. the Git organization of a service onboarding, or the IaCM workspace of an infrastructure request.
 */
export class PatternInput {
  /** The platform team's value; the form does not ask for it. */
  public static fixed(value: string): PatternInput {
    if (typeof value !== 'string' || value.trim() === '') {
      fail(
        'PatternInput.fixed',
        'value',
        value === undefined ? 'no value is given' : 'the value is empty',
        'pass the value, or use PatternInput.formInput() to ask for it in the form',
      );
    }
    if (containsExpression(value) || value.includes('<+') || value.includes('${{')) {
      fail(
        'PatternInput.fixed',
        'value',
        `'${value}' is an expression, not a fixed value`,
        'pass plain text, or use PatternInput.formInput() to ask for the value in the form',
      );
    }
    return new PatternInput(value, undefined);
  }

  /** A form field (and pipeline runtime input); the pattern supplies title, description and checks. */
  public static formInput(props: PatternFormInputProps = {}): PatternInput {
    return new PatternInput(undefined, { ...props });
  }

  private constructor(
    /** The fixed value, if fixed. */
    public readonly fixedValue: string | undefined,
    private readonly formProps: PatternFormInputProps | undefined,
  ) {}

  /** True for {@link PatternInput.fixed}. */
  public get isFixed(): boolean {
    return this.fixedValue !== undefined;
  }

  /**
   * The fixed value (checked), or a new {@link WorkflowInput} with the pattern's field props overridden by
   * the user's. Called once by the pattern that owns the value.
   * @param where the pattern's construct path, for messages
   */
  public resolve(spec: PatternInputSpec, where: string): ResolvedPatternInput {
    if (this.fixedValue !== undefined) {
      spec.checkFixed?.(this.fixedValue, where, spec.prop);
      return { value: this.fixedValue };
    }
    const p = this.formProps ?? {};
    const base = spec.field;
    const values =
      p.values === undefined
        ? undefined
        : checkChoices(p.values, where, `${spec.prop}.values`, `list at least one value, or leave values out for a free-text field`);
    if (p.default !== undefined && values !== undefined && !values.includes(p.default)) {
      fail(
        where,
        `${spec.prop}.default`,
        `'${p.default}' is not one of the values [${values.join(', ')}]`,
        'pick one of the values, or add it to values',
      );
    }
    const props: StringInputProps = {
      ...base,
      title: p.title ?? base.title,
      description: p.description ?? base.description,
      default: p.default ?? (values ? values[0] : base.default),
      pattern: p.pattern ?? base.pattern,
      enum: values ?? base.enum,
    };
    // The field props are the user's: a model error (e.g. an invalid pattern) names the pattern too.
    const input = buildInConstruct(where, () => WorkflowInput.string(spec.id, props));
    return { value: input, input };
  }
}

/**
 * Checks the values of a drop-down a pattern offers (the form's `enum`, the pipeline variable's `allowedValues`):
 * a non-empty list of distinct, non-blank strings without `,` `(` `)`, which `.allowedValues()` cannot carry.
 * @param emptyFix the fix named when the list is empty
 * @returns a copy of the list
 */
export function checkChoices(value: unknown, where: string, prop: string, emptyFix: string): readonly string[] {
  if (!Array.isArray(value) || value.length === 0) fail(where, prop, 'the list is empty', emptyFix);
  for (const v of value) {
    if (typeof v !== 'string' || v.trim() === '') fail(where, prop, `${JSON.stringify(v)} is not a value`, 'list non-empty strings');
    if (/[,()]/.test(v))
      fail(
        where,
        prop,
        `'${v}' contains ',', '(' or ')', which the pipeline's allowedValues() cannot carry`,
        'use values without these characters',
      );
  }
  if (new Set(value).size !== value.length) fail(where, prop, 'a value is listed twice', 'list each value once');
  return [...(value as string[])];
}

/**
 * A pattern prop that takes a {@link PatternInput} or, as a shorthand for {@link PatternInput.fixed}, plain text.
 * Guards JavaScript callers who pass something else.
 * @param fallback used when the prop is not set
 */
export function patternInputOf(value: unknown, fallback: PatternInput, where: string, prop: string): PatternInput {
  if (value === undefined) return fallback;
  if (value instanceof PatternInput) return value;
  if (typeof value === 'string') return PatternInput.fixed(value);
  fail(
    where,
    prop,
    `expects text or a PatternInput, got ${value === null ? 'null' : typeof value}`,
    'pass the fixed value as text (or PatternInput.fixed(...)), or PatternInput.formInput() to ask for it in the form',
  );
}
