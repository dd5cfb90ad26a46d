import { collectingProblems, type ValidationProblem } from '../core/errors';
import { Expression, type ResolveContext, type StepOutput } from '../core/expression';
import { resolveValue } from '../core/resolve';
import type { RenderContext } from '../core/render-context';
import type { Stage } from './stage';
import { Step } from './step';
import type { PipelineVariable } from './variable';
import { referencedVariableNames, variableCycleProblems } from './variable-references';

/** What the reference checks need of a pipeline. */
export interface ReferenceOwner {
  describe(): string;
  readonly variables: readonly PipelineVariable[];
  readonly stages: readonly Stage[];
  allSteps(): Step[];
}

/**
 * The reference rules of a pipeline (docs/rules.md#pipeline-variable-referenced-declared, #step-output-runs-before, ...):
 * every `<+pipeline.variables.x>` it renders (a variable object, or text written by hand, `Expr.raw(...)` included)
 * names a declared variable, no variable depends on itself, and every step output is read after its step ran. Each
 * problem names the field that holds the reference (e.g. `spec.command`).
 * @param resolver a resolve context of the pipeline with the given callbacks
 */
export function referenceProblems(
  owner: ReferenceOwner,
  ctx: RenderContext,
  resolver: (callbacks: Pick<ResolveContext, 'variable' | 'stepOutput' | 'text'>) => ResolveContext,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const declared = owner.variables.map((v) => v.name);
  const steps = new Set<Step>(owner.allSteps());
  const reads = new Map<string, Set<string>>();
  let consumer: { readonly path: string; readonly node?: Step | Stage; readonly variable?: string } = { path: '' };
  let field = '';
  const read = (name: string): void => {
    if (consumer.variable !== undefined) reads.get(consumer.variable)?.add(name);
    if (declared.includes(name)) return;
    problems.push({
      path: consumer.path,
      field,
      problem: `references <+pipeline.variables.${name}>, which ${owner.describe()} does not declare`,
      fix: 'declare the variable with pipeline.addVariable(), or pass a variable of this pipeline',
    });
  };
  const resolve = resolver({
    variable: (name) => read(name),
    text: (literal) => referencedVariableNames(literal, declared).forEach(read),
    // A variable's value may read a step output: it is read where the variable is used.
    stepOutput: (ref: StepOutput) => {
      if (consumer.node !== undefined) problems.push(...stepOutputProblems(owner, consumer.node, field, ref, steps));
    },
  });
  const check = (next: typeof consumer, tree: unknown): void => {
    consumer = next;
    eachLeaf(tree, '', (at, leaf) => {
      field = at;
      collectingProblems(problems, next.path, () => resolveValue(leaf, resolve));
    });
  };
  for (const v of owner.variables) {
    reads.set(v.name, new Set());
    check({ path: `${owner.describe()} > variable '${v.name}'`, variable: v.name }, { value: v.value });
  }
  for (const stage of owner.stages) {
    const { spec, ...rest } = (stage.toObject(ctx, false) as { stage: Record<string, unknown> }).stage;
    const { execution: _execution, ...specRest } = (spec ?? {}) as Record<string, unknown>;
    check({ path: stage.describe(), node: stage }, { ...rest, spec: specRest });
    for (const step of stage.allSteps()) check({ path: step.describe(), node: step }, (step.toObject(ctx) as { step: unknown }).step);
  }
  problems.push(...variableCycleProblems(owner.describe(), reads));
  return problems;
}

/** Calls `fn` with each string or expression of a tree and its field path (`spec.command`, `spec.headers[0].value`). */
function eachLeaf(value: unknown, at: string, fn: (at: string, leaf: unknown) => void): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object' || value instanceof Expression) {
    fn(at, value);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => eachLeaf(v, `${at}[${i}]`, fn));
  } else {
    for (const [k, v] of Object.entries(value)) eachLeaf(v, at === '' ? k : `${at}.${k}`, fn);
  }
}

/** The rules of a step output read by `consumer` in `field` (docs/rules.md#step-output-same-pipeline, ...). */
function stepOutputProblems(
  owner: ReferenceOwner,
  consumer: Step | Stage,
  field: string,
  ref: StepOutput,
  steps: ReadonlySet<Step>,
): ValidationProblem[] {
  const producer = ref.producer;
  const label = producer.identifier !== undefined ? `step '${producer.identifier}'` : producer.describe();
  const at = (problem: string, fix: string): ValidationProblem[] => [{ path: consumer.describe(), field, problem, fix }];
  if (!(producer instanceof Step) || !steps.has(producer)) {
    return at(
      `references output '${ref.path}' of ${label}, which is not part of ${owner.describe()}`,
      `add ${label} to a stage of this pipeline, or reference a step that is in it`,
    );
  }
  if (producer === consumer) {
    return at(
      `reads output '${ref.path}' of the step itself; a step's outputs exist only after it has run`,
      'read the output in a later step, or compute the value inside this step (e.g. a shell variable)',
    );
  }
  // A stage-level field (e.g. the stage `when`) is evaluated before the stage's steps run: the producer must be
  // in an earlier stage. `ownerPosition()` is the position of the stage's step list.
  const consumerPosition = consumer instanceof Step ? consumer.position() : consumer.ownerPosition();
  if (runsBefore(producer.position(), consumerPosition)) return [];
  if (!(consumer instanceof Step) && producer.position().slice(0, consumerPosition.length).join() === consumerPosition.join()) {
    return at(
      `references output '${ref.path}' of ${label}, a step of this stage, but stage fields are evaluated before the stage's steps run`,
      `read the output in a step of this stage, or move ${label} into an earlier stage`,
    );
  }
  return at(
    `references output '${ref.path}' of ${label}, which does not run before it (${producer.describe()})`,
    `move ${label} before '${consumer.identifier}', outside any parallel block they share`,
  );
}

/** True if a step at `a` finishes before a step at `b` starts (parallel lanes are concurrent). */
export function runsBefore(a: readonly (number | string)[], b: readonly (number | string)[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'string' || typeof b[i] === 'string') return false;
    return (a[i] as number) < (b[i] as number);
  }
  return false;
}
