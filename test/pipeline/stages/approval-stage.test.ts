import { Expr } from '../../../src/core/expr';
import { SecretRef } from '../../../src/core/secret-ref';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { ApprovalStage } from '../../../src/pipeline/stages/approval-stage';
import { StepGroup } from '../../../src/pipeline/step-group';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { HarnessApprovalStep } from '../../../src/pipeline/steps/custom/harness-approval';
import { HttpMethod, HttpStep } from '../../../src/pipeline/steps/custom/http';
import { PipelineVariable } from '../../../src/pipeline/variable';
import { referenceStage } from '../../support/reference-examples';

describe('ApprovalStage', () => {
  test('renders the approval stage of the token-rotation-approval-stage example', () => {
    const token = PipelineVariable.string('token_identifier');
    const stage = new ApprovalStage({
      identifier: 'approve_rotation_stage',
      name: 'Approve rotation',
      description: '',
      tags: {},
      steps: [
        new HarnessApprovalStep({
          identifier: 'approve_rotation',
          name: 'Approve rotation',
          timeout: '1d',
          approvalMessage: `Rotate token ${token}?`,
          approvers: { userGroups: ['account.platform_security_approvers'], disallowPipelineExecutor: true },
          approverInputs: [{ name: 'change_ticket', defaultValue: '' }],
        }),
      ],
    });
    const p = new Pipeline({ identifier: 'p', variables: [token], stages: [stage] });
    expect((p.toObject() as any).pipeline.stages[0].stage).toEqual(
      referenceStage('token-rotation-approval-stage', 'approve_rotation_stage'),
    );
  });

  test('spec is just the execution; step groups and Http are accepted, Run is not', () => {
    const http = new HttpStep({
      identifier: 'notify',
      url: 'https://example.com',
      method: HttpMethod.POST,
      headers: [{ key: 'Authorization', value: `Bearer ${SecretRef.fromIdentifier('account.t')}` }],
    });
    const stage = new ApprovalStage({ identifier: 'a', steps: [new StepGroup({ identifier: 'g', steps: [http] })] });
    const node = (new Pipeline({ identifier: 'p', stages: [stage] }).toObject() as any).pipeline.stages[0].stage;
    expect(Object.keys(node.spec)).toEqual(['execution']);
    expect(node.spec.execution.steps[0].stepGroup.steps[0].step.type).toBe('Http');
    expect(() => new ApprovalStage({ identifier: 'b', steps: [new RunStep({ identifier: 'r', command: 'x' })] })).toThrow(
      /step type 'Run' is not allowed in an Approval stage/,
    );
  });

  test('validates against the Harness schema', () => {
    const stage = new ApprovalStage({
      identifier: 'a',
      steps: [
        new HarnessApprovalStep({
          identifier: 'approve',
          approvalMessage: `Approve ${Expr.EXECUTION_ID}?`,
          approvers: { userGroups: ['account.x'] },
        }),
      ],
    });
    expect(new Pipeline({ identifier: 'p', stages: [stage] })).toBeValidHarnessPipeline();
  });
});
