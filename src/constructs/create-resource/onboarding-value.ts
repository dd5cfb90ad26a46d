import { Expression, type ResolveVisitor } from '../../core/expression';

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

const PLACEHOLDER_OPEN = '\u27E6onb:';
const PLACEHOLDER_CLOSE = '\u27E7';
const PLACEHOLDER_PATTERN = /\u27E6onb:(\d+)\u27E7/g;
const registry = new Map<number, OnboardingValue>();
let renderDepth = 0;

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
      throw new Error(
        "OnboardingValue.of: expected an Expression of the onboarding pipeline (a PipelineVariable, a step output, ...). Fix: pass e.g. onboarding.variable('project_name')",
      );
    }
    if (expression instanceof OnboardingValue) return expression;
    if (expression instanceof DeferredExpression) {
      throw new Error(
        'OnboardingValue.of: the expression is marked Deferred (kept for the created resources). Fix: pass the expression itself',
      );
    }
    return new OnboardingValue(expression);
  }

  private readonly id: number;

  private constructor(public readonly expression: Expression) {
    super();
    this.id = registry.size;
    registry.set(this.id, this);
  }

  /**
   * Inside a module render: a placeholder that the module swaps for the expression after it has protected
   * the created resources' own expressions (so no reference is reported to the created pipeline's checks).
   * Elsewhere (e.g. `renderYaml()` for display): the expression text, `<+pipeline.variables.x>`.
   */
  public resolve(): string {
    if (renderDepth > 0) return `${PLACEHOLDER_OPEN}${this.id}${PLACEHOLDER_CLOSE}`;
    return this.expression.resolve();
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
      throw new Error(
        'Deferred.expression: the expression is an OnboardingValue (resolved by the onboarding run). Fix: pass the expression itself',
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
  public resolve(visitor?: ResolveVisitor): string {
    return this.expression.resolve(visitor);
  }
}

/** Runs `render` with {@link OnboardingValue}s rendering as placeholders. */
export function renderingModule<T>(render: () => T): T {
  renderDepth += 1;
  try {
    return render();
  } finally {
    renderDepth -= 1;
  }
}

/**
 * Replaces each {@link OnboardingValue} placeholder in `text` with `replace(value)`.
 */
export function replaceOnboardingPlaceholders(text: string, replace: (value: OnboardingValue) => string): string {
  return text.replace(PLACEHOLDER_PATTERN, (_m, id: string) => {
    const value = registry.get(Number(id));
    if (!value) throw new Error(`Unknown onboarding placeholder ${id}: the text was built in another process`);
    return replace(value);
  });
}
