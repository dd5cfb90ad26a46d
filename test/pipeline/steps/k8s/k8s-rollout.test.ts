import { StageStatus } from '../../../../src/pipeline/condition';
import { Expr } from '../../../../src/core/expr';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { DeploymentStage } from '../../../../src/pipeline/stages/deployment-stage';
import type { Step } from '../../../../src/pipeline/step';
import { K8sRolloutStep, RolloutCommand } from '../../../../src/pipeline/steps/k8s/k8s-rollout';
import { RolloutResources } from '../../../../src/pipeline/steps/k8s/rollout-resources';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { referenceStep } from '../../../support/reference-examples';

function pipelineWith(steps: Step[], variables: PipelineVariable[] = []): Pipeline {
  return new Pipeline({
    identifier: 'p',
    variables,
    stages: [
      new DeploymentStage({ identifier: 'd', serviceRef: 'svc', environmentRef: 'env', infrastructureDefinitions: ['infra'], steps }),
    ],
  });
}

function rendered(steps: Step[], variables: PipelineVariable[] = []): any[] {
  return (pipelineWith(steps, variables).toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

describe('K8sRolloutStep', () => {
  test('renders the conditional rollout restart of the k8s-restart example', () => {
    const workload = PipelineVariable.string('workload');
    const method = PipelineVariable.string('restart_method');
    const step = new K8sRolloutStep({
      identifier: 'rollout_restart',
      name: 'Rollout restart',
      timeout: '10m',
      when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(method, 'rollout') },
      command: RolloutCommand.RESTART,
      resources: RolloutResources.resourceNames([workload]),
    });
    expect(rendered([step], [workload, method])[0]).toEqual(referenceStep('k8s-restart', 'rollout_restart'));
  });

  test('renders manifest paths, rollout command flags and delegate selectors', () => {
    const step = new K8sRolloutStep({
      identifier: 'rollout_status',
      command: RolloutCommand.STATUS,
      resources: RolloutResources.manifestPaths(['deployment.yaml']),
      commandFlags: ['--watch=false'],
      delegateSelectors: ['k8s'],
    });
    expect(rendered([step])[0].spec).toEqual({
      command: 'status',
      resources: { type: 'ManifestPath', spec: { manifestPaths: ['deployment.yaml'] } },
      commandFlags: [{ commandType: 'Rollout', flag: '--watch=false' }],
      delegateSelectors: ['k8s'],
    });
  });

  describe('validation', () => {
    test('the command is lowercase', () => {
      expect(() => new K8sRolloutStep({ identifier: 'r', command: 'Resume' as any, resources: RolloutResources.releaseName() })).toThrow(
        "step 'r': spec.command: 'Resume' is not a rollout command (the schema wants lowercase). Fix: use one of restart, resume, status, undo, pause, history",
      );
    });

    test('resources are required, as a non-empty list', () => {
      expect(() => new K8sRolloutStep({ identifier: 'r', command: RolloutCommand.UNDO } as any)).toThrow(
        "step 'r': spec.resources: is required. Fix: pass e.g. RolloutResources.resourceNames(['payments/Deployment/payments-api'])",
      );
      expect(
        () => new K8sRolloutStep({ identifier: 'r', command: RolloutCommand.UNDO, resources: RolloutResources.resourceNames([]) }),
      ).toThrow(
        "step 'r': resources.resourceNames: the list is empty. Fix: pass at least one name, e.g. ['payments/Deployment/payments-api']",
      );
      expect(() => RolloutResources.manifestPaths(['deployment.yaml', ' ']).toObject()).toThrow(
        "RolloutResources.manifestPaths: manifestPaths[1]: the entry is empty. Fix: give a path such as 'deployment.yaml'",
      );
    });

    test('command flags are not empty', () => {
      expect(
        () =>
          new K8sRolloutStep({
            identifier: 'r',
            command: RolloutCommand.PAUSE,
            resources: RolloutResources.releaseName(),
            commandFlags: [' '],
          }),
      ).toThrow(/spec.commandFlags\[0\].flag: is empty/);
    });
  });

  test('is allowed only in Deployment stages', () => {
    expect(
      () =>
        new CustomStage({
          identifier: 'c',
          steps: [new K8sRolloutStep({ identifier: 'r', command: RolloutCommand.RESTART, resources: RolloutResources.releaseName() })],
        }),
    ).toThrow(/step type 'K8sRollout' is not allowed in a Custom stage \(allowed in: Deployment\)/);
  });

  test('validates against the Harness schema', () => {
    const steps = [
      new K8sRolloutStep({
        identifier: 'a',
        command: RolloutCommand.RESTART,
        resources: RolloutResources.resourceNames(['ns/Deployment/api']),
        commandFlags: ['--x'],
      }),
      new K8sRolloutStep({ identifier: 'b', command: RolloutCommand.UNDO, resources: RolloutResources.releaseName() }),
      new K8sRolloutStep({ identifier: 'c', command: RolloutCommand.HISTORY, resources: RolloutResources.allManifestPaths() }),
    ];
    expect(pipelineWith(steps)).toBeValidHarnessPipeline();
  });
});
