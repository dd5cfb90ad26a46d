import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { StepGroup } from '../../src/pipeline/step-group';
import { TemplateDefinition } from '../../src/pipeline/template-definition';
import { TemplateStage } from '../../src/pipeline/template-stage';
import { PipelineVariable } from '../../src/pipeline/variable';

function releaseTemplate(): TemplateDefinition {
  const stage = new CustomStage({
    identifier: 'release',
    description: 'Release',
    tags: {},
    steps: [
      new RunStep({ identifier: 'tag', command: RuntimeInput.create(), shell: Shell.BASH, timeout: '5m' }),
      new RunStep({ identifier: 'push', command: 'git push --tags', shell: Shell.BASH, timeout: RuntimeInput.create().toString() }),
    ],
  });
  return TemplateDefinition.stage(stage, {
    identifier: 'release',
    versionLabel: 'v1',
    orgIdentifier: 'default',
    projectIdentifier: 'payments',
  });
}

describe('TemplateStage', () => {
  test('renders name, identifier and the template link; inputs mirror the stage spec', () => {
    const version = PipelineVariable.string('version');
    const use = new TemplateStage({
      identifier: 'ship',
      name: 'Ship it',
      template: releaseTemplate(),
      inputs: { 'spec.execution.steps.tag.spec.command': `git tag ${version}` },
    });
    const p = new Pipeline({ identifier: 'release', variables: [version], tags: {} }).addStage(use);
    expect((p.toObject().pipeline as any).stages).toEqual([
      {
        stage: {
          name: 'Ship it',
          identifier: 'ship',
          template: {
            templateRef: 'release',
            versionLabel: 'v1',
            templateInputs: {
              type: 'Custom',
              spec: {
                execution: {
                  steps: [
                    { step: { type: 'Run', identifier: 'tag', spec: { command: 'git tag <+pipeline.variables.version>' } } },
                    { step: { type: 'Run', identifier: 'push', timeout: '<+input>' } },
                  ],
                },
              },
            },
          },
        },
      },
    ]);
    expect(p).toBeValidHarnessPipeline();
    expect(use.stageType).toBe('Custom');
    expect(use.allSteps()).toEqual([]);
  });

  test('a referenced stage template sits beside ordinary stages, in parallel too', () => {
    const a = new TemplateStage({ identifier: 'scan', template: 'org.scan', versionLabel: '2024.1', description: 'Scan' });
    const b = new CustomStage({
      identifier: 'work',
      description: 'Work',
      tags: {},
      steps: [new RunStep({ identifier: 'r', command: 'true', shell: Shell.BASH, timeout: '1m' })],
    });
    const p = new Pipeline({ identifier: 'p', tags: {} }).addParallelStages(a, b);
    expect(a.toObject()).toEqual({
      stage: { name: 'scan', identifier: 'scan', description: 'Scan', template: { templateRef: 'org.scan', versionLabel: '2024.1' } },
    });
    expect(p).toBeValidHarnessPipeline();
  });

  test("its steps are the template stage's: adding one throws", () => {
    const use = new TemplateStage({ identifier: 'ship', template: 'release' });
    const msg =
      "stage 'ship': spec.execution.steps: a stage that uses a template takes its steps from the template's stage. Fix: add the steps to the template, or use a stage of its own";
    const run = () => new RunStep({ identifier: 'r', command: 'true' });
    expect(() => use.addStep(run())).toThrow(msg);
    expect(() => use.addParallel(run(), run())).toThrow(msg);
    expect(() => use.addStepGroup(new StepGroup({ identifier: 'g' }))).toThrow(msg);
  });

  test('overrides change the rendered node; validate() reports inputs the template no longer has', () => {
    const def = releaseTemplate();
    const use = new TemplateStage({ identifier: 'ship', template: def, inputs: { 'spec.execution.steps.tag.spec.command': 'git tag' } });
    use.addOverride('template.versionLabel', 'v9');
    expect((use.toObject().stage as any).template.versionLabel).toBe('v9');
    use.addDeletionOverride('template.versionLabel');
    expect((use.toObject().stage as any).template.versionLabel).toBeUndefined();
    expect(use.validate()).toEqual([]);
    // The template's model changes after the stage that uses it was created: the field is fixed now.
    (def.model as CustomStage).allSteps()[0].addOverride('spec.command', 'git tag v1');
    const p = new Pipeline({ identifier: 'p' }).addStage(use);
    expect(p.render().problems).toEqual([
      {
        path: "pipeline 'p' > stage 'ship'",
        field: "inputs['spec.execution.steps.tag.spec.command']",
        problem:
          "'spec.execution.steps.tag.spec.command' is not a runtime input of template 'release@v1' (its runtime inputs: spec.execution.steps.push.timeout)",
        fix: "use one of its runtime inputs, or make the field a runtime input (RuntimeInput.create()) in the template's model",
      },
    ]);
  });
});
