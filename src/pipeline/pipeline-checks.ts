import { collectingProblems, dedupeProblems, type ValidationProblem } from '../core/errors';
import type { ResolveContext, StepOutput } from '../core/expression';
import type { RenderContext } from '../core/render-context';
import { resolveValue } from '../core/resolve';
import { barrierRefProblems, type FlowControl } from './flow-control';
import type { Stage } from './stage';
import type { StageVariableCheck } from './stage-variable-scope';
import { MAX_PIPELINE_YAML_BYTES } from './pipeline-props';
import { runsBefore } from './run-order';
import { Step } from './step';
import type { PipelineVariable } from './variable';

/** What the cross-object checks read of a pipeline. */
export interface CheckedPipeline {
  describe(): string;
  readonly stages: readonly Stage[];
  readonly variables: readonly PipelineVariable[];
  /** True if the pipeline declares `properties.ci.codebase`. */
  readonly hasCodebase: boolean;
  readonly flowControl?: FlowControl;
}

/** A resolve context of the pipeline with the given reference callbacks (and stage variable checks). */
export type PipelineResolver = (
  check: StageVariableCheck,
  callbacks: Omit<ResolveContext, 'kinds' | 'mode' | 'producer'>,
) => ResolveContext;

/**
 * The pipeline's cross-object problems: empty stages, references to undeclared pipeline variables, stage variables
 * out of scope, step outputs from elsewhere or later, stages cloning without a codebase, Barrier steps naming
 * undeclared barriers.
 */
export function pipelineProblems(p: CheckedPipeline, ctx: RenderContext, resolver: PipelineResolver): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (p.stages.length === 0) {
    problems.push({ path: p.describe(), field: 'stages', problem: 'the pipeline has no stages', fix: 'add a stage with addStage()' });
  }
  for (const s of p.stages) problems.push(...s.validate());
  const declared = new Set(p.variables.map((v) => v.name));
  const steps = new Set<Step>(p.stages.flatMap((s) => s.allSteps()));
  const checkRefs = (consumer: Step | Stage, stage: Stage, tree: unknown): void => {
    const variable = (name: string) => {
      if (declared.has(name)) return;
      problems.push({
        path: consumer.describe(),
        field: 'variables',
        problem: `references <+pipeline.variables.${name}>, which ${p.describe()} does not declare`,
        fix: `declare the variable with pipeline.addVariable(), or pass a variable of this pipeline`,
      });
    };
    const stepOutput = (ref: StepOutput) => problems.push(...stepOutputProblems(consumer, ref, steps, p.describe()));
    const resolve = resolver({ consumer, stage, problems }, { variable, stepOutput });
    collectingProblems(problems, consumer.describe(), () => resolveValue(tree, resolve));
  };
  const stepNodes: Array<{ node: Record<string, unknown>; path: string }> = [];
  for (const stage of p.stages) {
    const { spec, ...rest } = (stage.toObject(ctx, false) as { stage: Record<string, unknown> }).stage;
    const { execution: _execution, ...specRest } = (spec ?? {}) as Record<string, unknown>;
    problems.push(...codebaseProblems(stage, specRest, p.hasCodebase, p.describe()));
    checkRefs(stage, stage, { ...rest, spec: specRest });
    for (const step of stage.allSteps()) {
      const node = step.toObject(ctx);
      checkRefs(step, stage, node);
      stepNodes.push({ node: node.step as Record<string, unknown>, path: step.describe() });
    }
  }
  problems.push(...barrierRefProblems(stepNodes, p.flowControl, p.describe()));
  return dedupeProblems(problems);
}

/** A step output read by `consumer` must come from a step of the pipeline that runs before it. */
export function stepOutputProblems(
  consumer: Step | Stage,
  ref: StepOutput,
  steps: ReadonlySet<Step>,
  pipeline: string,
): ValidationProblem[] {
  const producer = ref.producer;
  const label = producer.identifier !== undefined ? `step '${producer.identifier}'` : producer.describe();
  if (!(producer instanceof Step) || !steps.has(producer)) {
    return [
      {
        path: consumer.describe(),
        field: 'outputs',
        problem: `references output '${ref.path}' of ${label}, which is not part of ${pipeline}`,
        fix: `add ${label} to a stage of this pipeline, or reference a step that is in it`,
      },
    ];
  }
  // A stage-level field (e.g. the stage `when`) is evaluated before the stage's steps run: the producer must be
  // in an earlier stage. `ownerPosition()` is the position of the stage's step list.
  const consumerPosition = consumer instanceof Step ? consumer.position() : consumer.ownerPosition();
  if (!runsBefore(producer.position(), consumerPosition)) {
    return [
      {
        path: consumer.describe(),
        field: 'outputs',
        problem: `references output '${ref.path}' of ${label}, which does not run before it (${producer.describe()})`,
        fix: `move ${label} before '${consumer.identifier}', outside any parallel block they share`,
      },
    ];
  }
  return [];
}

/** The organization and project a pipeline names must be those it is registered in. */
export function scopeProblems(
  pipeline: { describe(): string; readonly orgIdentifier?: string; readonly projectIdentifier?: string },
  scope: { readonly orgIdentifier?: string; readonly projectIdentifier?: string },
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const [field, what, own, given] of [
    ['orgIdentifier', 'organization', pipeline.orgIdentifier, scope.orgIdentifier],
    ['projectIdentifier', 'project', pipeline.projectIdentifier, scope.projectIdentifier],
  ] as const) {
    if (own !== undefined && given !== undefined && own !== given) {
      problems.push({
        path: pipeline.describe(),
        field,
        problem: `the pipeline says '${own}' but it is registered in '${given}'`,
        fix: `set the ${what} in one place`,
      });
    }
  }
  return problems;
}

/**
 * A stage that clones the codebase (`spec.cloneCodebase: true`) needs the pipeline's codebase
 * (`properties.ci.codebase`) to know what to clone.
 */
export function codebaseProblems(stage: Stage, spec: Record<string, unknown>, hasCodebase: boolean, pipeline: string): ValidationProblem[] {
  if (spec.cloneCodebase !== true || hasCodebase) return [];
  return [
    {
      path: stage.describe(),
      field: 'spec.cloneCodebase',
      problem: `clones the codebase, but ${pipeline} declares none (properties.ci.codebase)`,
      fix: "declare it: new Pipeline({ properties: { ci: { codebase: { connectorRef, build: GitCloneBuild.branch('main') } } } }), or set cloneCodebase: false and clone with a GitClone step",
    },
  ];
}

/** Harness refuses a compiled pipeline YAML over 3 MB. */
export function yamlSizeProblems(yaml: string | undefined, pipeline: string): ValidationProblem[] {
  const bytes = yaml === undefined ? 0 : Buffer.byteLength(yaml, 'utf8');
  if (bytes <= MAX_PIPELINE_YAML_BYTES) return [];
  return [
    {
      path: pipeline,
      field: 'yaml',
      problem: `the rendered YAML is ${bytes} bytes; Harness accepts at most ${MAX_PIPELINE_YAML_BYTES}`,
      fix: 'split the pipeline, or move shared steps into templates',
    },
  ];
}
