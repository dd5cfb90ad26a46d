import * as workflow from '../../src/workflow';
import { HARNESS_CUSTOM_PIPELINE_ACTION } from '../../src/workflow/trigger-step';

describe('src/workflow index', () => {
  test('re-exports the public API of the workflow files', () => {
    for (const name of [
      'Workflow',
      'WorkflowInput',
      'FormField',
      'FieldSchema',
      'FormPage',
      'PipelineTrigger',
      'PipelineUrl',
      'TriggerAuth',
      'WorkflowOutput',
      'UiField',
      'UiWidget',
      'UiFieldName',
      'FormValueType',
      'WorkflowExpr',
      'WorkflowExpression',
      'TriggerOutputExpression',
      'checkWorkflowPipelineContract',
      'workflowPipelineContractWarnings',
    ]) {
      expect([name, typeof (workflow as Record<string, unknown>)[name]]).toEqual([
        name,
        expect.stringMatching(/^(function|object|string)$/),
      ]);
    }
  });

  test('keeps the rendering and resolve helpers to the layer (the files export them, the index does not)', () => {
    const index = workflow as Record<string, unknown>;
    for (const name of [
      'analyzeWorkflowPipelineContract',
      'resolveWorkflowValue',
      'nunjucksReferences',
      'HARNESS_CUSTOM_PIPELINE_ACTION',
    ]) {
      expect([name, index[name]]).toEqual([name, undefined]);
    }
    expect(HARNESS_CUSTOM_PIPELINE_ACTION).toBe('trigger:harness-custom-pipeline');
  });
});
