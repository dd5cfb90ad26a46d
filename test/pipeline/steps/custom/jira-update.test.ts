import { StageStatus } from '../../../../src/pipeline/condition';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { JiraCreateStep } from '../../../../src/pipeline/steps/custom/jira-create';
import { JiraUpdateStep } from '../../../../src/pipeline/steps/custom/jira-update';
import { PolicyStep } from '../../../../src/pipeline/steps/custom/policy';
import { referenceStep } from '../../../support/reference-examples';

function render(p: Pipeline, stage: number): any[] {
  return (p.toObject() as any).pipeline.stages[stage].stage.spec.execution.steps.map((e: any) => e.step);
}

describe('JiraUpdateStep', () => {
  test('renders the ticket update of the infra-provisioning example (update_jira_ticket), with the issue key of a JiraCreate step', () => {
    const create = new JiraCreateStep({
      identifier: 'create_jira_ticket',
      connectorRef: 'account.jira_connector',
      projectKey: 'OPS',
      issueType: 'Task',
    });
    const opa = new PolicyStep({ identifier: 'opa_plan_check', policySets: ['account.terraform_compliance'], payload: '{}' });
    const update = new JiraUpdateStep({
      identifier: 'update_jira_ticket',
      name: 'Update change ticket',
      timeout: '10m',
      when: { stageStatus: StageStatus.ALL },
      connectorRef: 'account.jira_connector',
      issueKey: create.outputs.issueKey,
      transitionTo: { transitionName: '', status: 'Done' },
      fields: [{ name: 'Comment', value: `Provisioned by Harness IDP. OPA status: ${opa.outputs.status}` }],
    });
    const p = new Pipeline({
      identifier: 'p',
      stages: [
        new CustomStage({ identifier: 'change_management', steps: [create] }),
        new CustomStage({ identifier: 'governance', steps: [opa, update] }),
      ],
    });
    expect(render(p, 1)[1]).toEqual(referenceStep('infra-provisioning', 'update_jira_ticket'));
  });

  test('a transition alone, without transitionName; fields alone', () => {
    const t = new JiraUpdateStep({
      identifier: 'close',
      connectorRef: 'account.jira',
      issueKey: 'OPS-1',
      transitionTo: { status: 'Done' },
      delegateSelectors: ['eu'],
    });
    const f = new JiraUpdateStep({
      identifier: 'comment',
      connectorRef: 'account.jira',
      issueKey: 'OPS-1',
      fields: [{ name: 'Comment', value: 'hi' }],
    });
    const steps = render(new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', steps: [t, f] })] }), 0);
    expect(steps[0].spec).toEqual({
      connectorRef: 'account.jira',
      issueKey: 'OPS-1',
      transitionTo: { status: 'Done' },
      delegateSelectors: ['eu'],
    });
    expect(steps[1].spec).toEqual({ connectorRef: 'account.jira', issueKey: 'OPS-1', fields: [{ name: 'Comment', value: 'hi' }] });
  });

  describe('validation', () => {
    test('connectorRef and issueKey are required', () => {
      expect(() => new JiraUpdateStep({ identifier: 'u', connectorRef: 'c', issueKey: '', transitionTo: { status: 'Done' } })).toThrow(
        /spec.issueKey: is empty/,
      );
      expect(() => new JiraUpdateStep({ identifier: 'u', issueKey: 'OPS-1', transitionTo: { status: 'Done' } } as any)).toThrow(
        /spec.connectorRef: is required/,
      );
    });

    test('a transition needs a status', () => {
      expect(() => new JiraUpdateStep({ identifier: 'u', connectorRef: 'c', issueKey: 'OPS-1', transitionTo: { status: '' } })).toThrow(
        /spec.transitionTo.status: is empty/,
      );
    });

    test('the step must change something', () => {
      expect(() => new JiraUpdateStep({ identifier: 'u', connectorRef: 'c', issueKey: 'OPS-1' })).toThrow(
        /step 'u': spec: neither transitionTo nor fields is set, so the step changes nothing. Fix: set transitionTo, fields, or both/,
      );
    });
  });

  test('validates against the Harness schema', () => {
    const step = new JiraUpdateStep({
      identifier: 'u',
      connectorRef: 'account.jira',
      issueKey: 'OPS-1',
      transitionTo: { status: 'Done', transitionName: 'Close' },
    });
    expect(new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', steps: [step] })] })).toBeValidHarnessPipeline();
  });
});
