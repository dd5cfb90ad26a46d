import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { TemplateDefinition, TemplateScope, TemplateType } from '../../src/pipeline/template-definition';
import { PipelineVariable } from '../../src/pipeline/variable';
import { WorkflowInput } from '../../src/workflow/workflow-input';

function run(id = 'build', command: string | RuntimeInput = RuntimeInput.create()): RunStep {
  return new RunStep({ identifier: id, command, shell: Shell.BASH, timeout: '5m', outputVariables: ['version'] });
}

function stage(): CustomStage {
  return new CustomStage({ identifier: 'release', description: 'Release', tags: { team: 'platform' }, steps: [run()] });
}

function pipeline(): Pipeline {
  const env = WorkflowInput.string('env', { title: 'Environment', default: 'dev' });
  return new Pipeline({ identifier: 'golden', variables: [env, PipelineVariable.string('owner', { value: 'platform' })] }).addStage(
    new CustomStage({
      identifier: 'deploy',
      description: 'Deploy',
      tags: {},
      steps: [new RunStep({ identifier: 'go', command: `deploy ${env}`, shell: Shell.BASH, timeout: '5m' })],
    }),
  );
}

describe('TemplateDefinition', () => {
  test('a step template: the step without name and identifier is the spec; runtime inputs are its inputs', () => {
    const def = TemplateDefinition.step(run(), {
      identifier: 'build_step',
      name: 'Build step',
      versionLabel: 'v1',
      description: 'Builds',
      tags: { kind: 'build' },
      orgIdentifier: 'default',
      projectIdentifier: 'payments',
    });
    expect(def.render()).toEqual({
      document: {
        template: {
          name: 'Build step',
          identifier: 'build_step',
          versionLabel: 'v1',
          type: 'Step',
          projectIdentifier: 'payments',
          orgIdentifier: 'default',
          description: 'Builds',
          tags: { kind: 'build' },
          spec: {
            type: 'Run',
            timeout: '5m',
            spec: { shell: 'Bash', command: '<+input>', outputVariables: [{ name: 'version' }] },
          },
        },
      },
      yaml: expect.stringMatching(/^template:\n {2}name: Build step\n/),
      problems: [],
    });
    expect(def.inputFields()).toEqual([{ path: 'spec.command', value: '<+input>' }]);
    expect([def.type, def.stepType, def.stageType, def.scope, def.templateRef]).toEqual([
      TemplateType.STEP,
      'Run',
      undefined,
      TemplateScope.PROJECT,
      'build_step',
    ]);
  });

  test('a stage template keeps the stage type, description and tags; the stage now belongs to the template', () => {
    const s = stage();
    const def = TemplateDefinition.stage(s, { identifier: 'release', versionLabel: '1.0.0', orgIdentifier: 'default' });
    expect(def.render().document).toEqual({
      template: {
        name: 'release',
        identifier: 'release',
        versionLabel: '1.0.0',
        type: 'Stage',
        orgIdentifier: 'default',
        spec: {
          description: 'Release',
          type: 'Custom',
          spec: {
            execution: {
              steps: [
                {
                  step: {
                    type: 'Run',
                    name: 'build',
                    identifier: 'build',
                    timeout: '5m',
                    spec: { shell: 'Bash', command: '<+input>', outputVariables: [{ name: 'version' }] },
                  },
                },
              ],
            },
          },
          tags: { team: 'platform' },
        },
      },
    });
    expect([def.stageType, def.scope, def.templateRef]).toEqual(['Custom', TemplateScope.ORG, 'org.release']);
    expect(def.inputFields()).toEqual([{ path: 'spec.execution.steps.build.spec.command', value: '<+input>' }]);
    expect(s.describe()).toBe("template 'release@1.0.0' > stage 'release'");
    expect(() => new Pipeline({ identifier: 'p' }).addStage(s)).toThrow(
      "template 'release@1.0.0' > stage 'release': identifier: the stage is already part of a pipeline. Fix: create a new stage object for each pipeline",
    );
  });

  test("a pipeline template: the pipeline's stages and variables, without its name, identifier and scope", () => {
    const def = TemplateDefinition.pipeline(pipeline(), { identifier: 'golden_path', versionLabel: 'v3' });
    const spec = def.spec().spec!;
    expect(Object.keys(spec)).toEqual(['stages', 'variables']);
    expect(spec.variables).toEqual([
      { name: 'env', type: 'String', description: 'Environment', required: true, value: '<+input>.default(dev)' },
      { name: 'owner', type: 'String', value: 'platform' },
    ]);
    expect(def.inputFields()).toEqual([{ path: 'variables.env', value: '<+input>.default(dev)' }]);
    expect([def.scope, def.templateRef]).toEqual([TemplateScope.ACCOUNT, 'account.golden_path']);
    expect(def.toYaml()).toContain('\n  type: Pipeline\n  spec:\n    stages:\n');
  });

  test("a pipeline model's description and tags are refused: the template's own describe it", () => {
    const p = new Pipeline({ identifier: 'golden', description: 'Paved road', tags: { a: 'b' } }).addStage(stage());
    const def = TemplateDefinition.pipeline(p, { identifier: 'golden', versionLabel: 'v1' });
    expect(def.render().problems.map((x) => `${x.path}: ${x.field}: ${x.problem}. Fix: ${x.fix}`)).toEqual([
      "template 'golden@v1' > pipeline 'golden': description: a pipeline template's spec has no description; the template's own description describe it. Fix: remove description from the Pipeline model and set description on the template",
      "template 'golden@v1' > pipeline 'golden': tags: a pipeline template's spec has no tags; the template's own tags describe it. Fix: remove tags from the Pipeline model and set tags on the template",
    ]);
    expect(() => def.toYaml()).toThrow(/description: a pipeline template's spec has no description/);
  });

  test("the model's problems are the template's, reported without throwing", () => {
    const def = TemplateDefinition.stage(new CustomStage({ identifier: 'empty' }), { identifier: 'empty', versionLabel: 'v1' });
    expect(def.render()).toEqual({
      document: expect.objectContaining({ template: expect.objectContaining({ identifier: 'empty' }) }),
      yaml: expect.any(String),
      problems: [
        {
          path: "template 'empty@v1' > stage 'empty'",
          field: 'spec.execution.steps',
          problem: 'the stage has no steps',
          fix: 'add at least one step with addStep()',
        },
      ],
    });
  });

  test("the template's step cannot join a pipeline, and its outputs are read through the step that uses it", () => {
    const step = run();
    TemplateDefinition.step(step, { identifier: 'build', versionLabel: 'v1' });
    expect(() => new CustomStage({ identifier: 's', steps: [step] })).toThrow(
      "step 'build': identifier: the step is already part of template 'build@v1'. Fix: create a new step object for each place it is used",
    );
    expect(() => step.outputVariable('version').resolve()).toThrow(
      "template 'build@v1': outputs: an output of the template's own step is referenced; that step has no place in a pipeline. Fix: reference the output of the TemplateStep that uses the template (templateStep.outputVariable('name'))",
    );
  });

  test('checks identifier, name, version label and scope', () => {
    const make = (props: Partial<Parameters<typeof TemplateDefinition.step>[1]>) => () =>
      TemplateDefinition.step(run(), { identifier: 'ok', versionLabel: 'v1', ...props });
    expect(make({ identifier: 'bad-id' })).toThrow(/^template 'bad-id': identifier: 'bad-id' is not a valid Harness identifier/);
    expect(make({ versionLabel: 'v 1' })).toThrow(
      "template 'ok': versionLabel: 'v 1' is not a version label (a letter or digit first, then no spaces, '/' or '&', at most 64 characters). Fix: use a label such as 'v1' or '1.0.0'",
    );
    expect(make({ versionLabel: 'a/b' })).toThrow(/versionLabel: 'a\/b' is not a version label/);
    expect(make({ versionLabel: '-1' })).toThrow(/versionLabel: '-1' is not a version label/);
    expect(make({ versionLabel: 'x'.repeat(65) })).toThrow(/is not a version label/);
    expect(make({ projectIdentifier: 'p' })).toThrow(
      "template 'ok': orgIdentifier: a project template needs its organization. Fix: set orgIdentifier too",
    );
    expect(make({ name: 'a*b' })).toThrow(/^template 'ok': name: /);
  });
});
