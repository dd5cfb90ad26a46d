import * as workflow from '../../src/workflow';

describe('src/workflow index', () => {
  test('re-exports the public API of every workflow file', () => {
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
      'analyzeWorkflowPipelineContract',
      'resolveWorkflowValue',
      'nunjucksReferences',
      'HARNESS_CUSTOM_PIPELINE_ACTION',
    ]) {
      expect([name, typeof (workflow as Record<string, unknown>)[name]]).toEqual([
        name,
        expect.stringMatching(/^(function|object|string)$/),
      ]);
    }
    expect(workflow.HARNESS_CUSTOM_PIPELINE_ACTION).toBe('trigger:harness-custom-pipeline');
  });
});
