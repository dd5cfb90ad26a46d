import { Expression } from './expression';

/**
 * A runtime input (`<+input>`), optionally with `.default()`, `.allowedValues()`, `.regex()`.
 * Immutable: each modifier returns a new input.
 */
export class RuntimeInput extends Expression {
  /** A bare `<+input>`. */
  public static create(): RuntimeInput {
    return new RuntimeInput({});
  }

  private constructor(
    private readonly opts: {
      readonly defaultValue?: string | number | boolean;
      readonly allowed?: readonly (string | number | boolean)[];
      readonly pattern?: string;
      readonly executionInput?: boolean;
    },
  ) {
    super();
  }

  /** Default value offered to the user. */
  public default(value: string | number | boolean): RuntimeInput {
    return new RuntimeInput({ ...this.opts, defaultValue: value });
  }

  /** Restricts the input to a fixed list. Values must not contain commas or parentheses. */
  public allowedValues(values: readonly (string | number | boolean)[]): RuntimeInput {
    return new RuntimeInput({ ...this.opts, allowed: [...values] });
  }

  /** Restricts the input to a regular expression. */
  public regex(pattern: string): RuntimeInput {
    return new RuntimeInput({ ...this.opts, pattern });
  }

  /** Asks for the value when the execution reaches it (not allowed in workflow-triggered pipelines). */
  public asExecutionInput(): RuntimeInput {
    return new RuntimeInput({ ...this.opts, executionInput: true });
  }

  /** The default value (`.default(...)`), if any. */
  public get defaultValue(): string | number | boolean | undefined {
    return this.opts.defaultValue;
  }

  /** The allowed values (`.allowedValues(...)`), if any. */
  public get allowed(): readonly (string | number | boolean)[] | undefined {
    return this.opts.allowed;
  }

  /** The regex the value must match (`.regex(...)`), if any. */
  public get pattern(): string | undefined {
    return this.opts.pattern;
  }

  /** True for an execution-time input (`.executionInput()`), asked when the step runs rather than when the pipeline starts. */
  public get isExecutionInput(): boolean {
    return this.opts.executionInput === true;
  }

  public resolve(): string {
    let text = '<+input>';
    if (this.opts.defaultValue !== undefined) text += `.default(${this.opts.defaultValue})`;
    if (this.opts.allowed !== undefined) text += `.allowedValues(${this.opts.allowed.join(',')})`;
    if (this.opts.pattern !== undefined) text += `.regex(${this.opts.pattern})`;
    if (this.opts.executionInput) text += '.executionInput()';
    return text;
  }
}
