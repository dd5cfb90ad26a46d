import { Pipeline } from '../../../src/pipeline/pipeline';
import { DeploymentStage } from '../../../src/pipeline/stages/deployment-stage';
import { k8sStepOrderProblems } from '../../../src/pipeline/stages/deployment-step-order';
import { StepGroup } from '../../../src/pipeline/step-group';
import { InstanceSelection } from '../../../src/pipeline/steps/k8s/instance-selection';
import { K8sBGSwapServicesStep } from '../../../src/pipeline/steps/k8s/k8s-bg-swap-services';
import { K8sBlueGreenDeployStep } from '../../../src/pipeline/steps/k8s/k8s-blue-green-deploy';
import { K8sCanaryDeleteStep } from '../../../src/pipeline/steps/k8s/k8s-canary-delete';
import { K8sCanaryDeployStep } from '../../../src/pipeline/steps/k8s/k8s-canary-deploy';

function stage(): DeploymentStage {
  const s = new DeploymentStage({ identifier: 'd', serviceRef: 's', environmentRef: 'e', infrastructureDefinitions: ['i'] });
  new Pipeline({ identifier: 'p', stages: [s] });
  return s;
}
const canary = (id: string): K8sCanaryDeployStep =>
  new K8sCanaryDeployStep({ identifier: id, instanceSelection: InstanceSelection.count(1) });

describe('k8sStepOrderProblems', () => {
  test('canary delete and swap after their deploy steps, also inside step groups and in the rollback steps: no problem', () => {
    const s = stage()
      .addStepGroup(new StepGroup({ identifier: 'canary_phase', steps: [canary('c'), new K8sCanaryDeleteStep({ identifier: 'cd' })] }))
      .addStep(new K8sBlueGreenDeployStep({ identifier: 'bg' }), new K8sBGSwapServicesStep({ identifier: 'swap' }))
      .addRollbackStep(new K8sCanaryDeleteStep({ identifier: 'rcd' }), new K8sBGSwapServicesStep({ identifier: 'rswap' }));
    expect(k8sStepOrderProblems(s.allSteps())).toEqual([]);
  });

  test('a deploy step in a parallel block with its partner does not run before it', () => {
    const s = stage().addParallel(canary('c'), new K8sCanaryDeleteStep({ identifier: 'cd' }));
    expect(k8sStepOrderProblems(s.allSteps())).toEqual([
      {
        path: "pipeline 'p' > stage 'd' > step 'cd'",
        field: 'type',
        problem:
          'a K8sCanaryDelete step deletes the canary workload of a K8sCanaryDeploy step, but no K8sCanaryDeploy step runs before it in this stage',
        fix: 'add a K8sCanaryDeploy step before it (outside any parallel block they share), or delete other resources with a K8sDelete step',
      },
    ]);
  });

  test('reports every step without its partner', () => {
    const s = stage().addStep(new K8sBGSwapServicesStep({ identifier: 'swap' }), new K8sBlueGreenDeployStep({ identifier: 'bg' }));
    s.addRollbackStep(new K8sCanaryDeleteStep({ identifier: 'rcd' }));
    expect(k8sStepOrderProblems(s.allSteps()).map((p) => p.path)).toEqual([
      "pipeline 'p' > stage 'd' > rollbackSteps > step 'rcd'",
      "pipeline 'p' > stage 'd' > step 'swap'",
    ]);
  });
});
