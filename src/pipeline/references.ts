import { collectingProblems, type ValidationProblem } from '../core/errors';
import { Expression, type ResolveContext, type StepOutput } from '../core/expression';
import type { RenderContext } from '../core/render-context';
import { containsMarker } from '../core/expression-marker';
import { resolveValue } from '../core/resolve';
import { runsBefore } from './run-order';
import type { Stage } from './stage';
import type { StageVariableCheck } from './stage-variable-scope';
import { Step } from './step';
import type { PipelineVariable } from './variable';
import { referencedStageVariables, referencedVariableNames, stageVariableTextProblem, variableCycleProblems } from './variable-references';

/** What the reference checks need of a pipeline. */
export interface ReferenceOwner {
  describe(): string;
  readonly variables: readonly PipelineVariable[];
  readonly stages: readonly Stage[];
}

/** A resolve context of the pipeline with the given callbacks (and stage variable checks, for a step or stage). */
export type ReferenceResolver = (
  check: StageVariableCheck | undefined,
  callbacks: Pick<ResolveContext, 'variable' | 'stepOutput' | 'text'>,
) => ResolveContext;

/** Who reads: a step or a stage (its own fields), with its stage, or a pipeline variable (its value). */
interface Consumer {
  readonly path: string;
  readonly node?: Step | Stage;
  readonly stage?: Stage;
  readonly variable?: string;
}

/**
 * The reference rules of a pipeline (docs/rules.md#pipeline-variable-referenced-declared, #step-output-runs-before, ...):
 * every `<+pipeline.variables.x>` and `<+stage.variables.x>` it renders (a variable object, or text written by hand,
 * `Expr.raw(...)` included) names a declared variable, no variable depends on itself, and every step output is read
 * after its step ran. Each problem names the field that holds the reference (e.g. `spec.command`).
 */
export function referenceProblems(owner: ReferenceOwner, ctx: RenderContext, resolver: ReferenceResolver): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const declared = owner.variables.map((v) => v.name);
  const steps = new Set<Step>(owner.stages.flatMap((s) => s.allSteps()));
  const reads = new Map<string, Set<string>>(owner.variables.map((v) => [v.name, new Set<string>()]));
  const check = (consumer: Consumer, tree: unknown): void => {
    let field = '';
    const read = (name: string): void => {
      if (consumer.variable !== undefined) reads.get(consumer.variable)?.add(name);
      if (!declared.includes(name)) problems.push(undeclared(owner, consumer.path, field, name));
    };
    const stageCheck = consumer.stage && {
      consumer: { describe: () => consumer.path },
      stage: consumer.stage,
      problems,
      field: () => field,
    };
    const resolve = resolver(stageCheck, {
      variable: read,
      text: (literal) => {
        referencedVariableNames(literal, declared).forEach(read);
        if (consumer.stage === undefined) return;
        for (const ref of referencedStageVariables(literal)) {
          const problem = stageVariableTextProblem(owner, consumer.stage, ref);
          if (problem) problems.push({ path: consumer.path, field, ...problem });
        }
      },
      // A variable's value may read a step output: it is read where the variable is used.
      stepOutput: (ref: StepOutput) => {
        if (consumer.node !== undefined) problems.push(...stepOutputProblems(owner, consumer.node, field, ref, steps));
      },
    });
    eachLeaf(tree, '', (at, leaf) => {
      if (typeof leaf === 'string' && !mayReference(leaf)) return;
      field = at;
      collectingProblems(problems, consumer.path, () => resolveValue(leaf, resolve));
    });
  };
  for (const v of owner.variables) check({ path: `${owner.describe()} > variable '${v.name}'`, variable: v.name }, { value: v.value });
  for (const stage of owner.stages) {
    const { spec, ...rest } = (stage.toObject(ctx, false) as { stage: Record<string, unknown> }).stage;
    const { execution: _execution, ...specRest } = (spec ?? {}) as Record<string, unknown>;
    check({ path: stage.describe(), node: stage, stage }, { ...rest, spec: specRest });
    for (const step of stage.allSteps()) check({ path: step.describe(), node: step, stage }, step.sharedNode(ctx).step);
  }
  problems.push(...variableCycleProblems(owner.describe(), reads));
  return problems;
}

/** Whether text may read a variable or a step output: it embeds an expression, or names `.variables.` by hand. */
function mayReference(text: string): boolean {
  return containsMarker(text) || text.includes('.variables.');
}

function undeclared(owner: ReferenceOwner, path: string, field: string, name: string): ValidationProblem {
  return {
    path,
    field,
    problem: `references <+pipeline.variables.${name}>, which ${owner.describe()} does not declare`,
    fix: 'declare the variable with pipeline.addVariable(), or pass a variable of this pipeline',
  };
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
