import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { TemplateDefinition } from '../../src/pipeline/template-definition';
import { TemplatePipeline } from '../../src/pipeline/template-pipeline';
import { TemplateStage } from '../../src/pipeline/template-stage';
import { TemplateStep } from '../../src/pipeline/template-step';
import { PipelineVariable } from '../../src/pipeline/variable';
import { checkWorkflowPipelineContract } from '../../src/workflow/contract';
import { FormPage } from '../../src/workflow/form-page';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowInput } from '../../src/workflow/workflow-input';

function workflowFor(p: Pipeline, inputs: WorkflowInput[], fullyQualifiedKeys = true): Workflow {
  return new Workflow({
    identifier: 'ops_wf',
    type: 'operations',
    pages: [new FormPage({ title: 'Inputs', inputs })],
    trigger: new PipelineTrigger({ name: 'Run', url: PipelineUrl.forPipeline(p, { accountId: 'acc' }), fullyQualifiedKeys }),
  });
}

function messages(problems: readonly { path: string; field: string; problem: string; fix: string }[]): string[] {
  return problems.map((p) => `${p.path}: ${p.field}: ${p.problem}. Fix: ${p.fix}`);
}

/** A pipeline template whose variables are workflow inputs (and one fixed variable). */
function golden() {
  const env = WorkflowInput.enum('env', { title: 'Environment', values: ['dev', 'prod'] });
  const service = WorkflowInput.string('service', { title: 'Service' });
  const model = new Pipeline({ identifier: 'golden', variables: [env, service, PipelineVariable.string('owner', { value: 'platform' })] });
  model.addStage(
    new CustomStage({
      identifier: 'deploy',
      steps: [new RunStep({ identifier: 'go', command: `deploy ${service} to ${env}`, shell: Shell.BASH, timeout: '5m' })],
    }),
  );
  return { def: TemplateDefinition.pipeline(model, { identifier: 'golden', versionLabel: 'v1' }), env, service };
}

const SCOPE = { orgIdentifier: 'default', projectIdentifier: 'idp' };

describe('workflow ↔ pipeline contract with templates', () => {
  test("a pipeline that uses a pipeline template: the template's workflow inputs feed it through pipeline.variables.<name> keys", () => {
    const { def, env, service } = golden();
    const p = new TemplatePipeline({ identifier: 'ops', ...SCOPE, template: def });
    const wf = workflowFor(p, [env, service]);
    expect(checkWorkflowPipelineContract(wf, p)).toEqual([]);
    const trigger = (wf.toObject().spec as any).steps[0];
    expect(trigger.input.inputset).toEqual({
      'pipeline.variables.env': '${{ parameters.env }}',
      'pipeline.variables.service': '${{ parameters.service }}',
    });
  });

  test('the keys must be fully qualified, every runtime-input variable fed, and a fixed one not fed', () => {
    const { def, env, service } = golden();
    const p = new TemplatePipeline({ identifier: 'ops', ...SCOPE, template: def, inputs: { 'variables.service': 'payments' } });
    expect(messages(checkWorkflowPipelineContract(workflowFor(p, [env, service], false), p))).toEqual([
      "workflow 'ops_wf' > workflow input 'service': variableName: feeds pipeline variable 'service', which has the fixed value 'payments', so the value sent is ignored. Fix: add the WorkflowInput itself to the pipeline as the variable",
      "workflow 'ops_wf' > trigger step 'trigger': input.inputset: pipeline 'ops' uses templates (templateRef at template.templateRef), which need fully-qualified inputset keys. Fix: set fullyQualifiedKeys: true on the PipelineTrigger (keys become pipeline.variables.<name>)",
    ]);
    const unfed = new TemplatePipeline({ identifier: 'ops', ...SCOPE, template: golden().def });
    expect(messages(checkWorkflowPipelineContract(workflowFor(unfed, []), unfed))).toEqual([
      "pipeline 'ops' > variable 'env': value: is a runtime input that no input of workflow 'ops_wf' feeds, so the trigger sends no value for it. Fix: declare WorkflowInput.string('env', {...}) (or number/boolean/enum) on a page of the workflow and add that input to the pipeline in place of this variable, or give the variable a fixed value",
      "pipeline 'ops' > variable 'service': value: is a runtime input that no input of workflow 'ops_wf' feeds, so the trigger sends no value for it. Fix: declare WorkflowInput.string('service', {...}) (or number/boolean/enum) on a page of the workflow and add that input to the pipeline in place of this variable, or give the variable a fixed value",
    ]);
  });

  test('a step or stage template input left as a runtime input cannot be filled by the workflow', () => {
    const step = new RunStep({ identifier: 'build', command: RuntimeInput.create(), shell: Shell.BASH, timeout: '5m' });
    const stepDef = TemplateDefinition.step(step, { identifier: 'build', versionLabel: 'v1' });
    const stageDef = TemplateDefinition.stage(
      new CustomStage({ identifier: 'scan', steps: [new RunStep({ identifier: 's', command: RuntimeInput.create(), timeout: '5m' })] }),
      { identifier: 'scan', versionLabel: 'v1' },
    );
    const target = WorkflowInput.string('target', { title: 'Target' });
    const p = new Pipeline({ identifier: 'ops', ...SCOPE, variables: [target] })
      .addStage(
        new CustomStage({
          identifier: 'main',
          steps: [new TemplateStep({ identifier: 'make', template: stepDef, inputs: { 'spec.command': `make ${target}` } })],
        }),
      )
      .addStage(new TemplateStage({ identifier: 'scan', template: stageDef }));
    expect(messages(checkWorkflowPipelineContract(workflowFor(p, [target]), p))).toEqual([
      "pipeline 'ops': stages[1].stage.template.templateInputs.spec.execution.steps[0].step.spec.command: is a runtime input ('<+input>'); a workflow can only fill pipeline variables, every other input must be fixed. Fix: give the field a fixed value, or read a pipeline variable fed by a WorkflowInput",
    ]);
  });
});
