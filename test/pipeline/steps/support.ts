import { resolveValue } from '../../../src/core/resolve';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { IdpStage } from '../../../src/pipeline/stages/idp-stage';
import type { Step } from '../../../src/pipeline/step';
import type { PipelineVariable } from '../../../src/pipeline/variable';

/** Test helper: the rendered `step` nodes of steps placed, in order, in one IDP stage of a pipeline. */
export function renderInIdpStage(
  steps: Step[],
  opts: { stage?: string; variables?: PipelineVariable[] } = {},
): {
  pipeline: Pipeline;
  doc: any;
  steps: any[];
} {
  const pipeline = new Pipeline({
    identifier: 'onboarding',
    orgIdentifier: 'default',
    projectIdentifier: 'idp',
    variables: opts.variables ?? [],
  }).addStage(new IdpStage({ identifier: opts.stage ?? 'service_onboarding', steps }));
  const doc = pipeline.toObject() as any;
  return { pipeline, doc, steps: doc.pipeline.stages[0].stage.spec.execution.steps.map((s: any) => s.step) };
}

/** Test helper: the `step` node of a step that is not placed, with expressions resolved. */
export function renderAlone(step: Step): any {
  return (resolveValue(step.toObject()) as any).step;
}

/** The FQN of a step output variable in the default test stage. */
export function outputFqn(step: string, name: string, stage = 'service_onboarding'): string {
  return `<+pipeline.stages.${stage}.spec.execution.steps.${step}.output.outputVariables.${name}>`;
}
