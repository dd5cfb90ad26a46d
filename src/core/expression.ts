import { containsMarker, type ExpressionPayload, encodeMarker } from './expression-marker';

/**
 * Decodes an expression kind that the kernel does not define (the workflow and construct layers add theirs).
 * @param decode decodes a nested payload with the same context
 */
export type ExpressionDecoder = (payload: ExpressionPayload, decode: (nested: ExpressionPayload) => Expression) => Expression;

/** Decoders by payload kind, passed down in a {@link ResolveContext}. */
export type ExpressionKinds = Readonly<Record<string, ExpressionDecoder>>;

/** What a render hands to each expression it resolves: callbacks that collect references, and lookups. */
export interface ResolveContext {
  /** A step output was referenced. */
  stepOutput?(ref: StepOutput): void;
  /** A pipeline variable was referenced (`<+pipeline.variables.name>`). */
  variable?(name: string, ref: Expression): void;
  /**
   * @internal
   * Literal text met while resolving: each fragment of a string as it was written and the text of a raw expression
   * (`Expr.raw(...)`), never the text an expression object renders. Lets a check read references written as text.
   */
  text?(literal: string): void;
  /**
   * @internal
   * The producer (a step) with this id, for a step output read from a string: the document being rendered knows its
   * own steps.
   * @default - none: such outputs resolve against a stand-in that names the step
   */
  producer?(id: string): OutputProducer | undefined;
  /** @internal Decoders of the expression kinds other layers define. @default - the kernel's kinds only */
  readonly kinds?: ExpressionKinds;
  /**
   * @internal
   * A rendering mode expressions may react to, e.g. `create-resource-module` while a Create Resource module renders.
   * @default - none
   */
  readonly mode?: string;
}

/**
 * A value that renders to Harness (or workflow) expression text. Pass it where a field takes a string, or embed it
 * in a template literal: `toString()` returns a marker that describes the expression (see `expression-marker.ts`),
 * which the renderer turns back into the expression. A subclass implements {@link resolve}.
 */
export abstract class Expression {
  private marker?: string;

  /** Resolves the expression to its text (e.g. `<+pipeline.variables.x>`). */
  public abstract resolve(ctx?: ResolveContext): string;

  /**
   * @internal
   * What the marker of this expression carries. The default is the resolved text, fixed when the expression is
   * first embedded in a string; expressions whose text depends on where they are rendered override it.
   */
  protected toPayload(): ExpressionPayload {
    return { k: 't', t: this.resolve() };
  }

  /** @internal The payload of the expression (used by the kernel and by expressions that wrap others). */
  public static payloadOf(expression: Expression): ExpressionPayload {
    return expression.toPayload();
  }

  /**
   * A marker that stands for this expression inside a plain string; the renderer resolves it, so
   * `` `Hello ${variable}` `` works in any string field.
   */
  public toString(): string {
    this.marker ??= encodeMarker(this.toPayload());
    return this.marker;
  }

  /** JSON serialization yields the same marker as `toString()`. */
  public toJSON(): string {
    return this.toString();
  }
}

/** True if a string contains embedded expressions (markers). */
export function containsExpression(text: string): boolean {
  return containsMarker(text);
}

/**
 * True if `value` is plain text: a string with no embedded expression and no `<+...>` Harness expression.
 * Local rules that look at a field's content only apply to plain text; expressions are resolved at run time.
 */
export function isLiteralText(value: unknown): value is string {
  return typeof value === 'string' && !containsExpression(value) && !value.includes('<+');
}

/** Something whose outputs can be referenced: a step placed in a stage. */
export interface OutputProducer {
  /** A random id that expressions embedded in strings use to refer to the producer. */
  readonly producerId: string;
  /** The producer's identifier, for messages (a step's `identifier`). @default - none */
  readonly identifier?: string;
  /** JEXL path of the producer, without `<+ >`, e.g. `pipeline.stages.s.spec.execution.steps.x`. */
  expressionPath(): string;
  /** Human-readable location for messages. */
  describe(): string;
  /** True if the named output variable holds a secret. @default - false */
  isSecretOutput?(name: string): boolean;
}

/** A reference to a producer's output, e.g. `createRepo.outputs.repositoryUrl`. */
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

  /** @internal A step output read from a string: the producer comes from the context, or a stand-in that names it. */
  public static fromPayload(payload: ExpressionPayload, ctx?: ResolveContext): StepOutput {
    const id = String(payload.s);
    const producer = ctx?.producer?.(id) ?? new ProducerStandIn(id, payload);
    return new StepOutput(producer, String(payload.p));
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

  public resolve(ctx?: ResolveContext): string {
    ctx?.stepOutput?.(this);
    return `<+${this.jexlPath()}>`;
  }

  /** @internal What the marker of this expression carries. */
  protected toPayload(): ExpressionPayload {
    const p = this.producer;
    const secret = this.path.startsWith('output.outputVariables.') && p.isSecretOutput?.(this.outputName) === true;
    return { k: 'o', s: p.producerId, i: p.identifier ?? null, l: p.describe(), p: this.path, sec: secret };
  }
}

/**
 * The producer of a step output read from a string when the render does not know it (it is not a step of the
 * document being rendered): it names the step for messages and renders a path that says so.
 */
class ProducerStandIn implements OutputProducer {
  public readonly identifier?: string;
  private readonly label: string;
  private readonly secret: boolean;

  constructor(
    public readonly producerId: string,
    payload: ExpressionPayload,
  ) {
    this.identifier = typeof payload.i === 'string' ? payload.i : undefined;
    this.label = String(payload.l);
    this.secret = payload.sec === true;
  }

  public expressionPath(): string {
    return `unknown.steps.${this.identifier ?? this.producerId}`;
  }

  public describe(): string {
    return this.label;
  }

  public isSecretOutput(): boolean {
    return this.secret;
  }
}
