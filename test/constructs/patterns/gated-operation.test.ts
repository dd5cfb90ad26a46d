import { ApprovalGate } from '../../../src/constructs/patterns/approval-gate';
import { approvalMessage, createApprovalStep, gatedPipeline, requireApprovalGate } from '../../../src/constructs/patterns/gated-operation';
import { resolveValue } from '../../../src/pipeline/expression';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { ShellScriptStep } from '../../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable } from '../../../src/pipeline/variable';

const gate = () => ApprovalGate.required({ userGroups: ['account.sre_approvers'] });

describe('gated operation building blocks', () => {
  test('requireApprovalGate returns the gate', () => {
    const g = gate();
    expect(requireApprovalGate(g, 'x')).toBe(g);
  });

  test('requireApprovalGate rejects a missing approval, naming both ways to decide', () => {
    expect(() => requireApprovalGate(undefined, 'team/op'))
      .toThrow("team/op: approval: no approval decision is given; this pattern does not run without one. Fix: pass ApprovalGate.required({ userGroups: ['account.sre_approvers'] }), or ApprovalGate.skip({ reason: '...' }) to run without a human approval");
  });

  test('requireApprovalGate rejects other values, without repeating them', () => {
    expect(() => requireApprovalGate('account.sre', 'team/op')).toThrow(/team\/op: approval: expects an ApprovalGate, got a string\. Fix:/);
    expect(() => requireApprovalGate({ userGroups: ['a'] }, 'team/op', 'gate')).toThrow(/team\/op: gate: expects an ApprovalGate, got an object \(Object\)/);
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
    expect(createApprovalStep(ApprovalGate.skip({ reason: 'sandbox only, no production' }), { operation: 'scale', request: 'x' })).toBeUndefined();
  });

  test('gatedPipeline records the decision in tags and description', () => {
    const v = PipelineVariable.string('x');
    const stage = () => new CustomStage({ identifier: 's', steps: [new ShellScriptStep({ identifier: 'a', script: 'true' })] });
    const required = gatedPipeline({ identifier: 'p', name: 'P', gate: gate(), variables: [v] }).addStage(stage());
    expect((required.toObject() as any).pipeline).toMatchObject({ identifier: 'p', name: 'P', tags: { approval: 'required' } });
    expect((required.toObject() as any).pipeline.description).toBeUndefined();
    const skipped = gatedPipeline({ identifier: 'p', name: 'P', gate: ApprovalGate.skip({ reason: 'sandbox only, no production' }), variables: [] }).addStage(stage());
    expect((skipped.toObject() as any).pipeline).toMatchObject({ tags: { approval: 'skipped' }, description: 'Runs without human approval: sandbox only, no production' });
    const none = gatedPipeline({ identifier: 'p', name: 'P', variables: [] }).addStage(stage());
    expect((none.toObject() as any).pipeline.tags).toEqual({});
  });
});
