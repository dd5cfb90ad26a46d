import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { TemplateDefinition } from '../../src/pipeline/template-definition';
import { TemplatePipeline } from '../../src/pipeline/template-pipeline';
import { PipelineVariable, VariableType } from '../../src/pipeline/variable';
import { WorkflowInput } from '../../src/workflow/workflow-input';

function golden() {
  const env = WorkflowInput.enum('env', { title: 'Environment', values: ['dev', 'prod'], default: 'dev' });
  const replicas = PipelineVariable.number('replicas');
  const owner = PipelineVariable.string('owner', { value: 'platform' });
  const model = new Pipeline({ identifier: 'golden', variables: [env, replicas, owner] }).addStage(
    new CustomStage({
      identifier: 'deploy',
      description: 'Deploy',
      tags: {},
      steps: [
        new RunStep({
          identifier: 'go',
          command: `deploy ${env} ${replicas}`,
          shell: Shell.BASH,
          timeout: RuntimeInput.create().toString(),
        }),
      ],
    }),
  );
  const def = TemplateDefinition.pipeline(model, { identifier: 'golden', versionLabel: 'v1', orgIdentifier: 'default' });
  return { def, env, replicas, owner };
}

describe('TemplatePipeline', () => {
  test('renders the template link; the runtime inputs of the template are the templateInputs', () => {
    const { def } = golden();
    const p = new TemplatePipeline({
      identifier: 'payments_deploy',
      name: 'Payments deploy',
      tags: { team: 'payments' },
      template: def,
      inputs: { 'variables.replicas': 3, 'stages.deploy.spec.execution.steps.go.timeout': '10m' },
    });
    expect(p.toObject({ orgIdentifier: 'default', projectIdentifier: 'payments' })).toEqual({
      pipeline: {
        name: 'Payments deploy',
        identifier: 'payments_deploy',
        projectIdentifier: 'payments',
        orgIdentifier: 'default',
        tags: { team: 'payments' },
        template: {
          templateRef: 'org.golden',
          versionLabel: 'v1',
          templateInputs: {
            stages: [
              {
                stage: {
                  identifier: 'deploy',
                  type: 'Custom',
                  spec: { execution: { steps: [{ step: { identifier: 'go', type: 'Run', timeout: '10m' } }] } },
                },
              },
            ],
            variables: [
              { name: 'env', type: 'String', value: '<+input>.default(dev).allowedValues(dev,prod)' },
              { name: 'replicas', type: 'Number', value: 3 },
            ],
          },
        },
      },
    });
    expect(p).toBeValidHarnessPipeline();
  });

  test("its variables are the template's: the same objects, or a fixed variable for a value given", () => {
    const { def, env, owner } = golden();
    const p = new TemplatePipeline({ identifier: 'x', template: def, inputs: { 'variables.replicas': 3 } });
    const [e, r, o] = p.variables;
    expect(e).toBe(env);
    expect(o).toBe(owner);
    expect([r.name, r.type, r.value, r.isRuntimeInput]).toEqual(['replicas', VariableType.NUMBER, 3, false]);
    expect(p.variables[1]).toBe(r);
    expect(p.runtimeInputs).toEqual([env]);
    expect(p.variable('env')).toBe(env);
    expect(() => p.variable('nope')).toThrow("pipeline 'x': variables: no variable named 'nope'. Fix: use one of: env, replicas, owner");
    expect(p.stages).toEqual([]);
    expect(() => new TemplatePipeline({ identifier: 'y', template: def, inputs: { 'variables.replicas': 'many' } })).toThrow(
      "variable 'replicas': value: Number variable has the non-numeric value 'many'. Fix: give a number, or make the variable a String",
    );
  });

  test('a referenced template: templateInputs as given, the variables given as its variables', () => {
    const region = PipelineVariable.string('region', { value: RuntimeInput.create().default('eu') });
    const p = new TemplatePipeline({
      identifier: 'x',
      template: 'account.golden',
      versionLabel: 'v4',
      templateInputs: { stages: [{ stage: { identifier: 's', type: 'Custom', variables: [{ name: 'a', type: 'String', value: 'b' }] } }] },
      variables: [region],
    });
    expect((p.toObject().pipeline as any).template).toEqual({
      templateRef: 'account.golden',
      versionLabel: 'v4',
      templateInputs: {
        stages: [{ stage: { identifier: 's', type: 'Custom', variables: [{ name: 'a', type: 'String', value: 'b' }] } }],
        variables: [{ name: 'region', type: 'String', value: '<+input>.default(eu)' }],
      },
    });
    expect(p.variables).toEqual([region]);
    expect(p).toBeValidHarnessPipeline();
  });

  test('has no stages or variables of its own', () => {
    const p = new TemplatePipeline({ identifier: 'x', template: 'golden' });
    expect(() => p.addStage(new CustomStage({ identifier: 's' }))).toThrow(
      "pipeline 'x': stages: a pipeline that uses a template has no stages of its own; they are the template's. Fix: add the stages to the template",
    );
    expect(() => p.addVariable(PipelineVariable.string('v'))).toThrow(
      "pipeline 'x': variables: a pipeline that uses a template has no variables of its own; they are the template's. Fix: fix a template variable's value with inputs: { 'variables.<name>': value }",
    );
    expect(() => new TemplatePipeline({ identifier: 'y', template: golden().def, variables: [PipelineVariable.string('v')] })).toThrow(
      "pipeline 'y': variables: variables and a template definition are both given; the pipeline's variables are the template's. Fix: leave variables out, and fix a variable's value with inputs: { 'variables.<name>': value }",
    );
    expect(
      () =>
        new TemplatePipeline({
          identifier: 'z',
          template: 'g',
          variables: [PipelineVariable.string('v')],
          templateInputs: { variables: [] },
        }),
    ).toThrow("pipeline 'z': variables: variables and templateInputs.variables are both given. Fix: give the variables in one place");
  });

  test('a value that reads a variable the pipeline does not have is a problem', () => {
    const stray = PipelineVariable.string('stray');
    const p = new TemplatePipeline({ identifier: 'x', template: golden().def, inputs: { 'variables.replicas': `${stray}` } });
    expect(p.render().problems).toEqual([
      {
        path: "pipeline 'x'",
        field: 'variables',
        problem: "references <+pipeline.variables.stray>, which pipeline 'x' does not have",
        fix: "reference one of the template's variables",
      },
    ]);
  });
});
