import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../src/pipeline/stages/idp-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { CreateRepoStep } from '../../src/pipeline/steps/idp/create-repo';
import { TemplateDefinition } from '../../src/pipeline/template-definition';
import { TemplateStep } from '../../src/pipeline/template-step';
import { PipelineVariable } from '../../src/pipeline/variable';

function buildTemplate(): TemplateDefinition {
  const step = new RunStep({ identifier: 'build', command: RuntimeInput.create(), shell: Shell.BASH, timeout: '5m' });
  return TemplateDefinition.step(step, { identifier: 'build', versionLabel: 'v2', orgIdentifier: 'default' });
}

function pipelineWith(...steps: TemplateStep[]): Pipeline {
  return new Pipeline({ identifier: 'ci', tags: {} }).addStage(
    new CustomStage({ identifier: 'work', description: 'Work', tags: {}, steps }),
  );
}

describe('TemplateStep', () => {
  test('renders name, identifier and the template link; the inputs mirror the template spec', () => {
    const target = PipelineVariable.string('target');
    const use = new TemplateStep({
      identifier: 'make',
      name: 'Make it',
      description: 'Builds the target',
      template: buildTemplate(),
      inputs: { 'spec.command': `make ${target}` },
    });
    const p = pipelineWith(use).addVariable(target);
    const node = (p.toObject().pipeline as any).stages[0].stage.spec.execution.steps[0];
    expect(node).toEqual({
      step: {
        name: 'Make it',
        identifier: 'make',
        description: 'Builds the target',
        template: {
          templateRef: 'org.build',
          versionLabel: 'v2',
          templateInputs: { type: 'Run', spec: { command: 'make <+pipeline.variables.target>' } },
        },
      },
    });
    expect(p).toBeValidHarnessPipeline();
  });

  test('an input left out stays a runtime input of the pipeline', () => {
    const use = new TemplateStep({ identifier: 'make', template: buildTemplate() });
    expect(use.toObject()).toEqual({
      step: {
        name: 'make',
        identifier: 'make',
        template: { templateRef: 'org.build', versionLabel: 'v2', templateInputs: { type: 'Run', spec: { command: '<+input>' } } },
      },
    });
  });

  test('a referenced template: templateInputs as given, the stable version when no version is named', () => {
    const use = new TemplateStep({
      identifier: 'scan',
      template: 'account.security_scan',
      templateInputs: { type: 'Run', spec: { command: 'scan' } },
    });
    expect(use.toObject()).toEqual({
      step: {
        name: 'scan',
        identifier: 'scan',
        template: { templateRef: 'account.security_scan', templateInputs: { type: 'Run', spec: { command: 'scan' } } },
      },
    });
    expect(use.type).toBe('Template');
    expect(pipelineWith(use)).toBeValidHarnessPipeline();
    // The schema allows a template step in every stage type, IDP included.
    const inIdp = new TemplateStep({ identifier: 'scan', template: 'account.security_scan', versionLabel: '1.2' });
    expect(new Pipeline({ identifier: 'p' }).addStage(new IdpStage({ identifier: 'i', steps: [inIdp] }))).toBeValidHarnessPipeline();
  });

  test('a template built in the app is placed as its step type: a CreateRepo template is refused in a Custom stage', () => {
    const repo = new CreateRepoStep({
      identifier: 'repo',
      connectorRef: 'account.gh',
      repository: RuntimeInput.create(),
      repoType: 'private',
    });
    const def = TemplateDefinition.step(repo, { identifier: 'repo', versionLabel: 'v1' });
    const use = new TemplateStep({ identifier: 'create', template: def });
    expect(use.type).toBe('CreateRepo');
    expect(() => new CustomStage({ identifier: 'c', steps: [use] })).toThrow(
      "step 'create': type: step type 'CreateRepo' is not allowed in a Custom stage (allowed in: IDP). Fix: put it in an IDP stage",
    );
  });

  test("reads the template step's outputs through the step that uses it", () => {
    const use = new TemplateStep({ identifier: 'make', template: buildTemplate() });
    pipelineWith(use);
    expect(use.outputVariable('version').resolve()).toBe(
      '<+pipeline.stages.work.spec.execution.steps.make.output.outputVariables.version>',
    );
  });

  test('addOverride and addDeletionOverride change the rendered node', () => {
    const use = new TemplateStep({ identifier: 'make', template: 'build', versionLabel: 'v1' }).addOverride('template.templateInputs', {
      timeout: '1m',
    });
    expect(use.toObject()).toEqual({
      step: { name: 'make', identifier: 'make', template: { templateRef: 'build', versionLabel: 'v1', templateInputs: { timeout: '1m' } } },
    });
    use.addDeletionOverride('template.versionLabel');
    expect(use.toObject()).toEqual({
      step: { name: 'make', identifier: 'make', template: { templateRef: 'build', templateInputs: { timeout: '1m' } } },
    });
  });

  test('an input the template does not have fails at once, naming its runtime inputs; later changes are problems', () => {
    expect(() => new TemplateStep({ identifier: 'make', template: buildTemplate(), inputs: { 'spec.comand': 'x' } })).toThrow(
      "step 'make': inputs['spec.comand']: 'spec.comand' is not a runtime input of template 'build@v2' (its runtime inputs: spec.command). Fix: use one of its runtime inputs, or make the field a runtime input (RuntimeInput.create()) in the template's model",
    );
    const use = new TemplateStep({ identifier: 'make', template: buildTemplate(), inputs: { 'spec.command': 'make' } });
    pipelineWith(use);
    expect(use.templateProblems()).toEqual([]);
  });
});
