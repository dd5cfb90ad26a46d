import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../../../src/pipeline/stages/idp-stage';
import type { Step } from '../../../../src/pipeline/step';
import { JiraCreateStep } from '../../../../src/pipeline/steps/custom/jira-create';
import { ShellScriptStep } from '../../../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { referenceStep } from '../../../support/reference-examples';

function pipelineWith(steps: Step[], variables: PipelineVariable[] = [], stageId = 's'): Pipeline {
  return new Pipeline({ identifier: 'p', variables, stages: [new CustomStage({ identifier: stageId, steps })] });
}

function rendered(steps: Step[], variables: PipelineVariable[] = [], stageId = 's'): any[] {
  return (pipelineWith(steps, variables, stageId).toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

describe('JiraCreateStep', () => {
  test('renders the change ticket of the infra-provisioning example (create_jira_ticket)', () => {
    const v = Object.fromEntries(
      ['jira_project', 'jira_summary', 'instance_count', 'instance_type', 'cloud_provider', 'iacm_workspace', 'owner'].map((n) => [
        n,
        PipelineVariable.string(n),
      ]),
    );
    const step = new JiraCreateStep({
      identifier: 'create_jira_ticket',
      name: 'Create change ticket',
      timeout: '10m',
      connectorRef: 'account.jira_connector',
      projectKey: v.jira_project,
      issueType: 'Task',
      fields: [
        { name: 'Summary', value: v.jira_summary },
        {
          name: 'Description',
          value: `Provision ${v.instance_count} x ${v.instance_type} (${v.cloud_provider}) in workspace ${v.iacm_workspace}; requested by ${v.owner}`,
        },
      ],
    });
    expect(rendered([step], Object.values(v), 'change_management')[0]).toEqual(referenceStep('infra-provisioning', 'create_jira_ticket'));
  });

  test('renders delegate selectors; fields are optional', () => {
    const step = new JiraCreateStep({
      identifier: 'jira',
      connectorRef: 'account.jira',
      projectKey: 'OPS',
      issueType: 'Story',
      delegateSelectors: ['eu'],
    });
    expect(rendered([step])[0].spec).toEqual({
      connectorRef: 'account.jira',
      projectKey: 'OPS',
      issueType: 'Story',
      delegateSelectors: ['eu'],
    });
  });

  test('outputs.issueKey references issue.key', () => {
    const jira = new JiraCreateStep({ identifier: 'jira', connectorRef: 'account.jira', projectKey: 'OPS', issueType: 'Task' });
    const use = new ShellScriptStep({ identifier: 'use', script: `echo ${jira.outputs.issueKey}` });
    expect(rendered([jira, use])[1].spec.source.spec.script).toBe('echo <+pipeline.stages.s.spec.execution.steps.jira.issue.key>');
  });

  test('is not allowed in an IDP stage', () => {
    expect(
      () =>
        new IdpStage({
          identifier: 'idp',
          steps: [new JiraCreateStep({ identifier: 'j', connectorRef: 'c', projectKey: 'PR', issueType: 'Task' })],
        }),
    ).toThrow(/step type 'JiraCreate' is not allowed in an IDP stage/);
  });

  describe('validation', () => {
    test('connectorRef, projectKey and issueType are required', () => {
      expect(() => new JiraCreateStep({ identifier: 'j', connectorRef: '', projectKey: 'PR', issueType: 'Task' })).toThrow(
        /spec.connectorRef: is empty/,
      );
      expect(() => new JiraCreateStep({ identifier: 'j', connectorRef: 'c', issueType: 'Task' } as any)).toThrow(
        /spec.projectKey: is required/,
      );
      expect(() => new JiraCreateStep({ identifier: 'j', connectorRef: 'c', projectKey: 'PR', issueType: ' ' })).toThrow(
        /spec.issueType: is empty/,
      );
    });

    test('fields are checked', () => {
      expect(
        () =>
          new JiraCreateStep({
            identifier: 'j',
            connectorRef: 'c',
            projectKey: 'PR',
            issueType: 'Task',
            fields: [{ name: '', value: 'x' }],
          }),
      ).toThrow(/spec.fields\[0\].name: is empty/);
    });
  });

  test('validates against the Harness schema', () => {
    const step = new JiraCreateStep({
      identifier: 'jira',
      connectorRef: 'account.jira',
      projectKey: 'OPS',
      issueType: 'Task',
      fields: [{ name: 'Summary', value: 'x' }],
    });
    expect(pipelineWith([step])).toBeValidHarnessPipeline();
  });
});
