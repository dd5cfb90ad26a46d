import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { K8sRollingDeployStep } from '../../../../src/pipeline/steps/k8s/k8s-rolling-deploy';
import { K8sRollingRollbackStep } from '../../../../src/pipeline/steps/k8s/k8s-rolling-rollback';
import { deploymentPipeline, renderedSteps, thrownMessage } from '../support';

describe('K8sRollingDeployStep', () => {
  test('renders only what is given: an empty spec by default', () => {
    const [s] = renderedSteps(deploymentPipeline([new K8sRollingDeployStep({ identifier: 'rollout' })]));
    expect(s).toEqual({ type: 'K8sRollingDeploy', name: 'rollout', identifier: 'rollout', spec: {} });
  });

  test('renders dry run, pruning, apply flags and delegate selectors', () => {
    const step = new K8sRollingDeployStep({
      identifier: 'rollout',
      skipDryRun: false,
      pruningEnabled: true,
      commandFlags: ['--server-side'],
      delegateSelectors: ['k8s'],
    });
    expect(renderedSteps(deploymentPipeline([step]))[0].spec).toEqual({
      skipDryRun: false,
      pruningEnabled: true,
      commandFlags: [{ commandType: 'Apply', flag: '--server-side' }],
      delegateSelectors: ['k8s'],
    });
  });

  test('command flags are not empty', () => {
    expect(thrownMessage(() => new K8sRollingDeployStep({ identifier: 'r', commandFlags: [''] }))).toBe(
      "step 'r': spec.commandFlags[0].flag: is empty. Fix: give the kubectl flag, e.g. '--field-manager=harness'",
    );
  });

  test('is allowed only in Deployment stages', () => {
    expect(thrownMessage(() => new CustomStage({ identifier: 'c', steps: [new K8sRollingDeployStep({ identifier: 'r' })] }))).toBe(
      "step 'r': type: step type 'K8sRollingDeploy' is not allowed in a Custom stage (allowed in: Deployment). Fix: put it in a Deployment stage",
    );
  });

  test('validates against the Harness schema, with its rollback step', () => {
    const p = deploymentPipeline(
      [
        new K8sRollingDeployStep({ identifier: 'a' }),
        new K8sRollingDeployStep({ identifier: 'b', skipDryRun: true, pruningEnabled: false }),
      ],
      { rollbackSteps: [new K8sRollingRollbackStep({ identifier: 'rb' })] },
    );
    expect(p).toBeValidHarnessPipeline();
  });
});
