import { Expr } from '../../../../src/core/expr';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IacmStage } from '../../../../src/pipeline/stages/iacm-stage';
import type { Step } from '../../../../src/pipeline/step';
import { IacmApprovalStep } from '../../../../src/pipeline/steps/iacm/iacm-approval';
import { referenceStep } from '../../../support/reference-examples';

function pipelineWith(steps: Step[]): Pipeline {
  return new Pipeline({ identifier: 'p', stages: [new IacmStage({ identifier: 'iac', workspace: 'ws', steps })] });
}

function rendered(steps: Step[]): any[] {
  return (pipelineWith(steps).toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

describe('IacmApprovalStep', () => {
  test('renders spec {} as in the infra-provisioning example (no autoApprove)', () => {
    const step = new IacmApprovalStep({ identifier: 'approve_plan', name: 'Approve plan', timeout: '1h' });
    expect(rendered([step])[0]).toEqual(referenceStep('infra-provisioning', 'approve_plan'));
    expect(rendered([new IacmApprovalStep({ identifier: 'a' })])[0].spec).not.toHaveProperty('autoApprove');
  });

  test('renders no timeout unless given (Harness applies its default)', () => {
    expect(rendered([new IacmApprovalStep({ identifier: 'a' })])[0]).toEqual({
      type: 'IACMApproval',
      name: 'a',
      identifier: 'a',
      spec: {},
    });
  });

  test('is allowed only in IACM stages', () => {
    expect(() => new CustomStage({ identifier: 'c', steps: [new IacmApprovalStep({ identifier: 'a' })] })).toThrow(
      /step type 'IACMApproval' is not allowed in a Custom stage \(allowed in: IACM\)/,
    );
  });

  test('validates against the Harness schema', () => {
    expect(pipelineWith([new IacmApprovalStep({ identifier: 'a' })])).toBeValidHarnessPipeline();
  });

  describe('autoApprove', () => {
    test('renders only when given, as a boolean or an expression', () => {
      const flag = Expr.raw('<+env.variables.auto_approve>');
      const [a, b] = rendered([
        new IacmApprovalStep({ identifier: 'a', autoApprove: false }),
        new IacmApprovalStep({ identifier: 'b', autoApprove: flag }),
      ]);
      expect(a.spec).toEqual({ autoApprove: false });
      expect(b.spec).toEqual({ autoApprove: '<+env.variables.auto_approve>' });
    });

    test('anything else is refused', () => {
      expect(() => new IacmApprovalStep({ identifier: 'a', autoApprove: 'no' as any })).toThrow(
        new Error("step 'a': spec.autoApprove: expects true or false, got string. Fix: pass a boolean or an expression"),
      );
    });

    test('validates against the Harness schema', () => {
      expect(pipelineWith([new IacmApprovalStep({ identifier: 'a', autoApprove: true })])).toBeValidHarnessPipeline();
    });
  });
});
