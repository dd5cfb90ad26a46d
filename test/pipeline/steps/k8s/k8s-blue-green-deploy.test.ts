import { K8sBGSwapServicesStep } from '../../../../src/pipeline/steps/k8s/k8s-bg-swap-services';
import { K8sBlueGreenDeployStep } from '../../../../src/pipeline/steps/k8s/k8s-blue-green-deploy';
import { deploymentPipeline, renderedSteps, thrownMessage } from '../support';

describe('K8sBlueGreenDeployStep', () => {
  test('renders only what is given: an empty spec by default', () => {
    expect(renderedSteps(deploymentPipeline([new K8sBlueGreenDeployStep({ identifier: 'bg' })]))[0]).toEqual({
      type: 'K8sBlueGreenDeploy',
      name: 'bg',
      identifier: 'bg',
      spec: {},
    });
  });

  test('renders every field', () => {
    const step = new K8sBlueGreenDeployStep({
      identifier: 'bg',
      skipDryRun: true,
      pruningEnabled: false,
      skipDeploymentIfSameManifest: true,
      commandFlags: ['--server-side'],
      delegateSelectors: ['k8s'],
    });
    expect(renderedSteps(deploymentPipeline([step]))[0].spec).toEqual({
      skipDryRun: true,
      pruningEnabled: false,
      skipDeploymentIfSameManifest: true,
      commandFlags: [{ commandType: 'Apply', flag: '--server-side' }],
      delegateSelectors: ['k8s'],
    });
  });

  test('command flags are not empty', () => {
    expect(thrownMessage(() => new K8sBlueGreenDeployStep({ identifier: 'bg', commandFlags: ['--a', ' '] }))).toBe(
      "step 'bg': spec.commandFlags[1].flag: is empty. Fix: give the kubectl flag, e.g. '--field-manager=harness'",
    );
  });

  test('validates against the Harness schema: deploy, swap, and the swap back on rollback', () => {
    const p = deploymentPipeline(
      [
        new K8sBlueGreenDeployStep({ identifier: 'bg', skipDeploymentIfSameManifest: true }),
        new K8sBGSwapServicesStep({ identifier: 'swap' }),
      ],
      { rollbackSteps: [new K8sBGSwapServicesStep({ identifier: 'swap_back' })] },
    );
    expect(p).toBeValidHarnessPipeline();
  });
});
