import { fail } from '../../core/errors';
import { Expression, type ExpressionKinds, type ResolveContext } from '../../core/expression';
import { encodeMarker, type ExpressionPayload, scanMarkers } from '../../core/expression-marker';
import { decodeExpression, resolveString } from '../../core/resolve';

/**
 * When a Harness expression inside a {@link CreateResourceModule} resolves.
 *
 * The module's HCL travels as the `resourceDefinition` of the onboarding pipeline's CreateResource step, and
 * Harness resolves every `<+...>` expression in a pipeline when the pipeline runs, in any field (see
 * `docs/create-resource.md` for the sources). So an expression in the HCL is resolved by the *onboarding*
 * run unless the module hides it. The module therefore treats the two kinds explicitly:
 *
 * - {@link OnboardingValue}: resolved by the onboarding run, before OpenTofu runs. OpenTofu (and the created
 *   resource) get the value, e.g. the new service's name for the created pipeline's identifier.
 * - Everything else is literal text of the created resources, including every `<+...>` that a created
 *   pipeline's model renders (its variables, `<+input>`, secrets, step outputs). The module writes `<+` as
 *   `<${"+"}` in the HCL: Harness sees no expression there, and OpenTofu's template evaluation turns it back
 *   into `<+`, so the created pipeline keeps the expression for its own runs. {@link Deferred} marks an
 *   {@link Expression} object placed in a resource attribute as such literal text.
 */

/** The rendering mode of a Create Resource module: onboarding values render as placeholders (their markers). */
export const CREATE_RESOURCE_MODULE_MODE = 'create-resource-module';

/**
 * A value the onboarding pipeline resolves when it runs: Harness substitutes the expression into the HCL
 * before OpenTofu applies it. Use it for what differs per onboarding run (the new service's name, its org and
 * project, outputs of earlier onboarding steps), in resource attributes and inside a created pipeline's model:
 *
 * ```ts
 * const service = OnboardingValue.of(projectName); // projectName: a variable of the onboarding pipeline
 * new CreatedPipeline(module, 'ci', { pipeline: ci, identifier: `${service}_ci`, name: `${service} CI`, ... });
 * ```
 *
 * Harness inserts the value as text into an HCL string, so it must not contain `"`, `\`, `${`, `%{` or line
 * breaks (identifiers and names never do); inside a created pipeline's YAML it lands as a plain scalar.
 */
export class OnboardingValue extends Expression {
  /** Marks `expression` (of the onboarding pipeline) to be resolved by the onboarding run. */
  public static of(expression: Expression): OnboardingValue {
    if (!(expression instanceof Expression)) {
      fail(
        'OnboardingValue.of',
        'expression',
        'expected an Expression of the onboarding pipeline (a PipelineVariable, a step output, ...)',
        "pass e.g. onboarding.variable('project_name')",
      );
    }
    if (expression instanceof OnboardingValue) return expression;
    if (expression instanceof DeferredExpression) {
      fail(
        'OnboardingValue.of',
        'expression',
        'the expression is marked Deferred (kept for the created resources)',
        'pass the expression itself',
      );
    }
    return new OnboardingValue(expression);
  }

  /** @param expression the expression the onboarding run resolves */
  private constructor(public readonly expression: Expression) {
    super();
  }

  /**
   * While a Create Resource module renders: a placeholder (its payload, parked) that the module swaps for the expression
   * after it has protected the created resources' own expressions (so no reference is reported to the created
   * pipeline's checks). Elsewhere (e.g. `renderYaml()` for display): the expression text, `<+pipeline.variables.x>`.
   */
  public resolve(ctx?: ResolveContext): string {
    if (ctx?.mode === CREATE_RESOURCE_MODULE_MODE) return encodeMarker(this.toPayload(), 'px');
    // The value belongs to the onboarding pipeline: resolving it reports nothing to the document being rendered.
    const own = { kinds: ctx?.kinds };
    return resolveString(this.expression.resolve(own), own);
  }

  /** @internal What the marker of this expression carries. */
  protected toPayload(): ExpressionPayload {
    return { k: 'w', tag: 'onb', r: false, e: Expression.payloadOf(this.expression) };
  }
}

/**
 * An expression kept as literal text for the created resources, never resolved by the onboarding run.
 * Text written into a module (and everything a created pipeline's model renders) is literal already; this
 * marks an {@link Expression} object that is placed directly in a resource attribute, e.g.
 * `` yaml: `tag: ${Deferred.expression(RuntimeInput.create())}` `` in a created service's YAML.
 */
export class Deferred {
  /** Marks `expression` as text for the created resource. */
  public static expression(expression: Expression): Expression {
    if (expression instanceof OnboardingValue) {
      fail(
        'Deferred.expression',
        'expression',
        'the expression is an OnboardingValue (resolved by the onboarding run)',
        'pass the expression itself',
      );
    }
    return expression instanceof DeferredExpression ? expression : new DeferredExpression(expression);
  }
}

/** See {@link Deferred.expression}. */
export class DeferredExpression extends Expression {
  constructor(public readonly expression: Expression) {
    super();
  }

  /** The expression's own text; references still count for the created pipeline's checks. */
  public resolve(ctx?: ResolveContext): string {
    return this.expression.resolve(ctx);
  }

  /** @internal What the marker of this expression carries. */
  protected toPayload(): ExpressionPayload {
    return { k: 'w', tag: 'def', r: true, e: Expression.payloadOf(this.expression) };
  }
}

/** Decoders of the construct layer's expression kinds (onboarding values and deferred expressions read from strings). */
export const CONSTRUCT_KINDS: ExpressionKinds = Object.freeze({
  onb: (payload: ExpressionPayload, decode: (nested: ExpressionPayload) => Expression) =>
    OnboardingValue.of(decode(payload.e as ExpressionPayload)),
  def: (payload: ExpressionPayload, decode: (nested: ExpressionPayload) => Expression) =>
    Deferred.expression(decode(payload.e as ExpressionPayload)),
});

/**
 * Replaces each {@link OnboardingValue} placeholder (its marker) in `text` with `replace(value)`; other text and
 * markers stay as they are.
 */
export function replaceOnboardingPlaceholders(text: string, replace: (value: OnboardingValue) => string): string {
  return scanMarkers(text, 'px')
    .map((part) => {
      if (typeof part === 'string') return part;
      if (part.k !== 'w' || part.tag !== 'onb') return encodeMarker(part, 'px');
      return replace(decodeExpression(part, { kinds: CONSTRUCT_KINDS }) as OnboardingValue);
    })
    .join('');
}
