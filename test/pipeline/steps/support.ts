import { resolveValue } from '../../../src/core/resolve';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { DeploymentStage } from '../../../src/pipeline/stages/deployment-stage';
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

/** Test helper: a pipeline with one Deployment stage `d` holding `steps` (and `rollbackSteps`). */
export function deploymentPipeline(steps: Step[], opts: { rollbackSteps?: Step[]; variables?: PipelineVariable[] } = {}): Pipeline {
  return new Pipeline({
    identifier: 'p',
    variables: opts.variables ?? [],
    stages: [
      new DeploymentStage({
        identifier: 'd',
        serviceRef: 'svc',
        environmentRef: 'env',
        infrastructureDefinitions: ['infra'],
        steps,
        rollbackSteps: opts.rollbackSteps,
      }),
    ],
  });
}

/** Test helper: a pipeline with one Custom stage `c` holding `steps`. */
export function customPipeline(steps: Step[], variables: PipelineVariable[] = []): Pipeline {
  return new Pipeline({ identifier: 'p', variables, stages: [new CustomStage({ identifier: 'c', steps })] });
}

/** Test helper: the rendered `step` nodes of the first stage's main steps, expressions resolved. */
export function renderedSteps(pipeline: Pipeline): any[] {
  return (pipeline.toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

/** Test helper: the message of the error `fn` throws (fails the test if it does not throw). */
export function thrownMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the call to throw');
}
