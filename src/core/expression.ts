/**
 * Harness expressions (`<+...>`) as values.
 *
 * An {@link Expression} can be passed wherever a step field takes a string, and it can also be embedded
 * in a plain template literal (`` `Repo: ${createRepo.outputs.repositoryUrl}` ``): `toString()` returns a
 * marker that the renderer swaps for the resolved text. Markers never reach the output: rendering replaces
 * every one of them, and an unknown marker is an error.
 */

import { SECRET_IDENTIFIER_PATTERN } from './identifier';

const MARKER_OPEN = '\u27E6hx:';
const MARKER_CLOSE = '\u27E7';
const MARKER_PATTERN = /\u27E6hx:(\d+)\u27E7/g;
const registry = new Map<number, Expression>();
let nextMarker = 0;

/** Something whose step outputs can be referenced: a step placed in a stage. */
export interface OutputProducer {
  /** JEXL path of the producer, without `<+ >`, e.g. `pipeline.stages.s.spec.execution.steps.x`. */
  expressionPath(): string;
  /** Human-readable location for messages. */
  describe(): string;
}

/** What an expression reports while it is resolved, so the pipeline can validate references. */
export interface ResolveVisitor {
  /** A step output was referenced. */
  stepOutput?(ref: StepOutput): void;
  /** A pipeline variable was referenced (`<+pipeline.variables.name>`). */
  variable?(name: string, ref: Expression): void;
}

/** A value that renders to Harness expression text. */
export abstract class Expression {
  private marker?: string;

  /** Resolves the expression to its Harness text (e.g. `<+pipeline.variables.x>`). */
  public abstract resolve(visitor?: ResolveVisitor): string;

  /**
   * A marker that stands for this expression inside a plain string. The renderer replaces it,
   * so `` `Hello ${variable}` `` works in any string field.
   */
  public toString(): string {
    if (this.marker === undefined) {
      const id = nextMarker++;
      registry.set(id, this);
      this.marker = `${MARKER_OPEN}${id}${MARKER_CLOSE}`;
    }
    return this.marker;
  }

  /** JSON serialization yields the same marker as `toString()`. */
  public toJSON(): string {
    return this.toString();
  }
}

/** The expression a marker stands for; throws for a marker this process did not hand out. */
function expressionOfMarker(id: string): Expression {
  const expr = registry.get(Number(id));
  if (!expr) {
    throw new Error(
      `Unknown expression marker ${id}: the string was built from an expression of another process. Fix: build the string in the process that renders it`,
    );
  }
  return expr;
}

/** Resolves every expression and marker in a string. */
export function resolveString(text: string, visitor?: ResolveVisitor): string {
  if (!text.includes(MARKER_OPEN)) return text;
  return text.replace(MARKER_PATTERN, (_m, id: string) => resolveString(expressionOfMarker(id).resolve(visitor), visitor));
}

/** Deeply resolves expressions in a value tree; `undefined` object fields are dropped. */
export function resolveValue(value: unknown, visitor?: ResolveVisitor): unknown {
  if (value instanceof Expression) return resolveString(value.resolve(visitor), visitor);
  if (typeof value === 'string') return resolveString(value, visitor);
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map((v) => resolveValue(v, visitor));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      out[k] = resolveValue(v, visitor);
    }
    return out;
  }
  return value;
}

/**
 * Splits a string into its literal fragments and the expressions embedded in it (markers), in order,
 * without resolving anything. Empty literal fragments are left out. Lets a step inspect what a field is
 * made of (e.g. "does this header value reference a secret?") before the step has a place in a pipeline.
 */
export function splitExpressions(text: string): (string | Expression)[] {
  const parts: (string | Expression)[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER_PATTERN)) {
    const expr = expressionOfMarker(m[1]);
    if (m.index! > last) parts.push(text.slice(last, m.index));
    parts.push(expr);
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** True if a string contains embedded expressions (markers). */
export function containsExpression(text: string): boolean {
  return text.includes(MARKER_OPEN);
}

/**
 * True if `value` is plain text: a string with no embedded expression and no `<+...>` Harness expression.
 * Local rules that look at a field's content only apply to plain text; expressions are resolved at run time.
 */
export function isLiteralText(value: unknown): value is string {
  return typeof value === 'string' && !containsExpression(value) && !value.includes('<+');
}

/** Harness expression text given verbatim, e.g. `<+pipeline.triggeredBy.email>`. */
export class RawExpression extends Expression {
  constructor(public readonly text: string) {
    super();
  }

  public resolve(): string {
    return this.text;
  }
}

/** A reference to a step's output, e.g. `createRepo.outputs.repositoryUrl`. */
export class StepOutput extends Expression {
  /**
   * @param producer the step that produces the value
   * @param path the path below the step, e.g. `output.outputVariables.repositoryUrl` or `issue.key`
   */
  constructor(
    public readonly producer: OutputProducer,
    public readonly path: string,
  ) {
    super();
  }

  /** JEXL path without `<+ >`, as IDP workflows read it from `steps.trigger.output[...]`. */
  public jexlPath(): string {
    return `${this.producer.expressionPath()}.${this.path}`;
  }

  /** The last segment of the path (e.g. `repositoryUrl`). */
  public get outputName(): string {
    const parts = this.path.split('.');
    return parts[parts.length - 1];
  }

  public resolve(visitor?: ResolveVisitor): string {
    visitor?.stepOutput?.(this);
    return `<+${this.jexlPath()}>`;
  }
}

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

  public get defaultValue(): string | number | boolean | undefined {
    return this.opts.defaultValue;
  }

  public get allowed(): readonly (string | number | boolean)[] | undefined {
    return this.opts.allowed;
  }

  public get pattern(): string | undefined {
    return this.opts.pattern;
  }

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

/** Reference to a Harness secret; renders `<+secrets.getValue("id")>`. */
export class SecretRef extends Expression {
  /**
   * @param identifier the secret identifier with its scope prefix, e.g. `account.slack_bot_token`,
   *   `org.my_pat` or a project-level `my_pat`.
   */
  public static fromIdentifier(identifier: string): SecretRef {
    return new SecretRef(identifier);
  }

  private constructor(public readonly identifier: string) {
    super();
    if (typeof identifier !== 'string' || !SECRET_IDENTIFIER_PATTERN.test(identifier.replace(/^(account|org)\./, ''))) {
      throw new Error(
        `SecretRef: '${identifier}' is not a secret identifier. Fix: pass the secret's identifier with its scope, e.g. 'account.slack_bot_token'`,
      );
    }
  }

  public resolve(): string {
    return `<+secrets.getValue("${this.identifier}")>`;
  }
}

/** Factories and built-ins for Harness expressions. */
export class Expr {
  /** Verbatim Harness expression text, e.g. `<+pipeline.sequenceId>`. */
  public static raw(text: string): Expression {
    return new RawExpression(text);
  }

  /** `<+pipeline.triggeredBy.email>`: e-mail of the user who ran the pipeline. */
  public static readonly TRIGGERED_BY_EMAIL: Expression = new RawExpression('<+pipeline.triggeredBy.email>');
  /** `<+pipeline.triggeredBy.name>`. */
  public static readonly TRIGGERED_BY_NAME: Expression = new RawExpression('<+pipeline.triggeredBy.name>');
  /** `<+pipeline.executionId>`. */
  public static readonly EXECUTION_ID: Expression = new RawExpression('<+pipeline.executionId>');
  /** `<+pipeline.executionUrl>`. */
  public static readonly EXECUTION_URL: Expression = new RawExpression('<+pipeline.executionUrl>');
  /** `<+pipeline.startTs>`: start time of the execution (epoch millis). */
  public static readonly PIPELINE_START_TS: Expression = new RawExpression('<+pipeline.startTs>');
  /** `<+account.identifier>`. */
  public static readonly ACCOUNT_ID: Expression = new RawExpression('<+account.identifier>');
  /** `<+org.identifier>`. */
  public static readonly ORG_ID: Expression = new RawExpression('<+org.identifier>');
  /** `<+project.identifier>`. */
  public static readonly PROJECT_ID: Expression = new RawExpression('<+project.identifier>');

  /** A JEXL equality condition, e.g. `<+pipeline.variables.action> == "enable"`. */
  public static equals(left: Expression, value: string | number | boolean): string {
    return `${left} == ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
  }

  /** A JEXL inequality condition. */
  public static notEquals(left: Expression, value: string | number | boolean): string {
    return `${left} != ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
  }
}

/** The parts of a value: the expression itself, or a string's literal fragments and embedded expressions. */
function partsOf(value: string | Expression): (string | Expression)[] {
  return value instanceof Expression ? [value] : splitExpressions(value);
}

/**
 * True if `value` renders a secret's value (`<+secrets.getValue(...)>`): a {@link SecretRef}, such text, or a
 * string built from either.
 */
export function readsSecretValue(value: string | Expression): boolean {
  return partsOf(value).some(
    (part) =>
      part instanceof SecretRef ||
      (typeof part === 'string' && part.includes('<+secrets.getValue(')) ||
      (part instanceof RawExpression && part.text.includes('<+secrets.getValue(')),
  );
}

/**
 * True if `value` holds an execution-time input (`<+input>.executionInput()`): such text, a
 * {@link RuntimeInput} made with `asExecutionInput()`, or a string built from either.
 */
export function usesExecutionInput(value: string | Expression): boolean {
  const pattern = /\.executionInput\(\)/;
  return partsOf(value).some(
    (part) =>
      (typeof part === 'string' && pattern.test(part)) ||
      (part instanceof RuntimeInput && part.isExecutionInput) ||
      (part instanceof RawExpression && pattern.test(part.text)),
  );
}
