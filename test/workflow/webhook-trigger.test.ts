import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { formatProblem } from '../../src/core/errors';
import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';
import { checkWorkflowPipelineContract } from '../../src/workflow/contract';
import { FormField } from '../../src/workflow/form-field';
import { FormPage } from '../../src/workflow/form-page';
import { InputsetValue } from '../../src/workflow/inputset-value';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { TriggerAuth } from '../../src/workflow/trigger-auth';
import { TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION } from '../../src/workflow/webhook-trigger';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { WorkflowOutput } from '../../src/workflow/workflow-output';

const URL = PipelineUrl.inline({ accountId: 'acc', orgId: 'default', projectId: 'idp', pipelineId: 'deploy' });
const inputSet = () =>
  FormField.enum('inputSetName', { title: 'Environment', values: ['dev_inputs', 'prod_inputs'], enumNames: ['Dev', 'Prod'] });

function webhookWorkflow(fields = [inputSet()], extra: Partial<ConstructorParameters<typeof Workflow>[0]> = {}, url = URL): Workflow {
  return new Workflow({
    identifier: 'deploy_wf',
    type: 'service',
    pages: [new FormPage({ title: 'Service Details', inputs: fields })],
    trigger: new PipelineTrigger({ name: 'Deploy', url, webhook: { inputSetName: fields[0], triggerName: 'idp_webhook' } }),
    ...extra,
  });
}

describe('PipelineTrigger with a webhook', () => {
  test('renders trigger:trigger-pipeline-with-webhook with the input set and trigger, no inputset', async () => {
    const w = webhookWorkflow();
    expect(w.validate()).toEqual([]);
    expect(w.trigger.action).toBe(TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION);
    expect(w.trigger.webhook?.triggerName).toBe('idp_webhook');
    const doc = w.toBackstageObject() as any;
    expect(doc.spec.steps).toEqual([
      {
        id: 'trigger',
        name: 'Deploy',
        action: 'trigger:trigger-pipeline-with-webhook',
        input: {
          url: URL.url,
          inputSetName: '${{ parameters.inputSetName }}',
          triggerName: 'idp_webhook',
          apikey: '${{ parameters.token }}',
        },
      },
    ]);
    expect(doc.spec.output).toEqual({ links: [{ title: 'Pipeline Details', url: '${{ steps.trigger.output.PipelineUrl }}' }] });
    await expect(templateEntityV1beta3Validator.check(doc)).resolves.toBe(true);
    expect(new PipelineTrigger({ name: 'Run', url: URL }).action).toBe('trigger:harness-custom-pipeline');
  });

  test('the contract: no inputset to check; the pipeline takes runtime inputs from its input set', () => {
    const p = new Pipeline({
      identifier: 'deploy',
      orgIdentifier: 'default',
      projectIdentifier: 'idp',
      variables: [PipelineVariable.string('image_tag', { value: RuntimeInput.create() })],
    }).addStage(
      new CustomStage({ identifier: 'main', steps: [new RunStep({ identifier: 'go', command: `echo ${RuntimeInput.create()}` })] }),
    );
    const w = webhookWorkflow([inputSet()], {}, PipelineUrl.forPipeline(p, { accountId: 'acc' }));
    expect(checkWorkflowPipelineContract(w, p)).toEqual([]);
    expect(w.validate()).toEqual([]);
    // the same pipeline behind trigger:harness-custom-pipeline: its runtime inputs are not fed
    const inline = new Workflow({
      identifier: 'deploy_wf',
      type: 'service',
      pages: [new FormPage({ title: 'Service Details', inputs: [inputSet()] })],
      trigger: new PipelineTrigger({ name: 'Deploy', url: PipelineUrl.forPipeline(p, { accountId: 'acc' }) }),
    });
    expect(checkWorkflowPipelineContract(inline, p).map((x) => `${x.path}: ${x.field}`)).toEqual([
      "pipeline 'deploy' > variable 'image_tag': value",
      "pipeline 'deploy': stages[0].stage.spec.execution.steps[0].step.spec.command",
    ]);
  });

  test('rules: the inputset props and apiKeySecret do not go with a webhook', () => {
    const webhook = { inputSetName: 'dev_inputs', triggerName: 'idp_webhook' };
    expect(() => new PipelineTrigger({ name: 'Run', url: URL, webhook, fullyQualifiedKeys: true })).toThrow(
      "trigger step 'trigger': webhook: webhook and fullyQualifiedKeys cannot be combined: trigger:trigger-pipeline-with-webhook does not take fullyQualifiedKeys. Fix: drop fullyQualifiedKeys, or drop webhook to send an inputset with trigger:harness-custom-pipeline",
    );
    expect(() => new PipelineTrigger({ name: 'Run', url: URL, webhook, showOutputVariables: true })).toThrow(
      /webhook and showOutputVariables cannot be combined/,
    );
    expect(() => new PipelineTrigger({ name: 'Run', url: URL, webhook, hidePipelineURLLog: true })).toThrow(
      /webhook and hidePipelineURLLog cannot be combined/,
    );
    expect(() => new PipelineTrigger({ name: 'Run', url: URL, webhook, auth: TriggerAuth.apiKeySecret('idp_key') })).toThrow(
      "trigger step 'trigger': webhook: webhook and TriggerAuth.apiKeySecret() cannot be combined: trigger:trigger-pipeline-with-webhook takes the user's token (apikey) only. Fix: use TriggerAuth.userToken(), or drop webhook",
    );
    expect(() => new PipelineTrigger({ name: 'Run', url: URL, webhook: null as any })).toThrow(
      "trigger step 'trigger': webhook: null is not an object. Fix: pass { inputSetName, triggerName }",
    );
  });

  test('rules: identifiers, not names, and no pipeline input to pick them', () => {
    const t = (inputSetName: any, triggerName: any = 'idp_webhook') =>
      new PipelineTrigger({ name: 'Run', url: URL, webhook: { inputSetName, triggerName } });
    expect(() => t('input set-test')).toThrow(
      "trigger step 'trigger': input.inputSetName: 'input set-test' is not a Harness identifier; the step takes the identifier of the input set, not its name. Fix: copy the input set identifier from the pipeline, e.g. 'inputsettest'",
    );
    expect(() => t('dev_inputs', 'My Trigger')).toThrow(
      /^trigger step 'trigger': input.triggerName: 'My Trigger' is not a Harness identifier; the step takes the identifier of the trigger, not its name\. Fix: copy the trigger identifier from the pipeline, e.g. 'MyTrigger'$/,
    );
    expect(() => t(WorkflowInput.string('inputSetName', { title: 'Input set' }))).toThrow(
      "trigger step 'trigger': input.inputSetName: workflow input 'inputSetName' feeds a pipeline variable, which a webhook trigger does not fill. Fix: pick the input set with a FormField",
    );
    expect(() => t(FormField.enum('inputSetName', { title: 'Input set', values: ['Dev inputs'] }))).toThrow(
      "trigger step 'trigger': input.inputSetName: form field 'inputSetName' offers 'Dev inputs', which is not a Harness identifier. Fix: offer input set identifiers (enumNames can show their names)",
    );
    expect(() => t(42)).toThrow(
      "trigger step 'trigger': input.inputSetName: 42 is neither an identifier nor a form field. Fix: pass the input set identifier, or a FormField",
    );
  });

  test('at render: a webhook workflow feeds no pipeline variable and reads no step output', () => {
    const tag = WorkflowInput.string('image_tag', { title: 'Image tag' });
    const run = new RunStep({ identifier: 'go', command: 'echo', outputVariables: ['url'] });
    new Pipeline({ identifier: 'other' }).addStage(new CustomStage({ identifier: 'main', steps: [run] }));
    const w = webhookWorkflow([inputSet(), tag], {
      derivedInputs: [WorkflowInput.derived('source', InputsetValue.fixed('idp'))],
      outputs: [WorkflowOutput.link('URL', run.outputVariable('url'))],
    });
    expect(w.validate().map(formatProblem)).toEqual([
      "workflow 'deploy_wf' > workflow input 'image_tag': inputset: feeds pipeline variable 'image_tag', but trigger:trigger-pipeline-with-webhook sends no inputset (the pipeline runs with the input set the step names). Fix: make it a form-only FormField, or drop webhook from the PipelineTrigger",
      "workflow 'deploy_wf' > derived input 'source': inputset: feeds pipeline variable 'source', but trigger:trigger-pipeline-with-webhook sends no inputset (the pipeline runs with the input set the step names). Fix: make it a form-only FormField, or drop webhook from the PipelineTrigger",
      "workflow 'deploy_wf' > trigger step 'trigger': output: the output reads pipeline step outputs, which trigger:trigger-pipeline-with-webhook does not expose. Fix: link the execution with WorkflowOutput.pipelineUrl() instead",
    ]);
  });
});
