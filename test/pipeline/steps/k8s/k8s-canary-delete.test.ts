import { InstanceSelection } from '../../../../src/pipeline/steps/k8s/instance-selection';
import { K8sCanaryDeleteStep } from '../../../../src/pipeline/steps/k8s/k8s-canary-delete';
import { K8sCanaryDeployStep } from '../../../../src/pipeline/steps/k8s/k8s-canary-deploy';
import { deploymentPipeline, renderedSteps, thrownMessage } from '../support';

const canary = (id = 'canary'): K8sCanaryDeployStep =>
  new K8sCanaryDeployStep({ identifier: id, instanceSelection: InstanceSelection.count(1) });

describe('K8sCanaryDeleteStep', () => {
  test('renders an empty spec, or the delegate selectors', () => {
    const p = deploymentPipeline([
      canary(),
      new K8sCanaryDeleteStep({ identifier: 'a' }),
      new K8sCanaryDeleteStep({ identifier: 'b', delegateSelectors: ['k8s'] }),
    ]);
    const [, a, b] = renderedSteps(p);
    expect(a).toEqual({ type: 'K8sCanaryDelete', name: 'a', identifier: 'a', spec: {} });
    expect(b.spec).toEqual({ delegateSelectors: ['k8s'] });
  });

  test('needs a K8sCanaryDeploy step before it in the stage (checked at render)', () => {
    const p = deploymentPipeline([new K8sCanaryDeleteStep({ identifier: 'cleanup' }), canary()]);
    expect(thrownMessage(() => p.toObject())).toBe(
      "pipeline 'p' > stage 'd' > step 'cleanup': type: a K8sCanaryDelete step deletes the canary workload of a K8sCanaryDeploy step, " +
        'but no K8sCanaryDeploy step runs before it in this stage. Fix: add a K8sCanaryDeploy step before it (outside any parallel block ' +
        'they share), or delete other resources with a K8sDelete step',
    );
  });

  test('in the rollback steps it may follow the main steps’ canary', () => {
    const p = deploymentPipeline([canary()], { rollbackSteps: [new K8sCanaryDeleteStep({ identifier: 'rollback_delete' })] });
    expect(() => p.toObject()).not.toThrow();
    const alone = deploymentPipeline([new K8sCanaryDeleteStep({ identifier: 'x' })], { rollbackSteps: [canary('late')] });
    expect(() => alone.toObject()).toThrow(/step 'x': type: a K8sCanaryDelete step deletes the canary workload/);
  });

  test('validates against the Harness schema', () => {
    expect(
      deploymentPipeline([canary(), new K8sCanaryDeleteStep({ identifier: 'b', delegateSelectors: ['k8s'] })]),
    ).toBeValidHarnessPipeline();
  });
});
