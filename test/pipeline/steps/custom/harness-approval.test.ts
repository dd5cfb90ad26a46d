import { Expr } from '../../../../src/core/expr';
import { ErrorType, FailureAction, FailureStrategy } from '../../../../src/pipeline/failure-strategy';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { ApprovalStage } from '../../../../src/pipeline/stages/approval-stage';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../../../src/pipeline/stages/idp-stage';
import type { Step } from '../../../../src/pipeline/step';
import { HarnessApprovalStep } from '../../../../src/pipeline/steps/custom/harness-approval';
import { ShellScriptStep } from '../../../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { referenceStep } from '../../../support/reference-examples';

function rendered(steps: Step[], variables: PipelineVariable[] = []): any[] {
  const p = new Pipeline({ identifier: 'p', variables, stages: [new CustomStage({ identifier: 's', steps })] });
  return (p.toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

const approvers = { userGroups: ['account.sre_approvers'] };

describe('HarnessApprovalStep', () => {
  test('renders the approval of the token-rotation example (approve_rotation)', () => {
    const vars = ['token_identifier', 'api_key_identifier', 'service_account_identifier', 'secret_identifier'].map((n) =>
      PipelineVariable.string(n),
    );
    const [token, apiKey, sa, secret] = vars;
    const step = new HarnessApprovalStep({
      identifier: 'approve_rotation',
      name: 'Approve rotation',
      timeout: '1d',
      approvalMessage: `Rotate token ${token} (API key ${apiKey}, service account ${sa})\nand store it in secret ${secret}. Requested by ${Expr.TRIGGERED_BY_EMAIL}.`,
      approvers: { userGroups: ['account.platform_security_approvers'], disallowPipelineExecutor: true },
      approverInputs: [],
    });
    expect(rendered([step], vars)[0]).toEqual(referenceStep('token-rotation', 'approve_rotation'));
  });

  test('renders approver inputs as given; schema-required defaults: history on, minimumCount 1; no timeout', () => {
    const step = new HarnessApprovalStep({
      identifier: 'approve',
      approvalMessage: 'Go?',
      approvers,
      approverInputs: [{ name: 'change_ticket' }, { name: 'size', defaultValue: 'S', required: true, allowedValues: 'S,M,L' }],
    });
    expect(rendered([step])[0]).toEqual({
      type: 'HarnessApproval',
      name: 'approve',
      identifier: 'approve',
      spec: {
        approvalMessage: 'Go?',
        includePipelineExecutionHistory: true,
        approvers: { userGroups: ['account.sre_approvers'], minimumCount: 1, disallowPipelineExecutor: false },
        approverInputs: [{ name: 'change_ticket' }, { name: 'size', defaultValue: 'S', required: true, allowedValues: 'S,M,L' }],
      },
    });
  });

  test('renders service accounts, disallowed e-mails and auto approval', () => {
    const step = new HarnessApprovalStep({
      identifier: 'approve',
      approvalMessage: 'Go?',
      approvers: { serviceAccounts: ['account.bot'], minimumCount: 2, disallowedUserEmails: ['a@example.com'] },
      includePipelineExecutionHistory: false,
      autoApproval: { time: '2030-01-01 09:00 AM', timeZone: 'Europe/Berlin', comments: 'auto' },
    });
    expect(rendered([step])[0].spec).toEqual({
      approvalMessage: 'Go?',
      includePipelineExecutionHistory: false,
      approvers: {
        serviceAccounts: ['account.bot'],
        minimumCount: 2,
        disallowPipelineExecutor: false,
        disallowedUserEmails: ['a@example.com'],
      },
      autoApproval: { action: 'APPROVE', scheduledDeadline: { time: '2030-01-01 09:00 AM', timeZone: 'Europe/Berlin' }, comments: 'auto' },
    });
  });

  test('approverInput() references output.approverInputs.<name>', () => {
    const approve = new HarnessApprovalStep({
      identifier: 'approve',
      approvalMessage: 'Go?',
      approvers,
      approverInputs: [{ name: 'ticket' }],
    });
    const use = new ShellScriptStep({ identifier: 'use', script: `echo ${approve.approverInput('ticket')}` });
    expect(rendered([approve, use])[1].spec.source.spec.script).toBe(
      'echo <+pipeline.stages.s.spec.execution.steps.approve.output.approverInputs.ticket>',
    );
  });

  test('approverInput() rejects an undeclared input', () => {
    const approve = new HarnessApprovalStep({
      identifier: 'approve',
      approvalMessage: 'Go?',
      approvers,
      approverInputs: [{ name: 'ticket' }],
    });
    expect(() => approve.approverInput('reason')).toThrow(
      /spec.approverInputs: 'reason' is not an approver input of this step. Fix: add it to approverInputs, or use one of: ticket/,
    );
  });

  test('step failure strategies render (ApprovalRejection → Abort, as in the k8s-rollback example)', () => {
    const step = new HarnessApprovalStep({
      identifier: 'approve',
      approvalMessage: 'Go?',
      approvers,
      failureStrategies: [FailureStrategy.on([ErrorType.APPROVAL_REJECTION], FailureAction.ABORT)],
    });
    expect(rendered([step])[0].failureStrategies).toEqual(referenceStep('k8s-rollback', 'approve_rollback').failureStrategies);
  });

  test('is not allowed in an IDP stage, but in an Approval stage', () => {
    expect(
      () => new IdpStage({ identifier: 'idp', steps: [new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers })] }),
    ).toThrow(/step type 'HarnessApproval' is not allowed in an IDP stage/);
    expect(
      () =>
        new ApprovalStage({ identifier: 'ok', steps: [new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers })] }),
    ).not.toThrow();
  });

  describe('validation', () => {
    test('someone must be able to approve', () => {
      expect(() => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers: {} })).toThrow(
        "step 'a': spec.approvers: no user group and no service account can approve. Fix: list at least one entry in userGroups or serviceAccounts",
      );
      expect(
        () => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers: { userGroups: [], serviceAccounts: [] } }),
      ).toThrow(/spec.approvers: no user group and no service account can approve/);
      expect(() => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?' } as any)).toThrow(/spec.approvers: is required/);
    });

    test('user group entries are not empty', () => {
      expect(
        () => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers: { userGroups: ['account.x', ' '] } }),
      ).toThrow(/spec.approvers.userGroups\[1\]: is empty/);
    });

    test('minimumCount is a whole number of at least 1', () => {
      expect(
        () => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers: { ...approvers, minimumCount: 0 } }),
      ).toThrow(/spec.approvers.minimumCount: 0 is not a number of approvals. Fix: use a whole number of at least 1/);
      expect(
        () => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers: { ...approvers, minimumCount: 1.5 } }),
      ).toThrow(/minimumCount: 1.5 is not a number of approvals/);
    });

    test('the approval message is required', () => {
      expect(() => new HarnessApprovalStep({ identifier: 'a', approvalMessage: '', approvers })).toThrow(/spec.approvalMessage: is empty/);
    });

    test('approver input names are identifiers and unique', () => {
      expect(
        () => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers, approverInputs: [{ name: 'change-ticket' }] }),
      ).toThrow(/spec.approverInputs\[0\].name: 'change-ticket' is not a valid approver input name/);
      expect(
        () =>
          new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers, approverInputs: [{ name: 'x' }, { name: 'x' }] }),
      ).toThrow(/spec.approverInputs\[1\].name: approver input 'x' is listed twice/);
    });

    test('an approver input sets at most one of allowedValues, regex, selectOneFrom, selectManyFrom', () => {
      expect(
        () =>
          new HarnessApprovalStep({
            identifier: 'a',
            approvalMessage: 'Go?',
            approvers,
            approverInputs: [{ name: 'x', allowedValues: 'a,b', regex: '^a$' }],
          }),
      ).toThrow(
        "step 'a': spec.approverInputs[0]: approver input 'x' sets allowedValues and regex. Fix: set at most one of allowedValues, regex, selectOneFrom, selectManyFrom",
      );
    });

    test('auto approval needs a time and a time zone', () => {
      expect(
        () => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers, autoApproval: { time: '', timeZone: 'UTC' } }),
      ).toThrow("step 'a': spec.autoApproval.scheduledDeadline.time: is empty. Fix: give the date and time of the automatic approval");
    });

    test('the timeout is at most 53 weeks', () => {
      expect(() => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers, timeout: '54w' })).toThrow(
        /step 'a': timeout: '54w' is longer than the maximum of 53w for this step/,
      );
      expect(() => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers, timeout: '53w' })).not.toThrow();
    });
  });

  test('validates against the Harness schema', () => {
    const step = new HarnessApprovalStep({
      identifier: 'approve',
      approvalMessage: 'Go?',
      approvers,
      approverInputs: [{ name: 'ticket', regex: '^OPS-[0-9]+$' }],
      autoApproval: { time: '2030-01-01 09:00 AM', timeZone: 'UTC' },
    });
    expect(new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', steps: [step] })] })).toBeValidHarnessPipeline();
  });

  describe('isAutoRejectEnabled', () => {
    test('renders only when given, after includePipelineExecutionHistory', () => {
      const [plain, reject] = rendered([
        new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers }),
        new HarnessApprovalStep({ identifier: 'b', approvalMessage: 'Go?', approvers, isAutoRejectEnabled: true }),
      ]);
      expect(plain.spec).not.toHaveProperty('isAutoRejectEnabled');
      expect(Object.keys(reject.spec)).toEqual(['approvalMessage', 'includePipelineExecutionHistory', 'isAutoRejectEnabled', 'approvers']);
      expect(reject.spec.isAutoRejectEnabled).toBe(true);
    });

    test('is a boolean or an expression', () => {
      expect(
        () => new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers, isAutoRejectEnabled: 'yes' as any }),
      ).toThrow(new Error("step 'a': spec.isAutoRejectEnabled: expects true or false, got string. Fix: pass a boolean or an expression"));
    });

    test('validates against the Harness schema', () => {
      const step = new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers, isAutoRejectEnabled: false });
      expect(new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', steps: [step] })] })).toBeValidHarnessPipeline();
    });
  });
});
