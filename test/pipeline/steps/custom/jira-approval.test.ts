import { IdpStage } from '../../../../src/pipeline/stages/idp-stage';
import { ApprovalCriteria, ConditionOperator } from '../../../../src/pipeline/steps/custom/approval-criteria';
import { JiraApprovalStep } from '../../../../src/pipeline/steps/custom/jira-approval';
import { JiraCreateStep } from '../../../../src/pipeline/steps/custom/jira-create';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const done = ApprovalCriteria.keyValues([{ key: 'Status', operator: ConditionOperator.EQUALS, value: 'Done' }]);

describe('JiraApprovalStep', () => {
  test('renders the issue of a JiraCreate step with key-value criteria; no timeout unless given', () => {
    const create = new JiraCreateStep({ identifier: 'ticket', connectorRef: 'account.jira', projectKey: 'OPS', issueType: 'Task' });
    const approve = new JiraApprovalStep({
      identifier: 'approve',
      connectorRef: 'account.jira',
      issueKey: create.outputs.issueKey,
      approvalCriteria: done,
    });
    expect(renderedSteps(customPipeline([create, approve]))[1]).toEqual({
      type: 'JiraApproval',
      name: 'approve',
      identifier: 'approve',
      spec: {
        connectorRef: 'account.jira',
        issueKey: '<+pipeline.stages.c.spec.execution.steps.ticket.issue.key>',
        approvalCriteria: { type: 'KeyValues', spec: { conditions: [{ key: 'Status', operator: 'equals', value: 'Done' }] } },
      },
    });
  });

  test('renders rejection criteria, retry interval, project, issue type and delegate selectors', () => {
    const step = new JiraApprovalStep({
      identifier: 'a',
      connectorRef: 'account.jira',
      issueKey: 'OPS-1',
      approvalCriteria: ApprovalCriteria.jexl('<+issue.Status> == "Done"'),
      rejectionCriteria: ApprovalCriteria.keyValues([{ key: 'Status', operator: ConditionOperator.EQUALS, value: 'Rejected' }]),
      projectKey: 'OPS',
      issueType: 'Task',
      retryInterval: '1m',
      delegateSelectors: ['jira'],
    });
    expect(renderedSteps(customPipeline([step]))[0].spec).toEqual({
      connectorRef: 'account.jira',
      projectKey: 'OPS',
      issueType: 'Task',
      issueKey: 'OPS-1',
      approvalCriteria: { type: 'Jexl', spec: { expression: '<+issue.Status> == "Done"' } },
      rejectionCriteria: { type: 'KeyValues', spec: { conditions: [{ key: 'Status', operator: 'equals', value: 'Rejected' }] } },
      retryInterval: '1m',
      delegateSelectors: ['jira'],
    });
  });

  test('validation', () => {
    expect(
      thrownMessage(() => new JiraApprovalStep({ identifier: 'a', connectorRef: 'account.jira', issueKey: '', approvalCriteria: done })),
    ).toBe("step 'a': spec.issueKey: is empty. Fix: give the issue key, e.g. 'OPS-123', or a JiraCreate step's outputs.issueKey");
    expect(
      thrownMessage(
        () =>
          new JiraApprovalStep({
            identifier: 'a',
            connectorRef: 'account.jira',
            issueKey: 'OPS-1',
            approvalCriteria: done,
            retryInterval: '5s',
          }),
      ),
    ).toBe(
      "step 'a': spec.retryInterval: '5s' is rejected by the Harness schema (seconds need at least two digits). Fix: use '10s' or more, or '1m'",
    );
  });

  test('is not allowed in IDP stages; validates against the Harness schema', () => {
    expect(
      () =>
        new IdpStage({
          identifier: 'i',
          steps: [new JiraApprovalStep({ identifier: 'a', connectorRef: 'c', issueKey: 'KEY-1', approvalCriteria: done })],
        }),
    ).toThrow(/step type 'JiraApproval' is not allowed in an IDP stage \(allowed in: IACM, Custom, Approval, Deployment\)/);
    expect(
      customPipeline([
        new JiraApprovalStep({ identifier: 'a', connectorRef: 'c', issueKey: 'KEY-1', approvalCriteria: done, retryInterval: '10m' }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
