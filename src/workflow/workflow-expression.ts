import { describeValue } from '../core/arguments';

import { fail, ValidationError, type ValidationProblem } from '../core/errors';
import { Expression, type ExpressionKinds, type ResolveContext, type StepOutput } from '../core/expression';
import { containsMarker, type ExpressionPayload } from '../core/expression-marker';
import { resolveValue } from '../core/resolve';

/**
 * Nunjucks text (`${{ ... }}`) that IDP evaluates when the workflow runs. Like every {@link Expression} it
 * can be embedded in a template literal: `` `Created ${input.parameter}` ``.
 */
export class WorkflowExpression extends Expression {
  /** @param text the workflow expression text, e.g. `${{ parameters.name }}` */
  constructor(public readonly text: string) {
    super();
  }

  public resolve(): string {
    return this.text;
  }
}

/** What {@link WorkflowExpr} reads of a form field (every `WorkflowParameter` has it). */
export interface ParameterReference {
  /** The property key. */
  readonly id: string;
  /** The field's schema: whether it is a Secret field, and its `${{ parameters.<id> }}` text. */
  readonly schema: {
    readonly isSecret: boolean;
    parameterText(): string;
    /** `parameters.<path>` (below its object fields) or `secrets.<id>`. @default - from the id */
    reference?(): string;
  };
}

/** Nunjucks conditions and references for steps, `if` and output. */
export class WorkflowExpr {
  /** `${{ parameters.<id> }}` (`${{ secrets.<id> }}` for a Secret field). */
  public static parameter(field: ParameterReference): Expression {
    return new WorkflowExpression(checkField(field, 'parameter').schema.parameterText());
  }

  /** `${{ parameters.<id> == 'value' }}`, e.g. for a step's `if`. */
  public static equals(field: ParameterReference, value: string | number | boolean): Expression {
    return new WorkflowExpression(`\${{ ${reference(checkField(field, 'equals'))} == ${literal(value)} }}`);
  }

  /** `${{ parameters.<id> != 'value' }}`. */
  public static notEquals(field: ParameterReference, value: string | number | boolean): Expression {
    return new WorkflowExpression(`\${{ ${reference(checkField(field, 'notEquals'))} != ${literal(value)} }}`);
  }
}

function reference(field: ParameterReference): string {
  return field.schema.reference?.() ?? `${field.schema.isSecret ? 'secrets' : 'parameters'}.${field.id}`;
}

function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value);
}

/**
 * A pipeline step output read back from the trigger step (`showOutputVariables`), e.g.
 * `${{ steps.trigger.output['pipeline.stages.s.spec.execution.steps.x.output.outputVariables.url'] }}`.
 * Resolving it reports the underlying {@link StepOutput}, so the workflow knows to set `showOutputVariables`
 * and can check the producer against the pipeline.
 */
export class TriggerOutputExpression extends Expression {
  /**
   * @param stepId id of the trigger step in the workflow
   * @param ref the pipeline step output
   * @param form `fqn` reads `output['<jexl path>']`; `short` reads `output.<name>` (the name must be unique in the pipeline)
   */
  constructor(
    public readonly stepId: string,
    public readonly ref: StepOutput,
    public readonly form: 'fqn' | 'short',
  ) {
    super();
  }

  /** @internal What the marker of this expression carries. */
  protected toPayload(): ExpressionPayload {
    return { k: 'to', s: this.stepId, r: Expression.payloadOf(this.ref), f: this.form };
  }

  public resolve(visitor?: ResolveContext): string {
    visitor?.stepOutput?.(this.ref);
    return triggerOutputText(this.stepId, this.ref, this.form);
  }
}

/** The Nunjucks text that reads a pipeline step output from a trigger step. */
export function triggerOutputText(stepId: string, ref: StepOutput, form: 'fqn' | 'short'): string {
  return form === 'short' ? `\${{ steps.${stepId}.output.${ref.outputName} }}` : `\${{ steps.${stepId}.output['${ref.jexlPath()}'] }}`;
}

/** Path of user-defined output variables below a step (docs/rules.md#workflow-outputs-user-defined). */
export const USER_OUTPUT_PREFIX = 'output.outputVariables.';

/** Decoders of the workflow layer's expression kinds (a trigger output read from a string). */
export const WORKFLOW_KINDS: ExpressionKinds = Object.freeze({
  to: (payload: ExpressionPayload, decode: (nested: ExpressionPayload) => Expression) =>
    new TriggerOutputExpression(
      String(payload.s),
      decode(payload.r as ExpressionPayload) as StepOutput,
      payload.f === 'short' ? 'short' : 'fqn',
    ),
});

/** What the workflow resolver needs to know about its own workflow. */
export interface WorkflowResolveContext {
  /** Human-readable location of the workflow for messages. */
  readonly path: string;
  /** Id of the trigger step; bare {@link StepOutput}s become `${{ steps.<id>.output[...] }}`. */
  readonly triggerId: string;
  /**
   * Nunjucks text for a pipeline variable used in the workflow (a workflow input → `${{ parameters.<id> }}`),
   * or `undefined` if the variable is not an input of this workflow.
   */
  parameterText(variable: Expression, name: string): string | undefined;
  /** A resolve context for the given callbacks: the workflow's expression kinds, its pipeline's steps. */
  resolver(callbacks: Pick<ResolveContext, 'stepOutput' | 'variable'>): ResolveContext;
}

/** Result of {@link resolveWorkflowValue}. */
export interface WorkflowResolution {
  /** The value with every expression resolved to workflow (Nunjucks) text. */
  readonly value: unknown;
  /** Pipeline step outputs the value reads (from bare StepOutputs and {@link TriggerOutputExpression}s). */
  readonly stepOutputs: readonly StepOutput[];
  /** Problems found (Harness `<+...>` text that a workflow cannot evaluate, foreign variables). */
  readonly problems: readonly ValidationProblem[];
}

/**
 * Resolves a value tree for a workflow document. Pipeline-side expressions are translated: a
 * {@link StepOutput} becomes a trigger output read, a workflow input (a pipeline variable) becomes
 * `${{ parameters.<id> }}`. Any other Harness expression (`<+...>`) is reported: IDP does not evaluate it.
 * @param field dotted path of `value` inside the document, for messages
 */
export function resolveWorkflowValue(value: unknown, field: string, ctx: WorkflowResolveContext): WorkflowResolution {
  const stepOutputs: StepOutput[] = [];
  const problems: ValidationProblem[] = [];
  const walk = (v: unknown, at: string): unknown => {
    if (v === undefined) return undefined;
    if (v instanceof Expression || typeof v === 'string') return resolveLeaf(v, at, ctx, { stepOutputs, problems });
    if (Array.isArray(v)) return v.filter((x) => x !== undefined).map((x, i) => walk(x, `${at}[${i}]`));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (x === undefined) continue;
        out[k] = walk(x, at ? `${at}.${k}` : k);
      }
      return out;
    }
    return v;
  };
  const resolved = walk(value, field);
  return { value: resolved, stepOutputs, problems };
}

/** One string or expression of the document, with the pipeline-side expressions it reads translated for the workflow. */
function resolveLeaf(
  leaf: Expression | string,
  at: string,
  ctx: WorkflowResolveContext,
  found: { stepOutputs: StepOutput[]; problems: ValidationProblem[] },
): string {
  const { stepOutputs, problems } = found;
  const refs: StepOutput[] = [];
  const vars: Array<{ name: string; ref: Expression }> = [];
  let text: string;
  try {
    // Text that embeds no expression resolves to itself and reads nothing.
    text =
      typeof leaf === 'string' && !containsMarker(leaf)
        ? leaf
        : (resolveValue(
            leaf,
            ctx.resolver({
              stepOutput: (r) => refs.push(r),
              variable: (name, ref) => vars.push({ name, ref }),
            }),
          ) as string);
  } catch (e) {
    // e.g. a StepOutput of a step that is not in a stage yet: report it where it is used
    if (!(e instanceof ValidationError)) throw e;
    problems.push({ path: ctx.path, field: at, problem: `${e.path}: ${e.problem}`, fix: e.fix });
    return '';
  }
  for (const r of refs) {
    stepOutputs.push(r);
    text = text.split(`<+${r.jexlPath()}>`).join(triggerOutputText(ctx.triggerId, r, 'fqn'));
  }
  let reported = false;
  for (const { name, ref } of vars) {
    const replacement = ctx.parameterText(ref, name);
    if (replacement === undefined) {
      reported = true;
      problems.push({
        path: ctx.path,
        field: at,
        problem: `uses pipeline variable '${name}', which is not an input of this workflow`,
        fix: "pass a WorkflowInput that is on a page of this workflow, or a FormField's parameter",
      });
      continue;
    }
    text = text.split(`<+pipeline.variables.${name}>`).join(replacement);
  }
  const harness = text.match(/<\+[^>]*>?/);
  if (harness && !reported) {
    problems.push({
      path: ctx.path,
      field: at,
      problem: `contains the Harness expression '${harness[0]}', which IDP workflows do not evaluate`,
      fix: 'read pipeline values through a StepOutput (shown via the trigger step) or use a workflow parameter',
    });
  }
  return text;
}

/** A `${{ ... }}` block found in a string, with the parameters, secrets and steps it reads. */
export interface NunjucksReferences {
  /** Parameter ids read (`parameters.x`, `parameters['x']`). */
  readonly parameters: readonly string[];
  /** Secret ids read (`secrets.x`). */
  readonly secrets: readonly string[];
  /** Step ids read (`steps.x`). */
  readonly steps: readonly string[];
  /** The full text of each `${{ ... }}` block. */
  readonly blocks: readonly string[];
}

/** Lists what the `${{ ... }}` blocks of a string read (`parameters.x`, `parameters['x']`, `secrets.x`, `steps.x`). */
export function nunjucksReferences(text: string): NunjucksReferences {
  const parameters: string[] = [];
  const secrets: string[] = [];
  const steps: string[] = [];
  const blocks: string[] = [];
  for (const m of text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    blocks.push(m[0]);
    const { body, literals } = stripStringLiterals(m[1]);
    collect(body, literals, 'parameters', parameters);
    collect(body, literals, 'secrets', secrets);
    collect(body, literals, 'steps', steps);
  }
  return { parameters, secrets, steps, blocks };
}

function collect(body: string, literals: readonly string[], root: string, into: string[]): void {
  const dotted = new RegExp(`(?<![\\w.$])${root}\\.([A-Za-z_$][\\w$]*)`, 'g');
  const indexed = new RegExp(`(?<![\\w.$])${root}\\[\\s*\\u0000(\\d+)\\u0000\\s*\\]`, 'g');
  for (const m of body.matchAll(dotted)) into.push(m[1]);
  for (const m of body.matchAll(indexed)) into.push(literals[Number(m[1])]);
}

/**
 * Replaces quoted string literals by `\0<n>\0` placeholders so that text inside quotes (such as
 * `output['pipeline.stages...']`) is not taken for a reference; `parameters['x']` is still recognised.
 */
function stripStringLiterals(text: string): { body: string; literals: string[] } {
  const literals: string[] = [];
  const body = text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, (lit) => {
    literals.push(lit.slice(1, -1));
    return `\u0000${literals.length - 1}\u0000`;
  });
  return { body, literals };
}

/** The field a WorkflowExpr factory reads: a form field or workflow input (JavaScript callers). */
function checkField(field: ParameterReference, factory: string): ParameterReference {
  const schema = (field as { schema?: { parameterText?: unknown } } | null | undefined)?.schema;
  if (typeof schema?.parameterText !== 'function') {
    fail(
      `WorkflowExpr.${factory}`,
      'field',
      `expects a WorkflowInput or FormField, got ${describeValue(field)}`,
      "pass the field object, e.g. WorkflowInput.string('env', {...})",
    );
  }
  return field;
}
