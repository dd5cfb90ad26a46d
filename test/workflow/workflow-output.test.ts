import { StepOutput } from '../../src/core/expression';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { FormField } from '../../src/workflow/form-field';
import { FormPage } from '../../src/workflow/form-page';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowExpr } from '../../src/workflow/workflow-expression';
import { WorkflowOutput, WorkflowOutputKind } from '../../src/workflow/workflow-output';

function setup(outputs: (t: PipelineTrigger, run: RunStep) => WorkflowOutput[]) {
  const run = new RunStep({ identifier: 'export_outputs', command: 'echo', outputVariables: ['repo_url'] });
  new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 'main', steps: [run] }));
  const trigger = new PipelineTrigger({
    name: 'Run',
    url: PipelineUrl.inline({ accountId: 'a', orgId: 'o', projectId: 'p', pipelineId: 'p' }),
  });
  const confirm = FormField.boolean('notify', { title: 'Notify', required: false });
  const workflow = new Workflow({
    identifier: 'w',
    type: 'service',
    trigger,
    outputs: outputs(trigger, run),
    pages: [new FormPage({ title: 'P', inputs: [confirm] })],
  });
  return { workflow: workflow.toObject() as any, run, trigger };
}

describe('WorkflowOutput', () => {
  test('pipelineUrl is the documented Pipeline Details link', () => {
    const o = WorkflowOutput.pipelineUrl();
    expect(o.kind).toBe(WorkflowOutputKind.LINK);
    expect(o.toObject('trigger')).toEqual({ title: 'Pipeline Details', url: '${{ steps.trigger.output.PipelineUrl }}' });
    expect(WorkflowOutput.pipelineUrl('Run', { icon: 'dashboard' }).toObject('go')).toEqual({
      title: 'Run',
      url: '${{ steps.go.output.PipelineUrl }}',
      icon: 'dashboard',
    });
  });

  test('a link to a StepOutput reads it back through the trigger and sets showOutputVariables', () => {
    const { workflow } = setup((_t, run) => [WorkflowOutput.link('Repository', run.outputVariable('repo_url'))]);
    expect(workflow.spec.output).toEqual({
      links: [
        {
          title: 'Repository',
          url: "${{ steps.trigger.output['pipeline.stages.main.spec.execution.steps.export_outputs.output.outputVariables.repo_url'] }}",
        },
      ],
    });
    expect(workflow.spec.steps[0].input.showOutputVariables).toBe(true);
  });

  test('text with embedded short-form outputs, entity links and conditions', () => {
    const { workflow } = setup((t, run) => [
      WorkflowOutput.text('Result', `Repo \`${t.outputByName(run.outputVariable('repo_url'))}\` created\n`, {
        if: '${{ parameters.notify }}',
      }),
      WorkflowOutput.entity('Catalog', 'component:default/my-service'),
      WorkflowOutput.link('Docs', 'https://docs.example.com', {
        icon: 'docs',
        if: WorkflowExpr.equals(FormField.boolean('notify', { title: 'N' }), true),
      }),
    ]);
    expect(workflow.spec.output).toEqual({
      links: [
        { title: 'Catalog', entityRef: 'component:default/my-service' },
        { title: 'Docs', url: 'https://docs.example.com', icon: 'docs', if: '${{ parameters.notify == true }}' },
      ],
      text: [{ title: 'Result', content: 'Repo `${{ steps.trigger.output.repo_url }}` created\n', if: '${{ parameters.notify }}' }],
    });
    expect(workflow.spec.steps[0].input.showOutputVariables).toBe(true);
  });

  test('no step outputs: showOutputVariables is not set', () => {
    const { workflow } = setup(() => [WorkflowOutput.pipelineUrl()]);
    expect(workflow.spec.steps[0].input).not.toHaveProperty('showOutputVariables');
  });

  test('a system output cannot be linked', () => {
    const run = new RunStep({ identifier: 'r', command: 'echo' });
    expect(() => WorkflowOutput.link('Body', new StepOutput(run, 'output.httpResponseBody'))).toThrow(
      /^workflow output 'Body': output: step output 'output.httpResponseBody' of step 'r' is not a user-defined output variable; showOutputVariables exposes only output\.outputVariables\.\*\. Fix: copy the value into an output variable of a Run \(or ShellScript\) step/,
    );
  });

  test('rejects empty title, value and icon', () => {
    expect(() => WorkflowOutput.link('', 'https://x')).toThrow(
      /^workflow output '': title: the output has no title\. Fix: give the output a title$/,
    );
    expect(() => WorkflowOutput.text('T', '')).toThrow(/^workflow output 'T': content: content is empty\. Fix: pass the text$/);
    expect(() => WorkflowOutput.link('T', '')).toThrow(/^workflow output 'T': url: url is empty\. Fix: pass the url$/);
    expect(() => WorkflowOutput.link('T', 'https://x', { icon: '' })).toThrow(/^workflow output 'T': icon: icon is empty/);
  });
});
