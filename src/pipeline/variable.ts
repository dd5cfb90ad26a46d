import { requireProps } from '../core/arguments';

import { fail } from '../core/errors';
import { readsSecretValue } from '../core/expr';
import { containsExpression, Expression } from '../core/expression';
import { VariableReference } from '../core/variable-reference';
import { RuntimeInput } from '../core/runtime-input';
import { SecretRef } from '../core/secret-ref';
import { validateVariableName } from '../core/identifier';

/** Text a Number variable accepts as its value (`NumberNGVariable.value`). */
export const NUMBER_TEXT_PATTERN = /^[+-]?[0-9]*\.?[0-9]+$/;

/** Harness variable types (`common/*NGVariable`). */
export enum VariableType {
  /** Text. */
  STRING = 'String',
  /** A number. */
  NUMBER = 'Number',
  /** A reference to a Harness secret (the value is the secret's identifier; the run sees the secret masked). */
  SECRET = 'Secret',
}

/** Props of a {@link PipelineVariable}. */
export interface PipelineVariableProps {
  /** Variable name; referenced as `<+pipeline.variables.<name>>`. */
  readonly name: string;
  /**
   * Variable type. Always emitted: without it a `<+input>` value matches both Number and String.
   * @default VariableType.STRING
   */
  readonly type?: VariableType;
  /**
   * The value: a fixed value, or a runtime input.
   * @default RuntimeInput.create()
   */
  readonly value?: string | number | Expression;
  /** Shown in Pipeline Studio. @default - none */
  readonly description?: string;
  /**
   * Whether a value must be supplied when the pipeline runs.
   * @default - not set (Harness applies false)
   */
  readonly required?: boolean;
}

/**
 * A pipeline variable. It is itself an {@link Expression}: pass it to a step field to reference
 * `<+pipeline.variables.<name>>`.
 */
export class PipelineVariable extends VariableReference {
  /** A String variable (a runtime input unless `value` says otherwise). */
  public static string(name: string, props: Omit<PipelineVariableProps, 'name' | 'type'> = {}): PipelineVariable {
    return new PipelineVariable({ ...props, name, type: VariableType.STRING });
  }

  /** A Number variable (a runtime input unless `value` says otherwise). */
  public static number(name: string, props: Omit<PipelineVariableProps, 'name' | 'type'> = {}): PipelineVariable {
    return new PipelineVariable({ ...props, name, type: VariableType.NUMBER });
  }

  /**
   * A Secret variable; its value is a secret identifier (a `SecretRef`, rendered as its identifier, or the
   * identifier as text; not `<+secrets.getValue()>`) or a runtime input.
   */
  public static secret(name: string, props: Omit<PipelineVariableProps, 'name' | 'type'> = {}): PipelineVariable {
    return new PipelineVariable({ ...props, name, type: VariableType.SECRET });
  }

  /** The variable type. */
  declare public readonly type: VariableType;
  /** The value: fixed text or number, a runtime input, or an expression. */
  public readonly value: string | number | Expression;
  /** The description, if given. */
  public readonly description?: string;
  /** `required` as given; `undefined` leaves it to Harness. */
  public readonly required?: boolean;

  /** Creates the variable; name, type and value (and a runtime input's default, allowed values and regex) are checked at once. */
  constructor(props: PipelineVariableProps) {
    super(requireProps(props, 'new PipelineVariable', "PipelineVariable.string('name')").name, props.type ?? VariableType.STRING);
    const path = `variable '${props.name}'`;
    validateVariableName(props.name, path);
    this.value = props.value ?? RuntimeInput.create();
    this.description = props.description;
    this.required = props.required;
    checkVariableValue(this.type, this.value, path);
  }

  /** True if the value is a runtime input (`<+input>...`). */
  public get isRuntimeInput(): boolean {
    return this.value instanceof RuntimeInput;
  }

  /** The runtime input, if the value is one. */
  public get runtimeInput(): RuntimeInput | undefined {
    return this.value instanceof RuntimeInput ? this.value : undefined;
  }

  /** The `variables[]` entry (unresolved values). */
  public toObject(): Record<string, unknown> {
    return {
      name: this.name,
      type: this.type,
      description: this.description,
      required: this.required,
      value: this.renderValue(),
    };
  }

  private renderValue(): string | number {
    const v = variableValue(this.type, this.value);
    if (v instanceof Expression) return v.resolve();
    // StringNGVariable / SecretNGVariable values are strings.
    return typeof v === 'number' && this.type !== VariableType.NUMBER ? String(v) : v;
  }
}

/**
 * Checks a variable's value against its type: a Number variable's literal (or runtime-input default and allowed
 * values) must be numeric, a Secret variable's value is a secret identifier, a runtime input must be parseable.
 */
export function checkVariableValue(type: VariableType, v: string | number | Expression, path: string): void {
  if (type === VariableType.NUMBER) {
    // Schema (NumberNGVariable.value): a number, or a string matching ((^[+-]?[0-9]*\.?[0-9]+$)|(<\+.+>.*)).
    // Text holding an expression (`<+...>` or an embedded Expression) is resolved at run time.
    const isExpressionText = typeof v === 'string' && (containsExpression(v) || /<\+.+>/.test(v));
    const literal = v instanceof RuntimeInput ? v.defaultValue : v instanceof Expression || isExpressionText ? undefined : v;
    if (literal !== undefined && !NUMBER_TEXT_PATTERN.test(String(literal))) {
      fail(path, 'value', `Number variable has the non-numeric value '${literal}'`, 'give a number, or make the variable a String');
    }
    const allowed = v instanceof RuntimeInput ? v.allowed : undefined;
    for (const a of allowed ?? []) {
      if (!NUMBER_TEXT_PATTERN.test(String(a))) {
        fail(path, 'value', `Number variable allows the non-numeric value '${a}'`, 'allow numbers only, or make the variable a String');
      }
    }
  }
  if (type === VariableType.SECRET) checkSecretVariableValue(v, path, 'value');
  if (v instanceof RuntimeInput) validateRuntimeInput(v, path);
}

/**
 * Throws when a Secret variable's value would render a secret's *value* (`<+secrets.getValue(...)>`, also from a
 * {@link SecretRef} embedded in text): `SecretNGVariable.value` takes the secret identifier. A `SecretRef` given
 * as the whole value is fine: {@link variableValue} renders its identifier.
 */
export function checkSecretVariableValue(value: unknown, path: string, field: string): void {
  if (value instanceof SecretRef) return;
  if ((typeof value === 'string' || value instanceof Expression) && readsSecretValue(value)) {
    fail(
      path,
      field,
      "a Secret variable's value is the secret identifier, not <+secrets.getValue(...)",
      "pass the identifier, e.g. 'account.my_secret'",
    );
  }
}

/** The value emitted for a variable of `type`: a Secret variable takes the secret identifier, so a `SecretRef` gives its identifier. */
export function variableValue<T>(type: VariableType, value: T): T | string {
  return type === VariableType.SECRET && value instanceof SecretRef ? value.identifier : value;
}

/** Checks a runtime input for values Harness cannot parse. */
export function validateRuntimeInput(input: RuntimeInput, path: string): void {
  for (const v of input.allowed ?? []) {
    if (/[,()]/.test(String(v))) {
      fail(
        path,
        'value',
        `allowed value '${v}' contains ',', '(' or ')', which .allowedValues() cannot carry`,
        'use values without commas or parentheses',
      );
    }
  }
  if (input.allowed && new Set(input.allowed.map(String)).size !== input.allowed.length) {
    fail(path, 'value', `allowed values [${input.allowed.join(', ')}] contain duplicates`, 'list each value once');
  }
  const d = input.defaultValue;
  if (d !== undefined && input.allowed && !input.allowed.map(String).includes(String(d))) {
    fail(
      path,
      'value',
      `default '${d}' is not one of the allowed values [${input.allowed.join(', ')}]`,
      'add the default to the allowed values or change the default',
    );
  }
  if (d !== undefined && /[()]/.test(String(d))) {
    fail(path, 'value', `default '${d}' contains '(' or ')', which .default() cannot carry`, 'use a default without parentheses');
  }
  if (input.pattern !== undefined) {
    try {
      new RegExp(input.pattern);
    } catch (e) {
      fail(
        path,
        'value',
        `regex '${input.pattern}' is not a valid regular expression (${(e as Error).message})`,
        'fix the regular expression',
      );
    }
    if (d !== undefined && !new RegExp(input.pattern).test(String(d))) {
      fail(path, 'value', `default '${d}' does not match regex '${input.pattern}'`, 'change the default or the regex');
    }
  }
}
