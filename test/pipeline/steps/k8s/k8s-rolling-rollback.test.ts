import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { DeploymentStage } from '../../../../src/pipeline/stages/deployment-stage';
import type { Step } from '../../../../src/pipeline/step';
import { K8sRollingRollbackStep } from '../../../../src/pipeline/steps/k8s/k8s-rolling-rollback';
import { referenceStep } from '../../../support/reference-examples';

function pipelineWith(steps: Step[]): Pipeline {
  return new Pipeline({
    identifier: 'p',
    stages: [
      new DeploymentStage({ identifier: 'd', serviceRef: 'svc', environmentRef: 'env', infrastructureDefinitions: ['infra'], steps }),
    ],
  });
}

function rendered(steps: Step[]): any[] {
  return (pipelineWith(steps).toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

describe('K8sRollingRollbackStep', () => {
  test('renders as in the k8s-rollback example (pruning off, 10m, given explicitly)', () => {
    const step = new K8sRollingRollbackStep({
      identifier: 'rolling_rollback',
      name: 'Rolling rollback',
      timeout: '10m',
      pruningEnabled: false,
    });
    expect(rendered([step])[0]).toEqual(referenceStep('k8s-rollback', 'rolling_rollback'));
  });

  test('renders only what is given: an empty spec by default (Harness applies pruning off)', () => {
    expect(rendered([new K8sRollingRollbackStep({ identifier: 'rb' })])[0]).toEqual({
      type: 'K8sRollingRollback',
      name: 'rb',
      identifier: 'rb',
      spec: {},
    });
  });

  test('renders pruning, apply command flags and delegate selectors', () => {
    const step = new K8sRollingRollbackStep({
      identifier: 'rb',
      pruningEnabled: true,
      commandFlags: ['--server-side'],
      delegateSelectors: ['k8s'],
    });
    expect(rendered([step])[0].spec).toEqual({
      pruningEnabled: true,
      commandFlags: [{ commandType: 'Apply', flag: '--server-side' }],
      delegateSelectors: ['k8s'],
    });
  });

  test('command flags are not empty', () => {
    expect(() => new K8sRollingRollbackStep({ identifier: 'rb', commandFlags: [''] })).toThrow(
      "step 'rb': spec.commandFlags[0].flag: is empty. Fix: give the kubectl flag, e.g. '--field-manager=harness'",
    );
  });

  test('is allowed only in Deployment stages', () => {
    expect(() => new CustomStage({ identifier: 'c', steps: [new K8sRollingRollbackStep({ identifier: 'rb' })] })).toThrow(
      /step type 'K8sRollingRollback' is not allowed in a Custom stage \(allowed in: Deployment\)/,
    );
  });

  test('validates against the Harness schema', () => {
    expect(pipelineWith([new K8sRollingRollbackStep({ identifier: 'rb', commandFlags: ['--server-side'] })])).toBeValidHarnessPipeline();
  });
});
