import { throwIfInvalid } from '../../../src/core/value-problems';
import {
  ApprovalGate,
  approvalMessage,
  createApprovalStep,
  gatedPipeline,
  requireApprovalGate,
} from '../../../src/constructs/patterns/blocks/approval-gate';
import { resolveValue } from '../../../src/core/resolve';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { ShellScriptStep } from '../../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable } from '../../../src/pipeline/variable';

const gate = () => ApprovalGate.required({ userGroups: ['account.sre_approvers'] });

describe('ApprovalGate', () => {
  test('required: the step approvers, defaults and rejection strategy', () => {
    const step = ApprovalGate.required({
      userGroups: ['account.sre_approvers', 'org.leads'],
      minimumCount: 2,
      disallowPipelineExecutor: false,
      timeout: '2h',
    }).createStep({ identifier: 'approve_x', name: 'Approve x', message: 'Go?' })!;
    expect((resolveValue(step.toObject()) as any).step).toEqual({
      type: 'HarnessApproval',
      identifier: 'approve_x',
      name: 'Approve x',
      timeout: '2h',
      failureStrategies: [{ onFailure: { errors: ['ApprovalRejection'], action: { type: 'Abort' } } }],
      spec: {
        approvalMessage: 'Go?',
        includePipelineExecutionHistory: true,
        approvers: { userGroups: ['account.sre_approvers', 'org.leads'], minimumCount: 2, disallowPipelineExecutor: false },
        approverInputs: [],
      },
    });
    expect(gate().isRequired).toBe(true);
    expect(gate().tags()).toEqual({ approval: 'required' });
    expect(gate().describe()).toBeUndefined();
  });

  test('skip: no step, the reason is tagged and described', () => {
    const skipped = ApprovalGate.skip({ reason: '  sandbox only, no production ' });
    expect(skipped.isRequired).toBe(false);
    expect(skipped.skipReason).toBe('sandbox only, no production');
    expect(skipped.createStep({ identifier: 'a', name: 'a', message: 'x' })).toBeUndefined();
    expect(skipped.tags()).toEqual({ approval: 'skipped' });
    expect(skipped.describe()).toBe('Runs without human approval: sandbox only, no production');
  });

  test('required rejects a missing or empty user group list', () => {
    expect(() => throwIfInvalid(ApprovalGate.required({ userGroups: [] }))).toThrow(
      /^ApprovalGate\.required: userGroups: no approver user group is given\. Fix: name at least one user group, e\.g\. \['account\.sre_approvers'\], or use ApprovalGate\.skip\(\{ reason \}\) to run without approval$/,
    );
    expect(() => throwIfInvalid(ApprovalGate.required(undefined as any))).toThrow(
      /^ApprovalGate\.required: userGroups: no approver user group is given/,
    );
  });

  test('required rejects a blank user group, where it is written', () => {
    expect(() => throwIfInvalid(ApprovalGate.required({ userGroups: ['account.sre', ' '] }))).toThrow(
      /^ApprovalGate\.required: userGroups\[1\]: is empty\. Fix: give the user group's identifier with its scope, e\.g\. 'account\.sre_approvers'$/,
    );
  });

  test('required rejects a minimumCount that is not a whole number of at least 1', () => {
    for (const n of [0, 1.5, -1]) {
      expect(() => throwIfInvalid(ApprovalGate.required({ userGroups: ['account.sre'], minimumCount: n }))).toThrow(
        new RegExp(
          `^ApprovalGate\\.required: minimumCount: ${String(n).replace('.', '\\.')} is not a number of approvals\\. Fix: use a whole number of at least 1`,
        ),
      );
    }
  });

  test('required rejects a timeout Harness does not accept', () => {
    expect(() => throwIfInvalid(ApprovalGate.required({ userGroups: ['account.sre'], timeout: '5s' }))).toThrow(
      /^ApprovalGate\.required: timeout: .*5s/,
    );
  });

  test('skip rejects a missing or short reason', () => {
    expect(() => throwIfInvalid(ApprovalGate.skip({ reason: 'because' }))).toThrow(
      /^ApprovalGate\.skip: reason: skipping the approval needs a reason of at least 10 characters\. Fix: say why this workflow may run without a human approval/,
    );
    expect(() => throwIfInvalid(ApprovalGate.skip({} as any))).toThrow(/^ApprovalGate\.skip: reason: skipping the approval needs a reason/);
  });
});

describe('gated operation building blocks', () => {
  test('requireApprovalGate returns the gate', () => {
    const g = gate();
    expect(requireApprovalGate(g, 'x')).toBe(g);
  });

  test('requireApprovalGate rejects a missing approval, naming both ways to decide', () => {
    expect(() => requireApprovalGate(undefined, 'team/op')).toThrow(
      "team/op: approval: no approval decision is given; this pattern does not run without one. Fix: pass ApprovalGate.required({ userGroups: ['account.sre_approvers'] }), or ApprovalGate.skip({ reason: '...' }) to run without a human approval",
    );
  });

  test('requireApprovalGate rejects other values, without repeating them', () => {
    expect(() => requireApprovalGate('account.sre', 'team/op')).toThrow(/team\/op: approval: expects an ApprovalGate, got a string\. Fix:/);
    expect(() => requireApprovalGate({ userGroups: ['a'] }, 'team/op', 'gate')).toThrow(
      /team\/op: gate: expects an ApprovalGate, got an object \(Object\)/,
    );
    expect(() => requireApprovalGate(null, 'team/op')).toThrow(/got null/);
    expect(() => requireApprovalGate(true, 'team/op')).toThrow(/got boolean/);
  });

  test('approvalMessage appends who asked', () => {
    expect(resolveValue(approvalMessage('Scale it?'))).toBe('Scale it?\nRequested by <+pipeline.triggeredBy.email>.');
  });

  test('createApprovalStep names the step after the operation and uses the default or given message', () => {
    const step = createApprovalStep(gate(), { operation: 'flag change', request: 'Toggle?' })!;
    expect(step.identifier).toBe('approve_flag_change');
    expect(step.name).toBe('Approve flag change');
    const spec = (resolveValue(step.toObject()) as any).step.spec;
    expect(spec.approvalMessage).toBe('Toggle?\nRequested by <+pipeline.triggeredBy.email>.');
    const custom = createApprovalStep(gate(), { operation: 'scale', request: 'Scale?', message: 'Custom message' })!;
    expect((resolveValue(custom.toObject()) as any).step.spec.approvalMessage).toBe('Custom message');
  });

  test('createApprovalStep returns undefined for a skipped gate', () => {
    expect(
      createApprovalStep(ApprovalGate.skip({ reason: 'sandbox only, no production' }), { operation: 'scale', request: 'x' }),
    ).toBeUndefined();
  });

  test('gatedPipeline records the decision in tags and description', () => {
    const v = PipelineVariable.string('x');
    const stage = () => new CustomStage({ identifier: 's', steps: [new ShellScriptStep({ identifier: 'a', script: 'true' })] });
    const required = gatedPipeline({ identifier: 'p', name: 'P', gate: gate(), variables: [v] }).addStage(stage());
    expect((required.toObject() as any).pipeline).toMatchObject({ identifier: 'p', name: 'P', tags: { approval: 'required' } });
    expect((required.toObject() as any).pipeline.description).toBeUndefined();
    const skipped = gatedPipeline({
      identifier: 'p',
      name: 'P',
      gate: ApprovalGate.skip({ reason: 'sandbox only, no production' }),
      variables: [],
    }).addStage(stage());
    expect((skipped.toObject() as any).pipeline).toMatchObject({
      tags: { approval: 'skipped' },
      description: 'Runs without human approval: sandbox only, no production',
    });
    const none = gatedPipeline({ identifier: 'p', name: 'P', variables: [] }).addStage(stage());
    expect((none.toObject() as any).pipeline.tags).toEqual({});
  });

  test("gatedPipeline takes a description; a skipped gate's reason replaces it", () => {
    const stage = () => new CustomStage({ identifier: 's', steps: [new ShellScriptStep({ identifier: 'a', script: 'true' })] });
    const described = gatedPipeline({ identifier: 'p', name: 'P', description: 'Does things.', variables: [] }).addStage(stage());
    expect((described.toObject() as any).pipeline).toMatchObject({ description: 'Does things.', tags: {} });
    const skipped = gatedPipeline({
      identifier: 'p',
      name: 'P',
      description: 'Does things.',
      gate: ApprovalGate.skip({ reason: 'sandbox only, no production' }),
      variables: [],
    }).addStage(stage());
    expect((skipped.toObject() as any).pipeline.description).toBe('Runs without human approval: sandbox only, no production');
  });
});
