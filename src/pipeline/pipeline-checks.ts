import { optionalArray } from '../core/arguments';
import { dedupeProblems, fail, type ValidationProblem } from '../core/errors';
import type { ResolveContext } from '../core/expression';
import { validateIdentifier, validateName } from '../core/identifier';
import type { RenderContext } from '../core/render-context';
import { rejectPropValueProblems } from '../core/value-problems';
import { checkCiCodebase } from './ci-codebase';
import { barrierRefProblems, checkFlowControl, type FlowControl } from './flow-control';
import { checkNotificationRules } from './notification-rule';
import type { Stage } from './stage';
import type { StageVariableCheck } from './stage-variable-scope';
import { MAX_PIPELINE_YAML_BYTES, type PipelineProps } from './pipeline-props';
import { referenceProblems } from './references';
import type { PipelineVariable } from './variable';

/** The checks `new Pipeline` makes at once: list shapes, identifiers, name, scope, codebase, flow control, notification rules. */
export function checkPipelineProps(props: PipelineProps, where: string): void {
  optionalArray(props.variables, where, 'variables', 'pass a list of PipelineVariable / WorkflowInput objects');
  optionalArray(props.stages, where, 'stages', 'pass a list of stages, e.g. [new CustomStage({...})]');
  rejectPropValueProblems(props, where);
  validateIdentifier(props.identifier, where);
  validateName(props.name ?? props.identifier, where);
  if (props.orgIdentifier !== undefined) validateIdentifier(props.orgIdentifier, where, 'orgIdentifier');
  if (props.projectIdentifier !== undefined) validateIdentifier(props.projectIdentifier, where, 'projectIdentifier');
  if (props.projectIdentifier !== undefined && props.orgIdentifier === undefined) {
    fail(where, 'orgIdentifier', 'a project-scoped pipeline needs its organization', 'set orgIdentifier too');
  }
  if (props.properties?.ci?.codebase) checkCiCodebase(props.properties.ci.codebase, where);
  if (props.flowControl) checkFlowControl(props.flowControl, where);
  checkNotificationRules(props.notificationRules, where);
}

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
  check: StageVariableCheck | undefined,
  callbacks: Omit<ResolveContext, 'kinds' | 'mode' | 'producer'>,
) => ResolveContext;

/**
 * The pipeline's cross-object problems: empty stages, references to undeclared pipeline variables, stage variables
 * out of scope, variables that read themselves, step outputs from elsewhere or later (see `references.ts`), stages
 * cloning without a codebase, Barrier steps naming undeclared barriers.
 */
export function pipelineProblems(p: CheckedPipeline, ctx: RenderContext, resolver: PipelineResolver): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (p.stages.length === 0) {
    problems.push({ path: p.describe(), field: 'stages', problem: 'the pipeline has no stages', fix: 'add a stage with addStage()' });
  }
  for (const s of p.stages) problems.push(...s.validate());
  const stepNodes: Array<{ node: Record<string, unknown>; path: string }> = [];
  for (const stage of p.stages) {
    const { spec } = (stage.toObject(ctx, false) as { stage: Record<string, unknown> }).stage;
    const { execution: _execution, ...specRest } = (spec ?? {}) as Record<string, unknown>;
    problems.push(...codebaseProblems(stage, specRest, p.hasCodebase, p.describe()));
    for (const step of stage.allSteps())
      stepNodes.push({ node: step.sharedNode(ctx).step as Record<string, unknown>, path: step.describe() });
  }
  problems.push(...referenceProblems(p, ctx, resolver));
  problems.push(...barrierRefProblems(stepNodes, p.flowControl, p.describe()));
  return dedupeProblems(problems);
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
      fix:
        "declare it: new Pipeline({ properties: { ci: { codebase: { connectorRef, build: GitCloneBuild.branch('main') } } } }), " +
        'or set cloneCodebase: false and clone with a GitClone step',
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
