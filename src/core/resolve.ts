import { fail } from './errors';
import { Expression, type ResolveContext, StepOutput } from './expression';
import { type ExpressionPayload, scanMarkers } from './expression-marker';
import { RawExpression } from './raw-expression';
import { VariableReference } from './variable-reference';

/**
 * The expression a marker payload describes. The kernel knows fixed text (`t`), variable references (`v`), step
 * outputs (`o`) and wrappers (`w`: an expression another layer marks, such as an onboarding value; where that
 * layer's decoder is not in `ctx.kinds` the wrapper is transparent and its expression is decoded); other kinds are
 * decoded by `ctx.kinds`.
 */
export function decodeExpression(payload: ExpressionPayload, ctx?: ResolveContext): Expression {
  switch (payload.k) {
    case 't':
      return new RawExpression(String(payload.t));
    case 'v':
      return VariableReference.fromPayload(payload);
    case 'o':
      return StepOutput.fromPayload(payload, ctx);
    case 'w': {
      const wrapper = ctx?.kinds?.[String(payload.tag)];
      if (wrapper) return wrapper(payload, (nested) => decodeExpression(nested, ctx));
      return new WrappedExpression(payload, decodeExpression(payload.e as ExpressionPayload, ctx), payload.r !== false);
    }
    default: {
      const decoder = ctx?.kinds?.[payload.k];
      if (!decoder) {
        fail(
          'expression',
          'kind',
          `an embedded expression of kind '${payload.k}' cannot be rendered here`,
          'render the document through the construct that owns it (e.g. a Create Resource module or an IDP workflow)',
        );
      }
      return decoder(payload, (nested) => decodeExpression(nested, ctx));
    }
  }
}

/**
 * A wrapper whose layer's decoder is not at hand: it renders its expression; `reports` says whether the references
 * of that expression count for the document being rendered (an onboarding value belongs to another pipeline).
 */
class WrappedExpression extends Expression {
  constructor(
    private readonly payload: ExpressionPayload,
    private readonly expression: Expression,
    private readonly reports: boolean,
  ) {
    super();
  }

  /** @internal What the marker of this expression carries. */
  protected toPayload(): ExpressionPayload {
    return this.payload;
  }

  public resolve(ctx?: ResolveContext): string {
    const own = this.reports ? ctx : { kinds: ctx?.kinds };
    return resolveExpression(this.expression, own);
  }
}

/**
 * Resolves every expression embedded in a string (markers), with the same context. The string's own fragments are
 * literal text (reported to `ctx.text`).
 */
export function resolveString(text: string, ctx?: ResolveContext): string {
  return resolveParts(text, ctx, true);
}

/** Resolves an expression object, and the expressions its text embeds; its text is not literal text. */
export function resolveExpression(expression: Expression, ctx?: ResolveContext): string {
  return resolveParts(expression.resolve(ctx), ctx, false);
}

function resolveParts(text: string, ctx: ResolveContext | undefined, literal: boolean): string {
  return scanMarkers(text)
    .map((part) => {
      if (typeof part !== 'string') return resolveExpression(decodeExpression(part, ctx), ctx);
      if (literal) ctx?.text?.(part);
      return part;
    })
    .join('');
}

/** Deeply resolves expressions in a value tree; `undefined` object fields and array items are dropped. */
export function resolveValue(value: unknown, ctx?: ResolveContext): unknown {
  if (value instanceof Expression) return resolveExpression(value, ctx);
  if (typeof value === 'string') return resolveString(value, ctx);
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map((v) => resolveValue(v, ctx));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      out[k] = resolveValue(v, ctx);
    }
    return out;
  }
  return value;
}

/**
 * Splits a string into its literal fragments and the expressions embedded in it, in order, without resolving
 * anything (empty literal fragments are left out). Lets a step inspect what a field is made of (e.g. "does this
 * header value reference a secret?") before the step has a place in a pipeline. A step output decoded here names
 * its step but does not know the step's place.
 * @param kinds decoders of expression kinds other layers define
 */
export function splitExpressions(text: string, kinds?: ResolveContext['kinds']): (string | Expression)[] {
  return scanMarkers(text).map((part) => (typeof part === 'string' ? part : decodeExpression(part, { kinds })));
}
