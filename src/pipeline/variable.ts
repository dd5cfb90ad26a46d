import { fail } from './errors';
import { Expression, ResolveVisitor, RuntimeInput, SecretRef } from './expression';
import { validateVariableName } from './identifier';

/** Harness variable types (`common/*NGVariable`). */
export enum VariableType {
  STRING = 'String',
  NUMBER = 'Number',
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
   * @default true for runtime inputs, false otherwise
   */
  readonly required?: boolean;
}

/**
 * A pipeline variable. It is itself an {@link Expression}: pass it to a step field to reference
 * `<+pipeline.variables.<name>>`.
 */
export class PipelineVariable extends Expression {
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

  public readonly name: string;
  public readonly type: VariableType;
  public readonly value: string | number | Expression;
  public readonly description?: string;
  public readonly required: boolean;

  constructor(props: PipelineVariableProps) {
    super();
    const path = `variable '${props.name}'`;
    validateVariableName(props.name, path);
    this.name = props.name;
    this.type = props.type ?? VariableType.STRING;
    this.value = props.value ?? RuntimeInput.create();
    this.description = props.description;
    this.required = props.required ?? this.value instanceof RuntimeInput;
    if (this.type === VariableType.NUMBER) {
      const v = this.value;
      const literal = v instanceof RuntimeInput ? v.defaultValue : (v instanceof Expression ? undefined : v);
      // Schema (NumberNGVariable.value): a number, or a string matching ((^[+-]?[0-9]*\.?[0-9]+$)|(<\+.+>.*)).
      const isExpressionText = typeof v === 'string' && /<\+.+>/.test(v);
      if (literal !== undefined && !isExpressionText && !/^[+-]?[0-9]*\.?[0-9]+$/.test(String(literal))) {
        fail(path, 'value', `Number variable has the non-numeric value '${literal}'`, 'give a number, or make the variable a String');
      }
      const allowed = v instanceof RuntimeInput ? v.allowed : undefined;
      for (const a of allowed ?? []) {
        if (!/^[+-]?[0-9]*\.?[0-9]+$/.test(String(a))) {
          fail(path, 'value', `Number variable allows the non-numeric value '${a}'`, 'allow numbers only, or make the variable a String');
        }
      }
    }
    if (this.type === VariableType.SECRET && typeof this.value === 'string' && this.value.includes('<+secrets.getValue(')) {
      fail(path, 'value', 'a Secret variable\'s value is the secret identifier, not <+secrets.getValue(...)',
        'pass the identifier, e.g. \'account.my_secret\'');
    }
    if (this.value instanceof RuntimeInput) validateRuntimeInput(this.value, path);
  }

  /** True if the value is a runtime input (`<+input>...`). */
  public get isRuntimeInput(): boolean {
    return this.value instanceof RuntimeInput;
  }

  /** The runtime input, if the value is one. */
  public get runtimeInput(): RuntimeInput | undefined {
    return this.value instanceof RuntimeInput ? this.value : undefined;
  }

  public resolve(visitor?: ResolveVisitor): string {
    visitor?.variable?.(this.name, this);
    return `<+pipeline.variables.${this.name}>`;
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
    const v = this.value;
    // A Secret variable's value is the secret identifier (SecretNGVariable rejects <+secrets.getValue(...)>).
    if (v instanceof SecretRef && this.type === VariableType.SECRET) return v.identifier;
    if (v instanceof Expression) return v.resolve();
    // StringNGVariable / SecretNGVariable values are strings.
    return typeof v === 'number' && this.type !== VariableType.NUMBER ? String(v) : v;
  }
}

/** Checks a runtime input for values Harness cannot parse. */
export function validateRuntimeInput(input: RuntimeInput, path: string): void {
  for (const v of input.allowed ?? []) {
    if (/[,()]/.test(String(v))) {
      fail(path, 'value', `allowed value '${v}' contains ',', '(' or ')', which .allowedValues() cannot carry`, 'use values without commas or parentheses');
    }
  }
  if (input.allowed && new Set(input.allowed.map(String)).size !== input.allowed.length) {
    fail(path, 'value', `allowed values [${input.allowed.join(', ')}] contain duplicates`, 'list each value once');
  }
  const d = input.defaultValue;
  if (d !== undefined && input.allowed && !input.allowed.map(String).includes(String(d))) {
    fail(path, 'value', `default '${d}' is not one of the allowed values [${input.allowed.join(', ')}]`, 'add the default to the allowed values or change the default');
  }
  if (d !== undefined && /[()]/.test(String(d))) {
    fail(path, 'value', `default '${d}' contains '(' or ')', which .default() cannot carry`, 'use a default without parentheses');
  }
  if (input.pattern !== undefined) {
    try {
      new RegExp(input.pattern);
    } catch (e) {
      fail(path, 'value', `regex '${input.pattern}' is not a valid regular expression (${(e as Error).message})`, 'fix the regular expression');
    }
    if (d !== undefined && !new RegExp(input.pattern).test(String(d))) {
      fail(path, 'value', `default '${d}' does not match regex '${input.pattern}'`, 'change the default or the regex');
    }
  }
}
