import type { ValidationProblem } from '../core/errors';
import { walkStrings } from '../core/object';
import { StageType } from '../pipeline/compatibility';
import type { Pipeline } from '../pipeline/pipeline';

/**
 * Stage types `trigger:harness-custom-pipeline` supports (docs/rules.md#contract-stage-types): IDP, Deploy, Custom, and CI with the
 * codebase disabled.
 */
export const TRIGGER_SUPPORTED_STAGES: readonly string[] = [StageType.IDP, StageType.DEPLOYMENT, StageType.CUSTOM, StageType.CI];

/** Problems and warnings found on the rendered pipeline. */
export interface RenderedPipelineReport {
  /** Contract violations. */
  readonly problems: readonly ValidationProblem[];
  /** Stage types the trigger does not document. */
  readonly warnings: readonly ValidationProblem[];
}

/**
 * Stage types, fixed inputs and template keys, on the rendered pipeline.
 * @param doc the rendered `pipeline` node
 * @param triggerPath the trigger step, for messages
 * @param fullyQualifiedKeys whether the trigger sends `pipeline.variables.<name>` keys
 */
export function renderedPipelineProblems(
  pipeline: Pipeline,
  doc: Record<string, unknown>,
  triggerPath: string,
  fullyQualifiedKeys: boolean,
): RenderedPipelineReport {
  const problems: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  problems.push(...findRuntimeInputs(pipeline, doc));
  const usesTemplates = findKey(doc, 'templateRef');
  if (usesTemplates && !fullyQualifiedKeys) {
    problems.push({
      path: triggerPath,
      field: 'input.inputset',
      problem: `${pipeline.describe()} uses templates (templateRef at ${usesTemplates}), which need fully-qualified inputset keys`,
      fix: 'set fullyQualifiedKeys: true on the PipelineTrigger (keys become pipeline.variables.<name>)',
    });
  }
  for (const { stage, at } of renderedStages(doc)) {
    const type = stage.type as string | undefined;
    const where = `${pipeline.describe()} > stage '${String(stage.identifier)}'`;
    if (type === StageType.CI && (stage.spec as Record<string, unknown> | undefined)?.cloneCodebase !== false) {
      problems.push({
        path: where,
        field: 'spec.cloneCodebase',
        problem: `a CI stage triggered from a workflow must have the codebase disabled (${at})`,
        fix: 'set cloneCodebase: false and clone with a GitClone step',
      });
    } else if (type !== undefined && !TRIGGER_SUPPORTED_STAGES.includes(type)) {
      warnings.push({
        path: where,
        field: 'type',
        problem:
          'trigger:harness-custom-pipeline documents support for IDP, Deploy, Custom and codebase-disabled CI stages only, ' +
          `not ${type}`,
        fix: 'test the workflow end to end, or move the work into a supported stage',
      });
    }
  }
  return { problems, warnings };
}

/**
 * `<+input>` anywhere but in the pipeline's variables: `pipeline.variables[].value`, or, for a pipeline that uses a
 * pipeline template, `pipeline.template.templateInputs.variables[].value` (docs/rules.md#contract-fixed-inputs-only).
 */
function findRuntimeInputs(pipeline: Pipeline, doc: Record<string, unknown>): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  const { variables: _variables, ...rest } = withoutTemplateVariables(doc);
  walkStrings(rest, '', (v, at) => {
    if (v.includes('<+input>')) {
      out.push({
        path: pipeline.describe(),
        field: at,
        problem: `is a runtime input ('${v}'); a workflow can only fill pipeline variables, every other input must be fixed`,
        fix: 'give the field a fixed value, or read a pipeline variable fed by a WorkflowInput',
      });
    }
  });
  return out;
}

/** The document without `template.templateInputs.variables` (the variables of a pipeline that uses a template). */
function withoutTemplateVariables(doc: Record<string, unknown>): Record<string, unknown> {
  const template = doc.template as Record<string, unknown> | undefined;
  const inputs = template?.templateInputs as Record<string, unknown> | undefined;
  if (inputs?.variables === undefined) return doc;
  const { variables: _variables, ...otherInputs } = inputs;
  return { ...doc, template: { ...template, templateInputs: otherInputs } };
}

/** The path of the first object key named `key`, if any. */
function findKey(v: unknown, key: string, at = ''): string | undefined {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const f = findKey(v[i], key, `${at}[${i}]`);
      if (f) return f;
    }
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const here = at ? `${at}.${k}` : k;
      if (k === key) return here;
      const f = findKey(x, key, here);
      if (f) return f;
    }
  }
  return undefined;
}

/** The rendered `stage` nodes, including parallel ones, with their paths. */
function renderedStages(doc: Record<string, unknown>): Array<{ stage: Record<string, unknown>; at: string }> {
  const out: Array<{ stage: Record<string, unknown>; at: string }> = [];
  const stages = (doc.stages as Array<Record<string, unknown>> | undefined) ?? [];
  stages.forEach((s, i) => {
    if (s.stage) out.push({ stage: s.stage as Record<string, unknown>, at: `stages[${i}]` });
    if (Array.isArray(s.parallel)) {
      (s.parallel as Array<Record<string, unknown>>).forEach((p, j) => {
        if (p.stage) out.push({ stage: p.stage as Record<string, unknown>, at: `stages[${i}].parallel[${j}]` });
      });
    }
  });
  return out;
}
