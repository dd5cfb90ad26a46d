import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { K8sBGSwapServicesStep } from '../../../../src/pipeline/steps/k8s/k8s-bg-swap-services';
import { K8sBlueGreenDeployStep } from '../../../../src/pipeline/steps/k8s/k8s-blue-green-deploy';
import { deploymentPipeline, renderedSteps, thrownMessage } from '../support';

describe('K8sBGSwapServicesStep', () => {
  test('renders an empty spec, or the delegate selectors', () => {
    const p = deploymentPipeline([
      new K8sBlueGreenDeployStep({ identifier: 'bg' }),
      new K8sBGSwapServicesStep({ identifier: 'swap' }),
      new K8sBGSwapServicesStep({ identifier: 'swap2', delegateSelectors: ['k8s'] }),
    ]);
    const [, swap, swap2] = renderedSteps(p);
    expect(swap).toEqual({ type: 'K8sBGSwapServices', name: 'swap', identifier: 'swap', spec: {} });
    expect(swap2.spec).toEqual({ delegateSelectors: ['k8s'] });
  });

  test('needs a K8sBlueGreenDeploy step before it in the stage (checked at render)', () => {
    const p = deploymentPipeline([new K8sBGSwapServicesStep({ identifier: 'swap' })]);
    expect(thrownMessage(() => p.toObject())).toBe(
      "pipeline 'p' > stage 'd' > step 'swap': type: a K8sBGSwapServices step swaps the primary and stage services of a " +
        'K8sBlueGreenDeploy step, but no K8sBlueGreenDeploy step runs before it in this stage. Fix: add a K8sBlueGreenDeploy step ' +
        'before it (outside any parallel block they share), or remove the swap step',
    );
  });

  test('is allowed only in Deployment stages', () => {
    expect(() => new CustomStage({ identifier: 'c', steps: [new K8sBGSwapServicesStep({ identifier: 's' })] })).toThrow(
      /step type 'K8sBGSwapServices' is not allowed in a Custom stage \(allowed in: Deployment\)/,
    );
  });
});
