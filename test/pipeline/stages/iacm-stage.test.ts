import { ErrorType, FailureAction, FailureStrategy } from '../../../src/pipeline/failure-strategy';
import { StageInfrastructure } from '../../../src/pipeline/infrastructure';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { IacmStage } from '../../../src/pipeline/stages/iacm-stage';
import { StepGroup } from '../../../src/pipeline/step-group';
import { PluginStep } from '../../../src/pipeline/steps/common/plugin';
import { RunStep, Shell } from '../../../src/pipeline/steps/common/run';
import { HarnessApprovalStep } from '../../../src/pipeline/steps/custom/harness-approval';
import { IacmApprovalStep } from '../../../src/pipeline/steps/iacm/iacm-approval';
import { IacmTerraformPluginStep, TerraformCommand } from '../../../src/pipeline/steps/iacm/iacm-terraform-plugin';
import { IacmTfsecStep } from '../../../src/pipeline/steps/iacm/iacm-tfsec';
import { K8sRollingRollbackStep } from '../../../src/pipeline/steps/k8s/k8s-rolling-rollback';
import { PipelineVariable } from '../../../src/pipeline/variable';
import { referenceStage } from '../../support/reference-examples';

function stageNode(p: Pipeline): any {
  return (p.toObject() as any).pipeline.stages[0].stage;
}

describe('IacmStage', () => {
  test('renders the IaC provisioning stage of the infra-provisioning example', () => {
    const workspace = PipelineVariable.string('iacm_workspace');
    const plan = new IacmTerraformPluginStep({ identifier: 'plan', command: TerraformCommand.PLAN, timeout: '10m' });
    const envelope = { description: '', tags: {} };
    const stage = new IacmStage({ identifier: 'iac_provisioning', name: 'Infra as Code Provisioning', ...envelope, workspace })
      .addStep(new IacmTerraformPluginStep({ identifier: 'init', command: TerraformCommand.INIT, timeout: '10m' }))
      .addParallel(
        new PluginStep({ identifier: 'tfsec', uses: 'https://github.com/urischeiner/tfsec-iacm.git', timeout: '10m' }),
        new IacmTerraformPluginStep({
          identifier: 'detect_drift',
          name: 'detect-drift',
          timeout: '10m',
          command: TerraformCommand.DETECT_DRIFT,
          failureStrategies: [FailureStrategy.on([ErrorType.UNKNOWN], FailureAction.MARK_AS_SUCCESS)],
        }),
      )
      .addStep(
        plan,
        new RunStep({
          identifier: 'export_plan',
          name: 'Export plan',
          timeout: '5m',
          shell: Shell.BASH,
          outputVariables: ['tfplan'],
          command: `tfplan=$(cat ${plan.outputs.parsedPlan} | sed -E 's/"(secret_key|access_key)":\\{"value":"[^"]*"\\}/"\\1":{"value":""}/g')`,
        }),
        new IacmApprovalStep({ identifier: 'approve_plan', name: 'Approve plan', timeout: '1h' }),
        new IacmTerraformPluginStep({ identifier: 'apply', command: TerraformCommand.APPLY, timeout: '30m' }),
      );
    const p = new Pipeline({ identifier: 'p', variables: [workspace], stages: [stage] });
    expect(stageNode(p)).toEqual(referenceStage('infra-provisioning', 'iac_provisioning'));
  });

  test('a literal workspace on a Kubernetes infrastructure', () => {
    const stage = new IacmStage({
      identifier: 'iac',
      workspace: 'prod_network',
      infrastructure: StageInfrastructure.kubernetes({ connectorRef: 'account.k8s', namespace: 'iacm' }),
      steps: [new IacmTfsecStep({ identifier: 'tfsec' })],
    });
    expect(stageNode(new Pipeline({ identifier: 'p', stages: [stage] })).spec).toEqual({
      infrastructure: {
        type: 'KubernetesDirect',
        spec: { connectorRef: 'account.k8s', namespace: 'iacm', automountServiceAccountToken: true, os: 'Linux' },
      },
      workspace: 'prod_network',
      execution: { steps: [{ step: { type: 'IACMTFSec', name: 'tfsec', identifier: 'tfsec', spec: {} } }] },
    });
  });

  test('accepts approvals, refuses K8s steps and step groups', () => {
    const approve = new HarnessApprovalStep({ identifier: 'a', approvalMessage: 'Go?', approvers: { userGroups: ['account.x'] } });
    expect(() => new IacmStage({ identifier: 'iac', workspace: 'ws', steps: [approve] })).not.toThrow();
    expect(() => new IacmStage({ identifier: 'iac', workspace: 'ws', steps: [new K8sRollingRollbackStep({ identifier: 'rb' })] })).toThrow(
      /step type 'K8sRollingRollback' is not allowed in an IACM stage/,
    );
    expect(() => new IacmStage({ identifier: 'iac', workspace: 'ws' }).addStepGroup(new StepGroup({ identifier: 'g' }))).toThrow(
      /stage 'iac' > stepGroup 'g': stepGroup: step groups are not allowed in an IACM stage/,
    );
  });

  test('the workspace is required', () => {
    expect(() => new IacmStage({ identifier: 'iac' } as any)).toThrow(
      /stage 'iac': spec.workspace: is required. Fix: give the IaCM workspace identifier, or a pipeline variable that holds it/,
    );
    expect(() => new IacmStage({ identifier: 'iac', workspace: ' ' })).toThrow(/spec.workspace: is empty/);
  });

  test('validates against the Harness schema', () => {
    const ws = PipelineVariable.string('ws');
    const stage = new IacmStage({
      identifier: 'iac',
      workspace: ws,
      steps: [
        new IacmTerraformPluginStep({ identifier: 'plan', command: TerraformCommand.PLAN }),
        new IacmApprovalStep({ identifier: 'approve' }),
      ],
    });
    expect(new Pipeline({ identifier: 'p', variables: [ws], stages: [stage] })).toBeValidHarnessPipeline();
  });
});
