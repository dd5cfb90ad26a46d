import { StageStatus } from '../../../src/pipeline/condition';
import { Expr } from '../../../src/core/expr';
import { formatProblem } from '../../../src/core/errors';
import { ErrorType, FailureAction, FailureStrategy } from '../../../src/pipeline/failure-strategy';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { DeploymentStage, DeploymentType } from '../../../src/pipeline/stages/deployment-stage';
import { StepGroup } from '../../../src/pipeline/step-group';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { IacmApprovalStep } from '../../../src/pipeline/steps/iacm/iacm-approval';
import { HarnessApprovalStep } from '../../../src/pipeline/steps/custom/harness-approval';
import { ShellScriptStep } from '../../../src/pipeline/steps/custom/shell-script';
import { InstanceSelection } from '../../../src/pipeline/steps/k8s/instance-selection';
import { K8sPatchStep, MergeStrategyType } from '../../../src/pipeline/steps/k8s/k8s-patch';
import { K8sRollingRollbackStep } from '../../../src/pipeline/steps/k8s/k8s-rolling-rollback';
import { K8sRolloutStep, RolloutCommand } from '../../../src/pipeline/steps/k8s/k8s-rollout';
import { K8sScaleStep } from '../../../src/pipeline/steps/k8s/k8s-scale';
import { RolloutResources } from '../../../src/pipeline/steps/k8s/rollout-resources';
import { PipelineVariable } from '../../../src/pipeline/variable';
import { IdpStage } from '../../../src/pipeline/stages/idp-stage';
import { referenceStage } from '../../support/reference-examples';

function stageNode(p: Pipeline, index = 0): any {
  return (p.toObject() as any).pipeline.stages[index].stage;
}

/** The service/environment/infrastructure variables the Kubernetes example pipelines share. */
function targetVariables(): { service: PipelineVariable; environment: PipelineVariable; infra: PipelineVariable } {
  return {
    service: PipelineVariable.string('service_id', { description: 'Harness service identifier' }),
    environment: PipelineVariable.string('environment_id', { description: 'Harness environment identifier' }),
    infra: PipelineVariable.string('infra_id', { description: 'Infrastructure definition identifier' }),
  };
}

/** What the reference stages write besides the required fields (the model writes them only when given). */
const referenceEnvelope = { description: '', tags: {}, deploymentType: DeploymentType.KUBERNETES, deployToAll: false };

function approval(id: string, name: string, message: string): HarnessApprovalStep {
  return new HarnessApprovalStep({
    identifier: id,
    name,
    timeout: '1d',
    approvalMessage: message,
    approvers: { userGroups: ['account.sre_approvers'] },
    approverInputs: [],
  });
}

describe('DeploymentStage', () => {
  test('renders the rollback stage of the k8s-rollback example', () => {
    const { service, environment, infra } = targetVariables();
    const approve = new HarnessApprovalStep({
      identifier: 'approve_rollback',
      name: 'Approve rollback',
      timeout: '1d',
      approvalMessage: `Roll back ${service} in ${environment}/${infra} to the last successful release?`,
      approvers: { userGroups: ['account.sre_approvers'] },
      approverInputs: [],
      failureStrategies: [FailureStrategy.on([ErrorType.APPROVAL_REJECTION], FailureAction.ABORT)],
    });
    const stage = new DeploymentStage({
      identifier: 'rollback',
      name: 'Rollback',
      ...referenceEnvelope,
      serviceRef: service,
      environmentRef: environment,
      infrastructureDefinitions: [infra],
      steps: [
        approve,
        new K8sRollingRollbackStep({ identifier: 'rolling_rollback', name: 'Rolling rollback', timeout: '10m', pruningEnabled: false }),
      ],
    });
    const p = new Pipeline({ identifier: 'p', variables: [service, environment, infra], stages: [stage] });
    expect(stageNode(p)).toEqual(referenceStage('k8s-rollback', 'rollback'));
  });

  test('renders the scale stage of the k8s-scale example', () => {
    const { service, environment, infra } = targetVariables();
    const workload = PipelineVariable.string('workload');
    const replicas = PipelineVariable.number('replicas');
    const stage = new DeploymentStage({
      identifier: 'scale',
      name: 'Scale',
      ...referenceEnvelope,
      serviceRef: service,
      environmentRef: environment,
      infrastructureDefinitions: [infra],
      steps: [
        approval('approve_scale', 'Approve scale', `Scale ${workload} to ${replicas} replicas?`),
        new K8sScaleStep({
          identifier: 'scale_workload',
          name: 'Scale workload',
          timeout: '10m',
          workload,
          instanceSelection: InstanceSelection.count(replicas),
          skipSteadyStateCheck: false,
        }),
      ],
    });
    const p = new Pipeline({ identifier: 'p', variables: [service, environment, infra, workload, replicas], stages: [stage] });
    expect(stageNode(p)).toEqual(referenceStage('k8s-scale', 'scale'));
  });

  test('renders the restart stage of the k8s-restart example (rollout or patch, by condition)', () => {
    const { service, environment, infra } = targetVariables();
    const workload = PipelineVariable.string('workload');
    const method = PipelineVariable.string('restart_method');
    const stage = new DeploymentStage({
      identifier: 'restart',
      name: 'Restart',
      ...referenceEnvelope,
      serviceRef: service,
      environmentRef: environment,
      infrastructureDefinitions: [infra],
      steps: [
        approval('approve_restart', 'Approve restart', `Rolling restart of ${workload} via ${method}?`),
        new K8sRolloutStep({
          identifier: 'rollout_restart',
          name: 'Rollout restart',
          timeout: '10m',
          when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(method, 'rollout') },
          command: RolloutCommand.RESTART,
          resources: RolloutResources.resourceNames([workload]),
        }),
        new K8sPatchStep({
          identifier: 'patch_restart',
          name: 'Patch restartedAt annotation',
          timeout: '10m',
          when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(method, 'patch') },
          workload,
          mergeStrategyType: MergeStrategyType.STRATEGIC,
          recordChangeCause: true,
          skipSteadyStateCheck: false,
          content: `spec:\n  template:\n    metadata:\n      annotations:\n        kubectl.kubernetes.io/restartedAt: "${Expr.PIPELINE_START_TS}"`,
        }),
      ],
    });
    const p = new Pipeline({ identifier: 'p', variables: [service, environment, infra, workload, method], stages: [stage] });
    expect(stageNode(p)).toEqual(referenceStage('k8s-restart', 'restart'));
  });

  test('literal refs, another deployment type, several infrastructures, explicit failure strategies', () => {
    const stage = new DeploymentStage({
      identifier: 'deploy',
      deploymentType: DeploymentType.NATIVE_HELM,
      serviceRef: 'payments',
      environmentRef: 'prod',
      infrastructureDefinitions: ['eu', 'us'],
      steps: [new ShellScriptStep({ identifier: 'run', script: 'echo' })],
      failureStrategies: [FailureStrategy.onAllErrors(FailureAction.STAGE_ROLLBACK)],
    });
    const node = stageNode(new Pipeline({ identifier: 'p', stages: [stage] }));
    expect(node.spec).toEqual({
      deploymentType: 'NativeHelm',
      service: { serviceRef: 'payments' },
      environment: { environmentRef: 'prod', infrastructureDefinitions: [{ identifier: 'eu' }, { identifier: 'us' }] },
      execution: { steps: [expect.objectContaining({ step: expect.objectContaining({ identifier: 'run' }) })], rollbackSteps: [] },
    });
    expect(node.failureStrategies).toEqual([{ onFailure: { errors: ['AllErrors'], action: { type: 'StageRollback' } } }]);
  });

  describe('rollback steps', () => {
    test('render under execution.rollbackSteps, from props and addRollbackStep()', () => {
      const stage = new DeploymentStage({
        identifier: 'd',
        serviceRef: 's',
        environmentRef: 'e',
        infrastructureDefinitions: ['i'],
        steps: [new ShellScriptStep({ identifier: 'deploy', script: 'echo deploy' })],
        rollbackSteps: [new K8sRollingRollbackStep({ identifier: 'rb' })],
      });
      stage.addRollbackStep(
        new StepGroup({ identifier: 'cleanup', steps: [new ShellScriptStep({ identifier: 'clean', script: 'echo clean' })] }),
      );
      const exec = stageNode(new Pipeline({ identifier: 'p', stages: [stage] })).spec.execution;
      expect(exec.rollbackSteps).toEqual([
        { step: { type: 'K8sRollingRollback', name: 'rb', identifier: 'rb', spec: {} } },
        { stepGroup: { name: 'cleanup', identifier: 'cleanup', steps: [{ step: expect.objectContaining({ identifier: 'clean' }) }] } },
      ]);
      expect(stage.allSteps().map((s) => s.identifier)).toEqual(['deploy', 'rb', 'clean']);
    });

    test('have their own expression path and run after the main steps', () => {
      const deploy = new ShellScriptStep({ identifier: 'deploy', script: 'x=1', outputVariables: ['x'] });
      const rb = new ShellScriptStep({ identifier: 'rb', script: 'y=1', outputVariables: ['y'] });
      const useMain = new ShellScriptStep({ identifier: 'use_main', script: `echo ${deploy.outputVariable('x')}` });
      const stage = new DeploymentStage({
        identifier: 'd',
        serviceRef: 's',
        environmentRef: 'e',
        infrastructureDefinitions: ['i'],
        steps: [deploy],
      }).addRollbackStep(rb, useMain);
      const p = new Pipeline({ identifier: 'p', stages: [stage] });
      expect(stageNode(p).spec.execution.rollbackSteps[1].step.spec.source.spec.script).toBe(
        'echo <+pipeline.stages.d.spec.execution.steps.deploy.output.outputVariables.x>',
      );
      expect(rb.outputVariable('y').resolve()).toBe('<+pipeline.stages.d.spec.execution.rollbackSteps.rb.output.outputVariables.y>');
      expect(rb.describe()).toBe("pipeline 'p' > stage 'd' > rollbackSteps > step 'rb'");
    });

    test('a main step cannot read the output of a rollback step', () => {
      const rb = new ShellScriptStep({ identifier: 'rb', script: 'y=1', outputVariables: ['y'] });
      const main = new ShellScriptStep({ identifier: 'main', script: `echo ${rb.outputVariable('y')}` });
      const stage = new DeploymentStage({
        identifier: 'd',
        serviceRef: 's',
        environmentRef: 'e',
        infrastructureDefinitions: ['i'],
        steps: [main],
        rollbackSteps: [rb],
      });
      expect(() => new Pipeline({ identifier: 'p', stages: [stage] }).toObject()).toThrow(
        /step 'main': spec.source.spec.script: references output 'output.outputVariables.y' of step 'rb', which does not run before it/,
      );
    });

    test("share the stage's identifiers and its stage/step matrix", () => {
      const stage = new DeploymentStage({
        identifier: 'd',
        serviceRef: 's',
        environmentRef: 'e',
        infrastructureDefinitions: ['i'],
        steps: [new ShellScriptStep({ identifier: 'x', script: 'echo' })],
      });
      expect(() => stage.addRollbackStep(new ShellScriptStep({ identifier: 'x', script: 'echo' }))).toThrow(
        /identifier 'x' is already used in stage 'd'/,
      );
      expect(() => stage.addRollbackStep(new IacmApprovalStep({ identifier: 'a' }))).toThrow(
        /step 'a': type: step type 'IACMApproval' is not allowed in a Deployment stage \(allowed in: IACM\)/,
      );
    });

    test('rollback steps alone do not make a stage', () => {
      const stage = new DeploymentStage({
        identifier: 'd',
        serviceRef: 's',
        environmentRef: 'e',
        infrastructureDefinitions: ['i'],
        rollbackSteps: [new K8sRollingRollbackStep({ identifier: 'rb' })],
      });
      expect(new Pipeline({ identifier: 'p', stages: [stage] }).validate().map(formatProblem)).toEqual([
        "pipeline 'p' > stage 'd': spec.execution.steps: the stage has rollback steps but no steps. Fix: add at least one step with addStep()",
      ]);
      const empty = new DeploymentStage({ identifier: 'd', serviceRef: 's', environmentRef: 'e', infrastructureDefinitions: ['i'] });
      expect(new Pipeline({ identifier: 'p', stages: [empty] }).validate().map((x) => x.problem)).toEqual(['the stage has no steps']);
    });
  });

  test('takes K8s steps, which IDP stages refuse', () => {
    expect(() => new IdpStage({ identifier: 'idp', steps: [new K8sRollingRollbackStep({ identifier: 'rb' })] })).toThrow(
      /not allowed in an IDP stage/,
    );
  });

  describe('validation', () => {
    const base = { identifier: 'd', serviceRef: 's', environmentRef: 'e', infrastructureDefinitions: ['i'] };

    test('failure strategies are required: default Abort, an empty list is rejected', () => {
      const node = stageNode(
        new Pipeline({
          identifier: 'p',
          stages: [new DeploymentStage({ ...base, steps: [new RunStep({ identifier: 'r', command: 'x' })] })],
        }),
      );
      expect(node.failureStrategies).toEqual(referenceStage('k8s-rollback', 'rollback').failureStrategies);
      expect(() => new DeploymentStage({ ...base, failureStrategies: [] })).toThrow(
        /stage 'd': failureStrategies: is empty, but the schema requires failure strategies on Deployment stages. Fix: leave failureStrategies out \(default: Abort on all errors\) or give at least one/,
      );
    });

    test('service, environment and at least one infrastructure definition are required', () => {
      expect(() => new DeploymentStage({ ...base, serviceRef: '' })).toThrow(/spec.service.serviceRef: is empty/);
      expect(() => new DeploymentStage({ ...base, environmentRef: undefined } as any)).toThrow(
        /spec.environment.environmentRef: is required/,
      );
      expect(() => new DeploymentStage({ ...base, infrastructureDefinitions: [] })).toThrow(
        "stage 'd': spec.environment.infrastructureDefinitions: no infrastructure definition is given. Fix: list at least one infrastructure definition identifier (or a pipeline variable)",
      );
      expect(() => new DeploymentStage({ ...base, infrastructureDefinitions: [' '] })).toThrow(
        /spec.environment.infrastructureDefinitions\[0\].identifier: is empty/,
      );
    });

    test('the deployment type is one of the schema values', () => {
      expect(() => new DeploymentStage({ ...base, deploymentType: 'K8s' as any })).toThrow(
        `stage 'd': spec.deploymentType: 'K8s' is not a deployment type. Fix: use one of ${Object.values(DeploymentType).join(', ')}`,
      );
    });
  });

  test('the schema rejects a Deployment stage without failure strategies (why the library requires them)', () => {
    const stage = new DeploymentStage({
      identifier: 'd',
      serviceRef: 's',
      environmentRef: 'e',
      infrastructureDefinitions: ['i'],
      steps: [new K8sRollingRollbackStep({ identifier: 'rb' })],
    });
    const p = new Pipeline({ identifier: 'p', stages: [stage] });
    expect(p).toBeValidHarnessPipeline();
    stage.addOverride('failureStrategies', undefined);
    expect(p).not.toBeValidHarnessPipeline();
  });

  test('validates against the Harness schema (with rollback steps and a step group)', () => {
    const stage = new DeploymentStage({
      identifier: 'd',
      serviceRef: 'payments',
      environmentRef: 'prod',
      infrastructureDefinitions: ['eu'],
      steps: [new K8sScaleStep({ identifier: 'scale', workload: 'ns/Deployment/api', instanceSelection: InstanceSelection.count(2) })],
      rollbackSteps: [
        new K8sRollingRollbackStep({ identifier: 'rb' }),
        new StepGroup({ identifier: 'g', steps: [new ShellScriptStep({ identifier: 'sh', script: 'echo' })] }),
      ],
    });
    expect(new Pipeline({ identifier: 'p', stages: [stage] })).toBeValidHarnessPipeline();
  });
});
