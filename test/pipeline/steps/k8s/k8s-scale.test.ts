import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { DeploymentStage } from '../../../../src/pipeline/stages/deployment-stage';
import type { Step } from '../../../../src/pipeline/step';
import { InstanceSelection } from '../../../../src/pipeline/steps/k8s/instance-selection';
import { K8sScaleStep } from '../../../../src/pipeline/steps/k8s/k8s-scale';
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

describe('K8sScaleStep', () => {
  test('renders as in the k8s-scale example (count from a Number variable)', () => {
    const workload = PipelineVariable.string('workload');
    const replicas = PipelineVariable.number('replicas');
    const step = new K8sScaleStep({
      identifier: 'scale_workload',
      name: 'Scale workload',
      timeout: '10m',
      skipSteadyStateCheck: false,
      workload,
      instanceSelection: InstanceSelection.count(replicas),
    });
    expect(rendered([step], [workload, replicas])[0]).toEqual(referenceStep('k8s-scale', 'scale_workload'));
  });

  test('renders a literal workload with a percentage, skip steady state and delegate selectors', () => {
    const step = new K8sScaleStep({
      identifier: 'scale',
      workload: 'payments/StatefulSet/db',
      instanceSelection: InstanceSelection.percentage(50),
      skipSteadyStateCheck: true,
      delegateSelectors: ['k8s'],
    });
    expect(rendered([step])[0].spec).toEqual({
      workload: 'payments/StatefulSet/db',
      instanceSelection: { type: 'Percentage', spec: { percentage: 50 } },
      skipSteadyStateCheck: true,
      delegateSelectors: ['k8s'],
    });
  });

  test('accepts the three scalable kinds, with or without a namespace', () => {
    for (const w of ['Deployment/api', 'ns/DaemonSet/agent', 'ns/StatefulSet/db', `ns/Deployment/${PipelineVariable.string('n')}`]) {
      expect(() => new K8sScaleStep({ identifier: 's', workload: w, instanceSelection: InstanceSelection.count(0) })).not.toThrow();
    }
  });

  describe('validation', () => {
    test('the workload is [namespace/]Kind/Name', () => {
      expect(() => new K8sScaleStep({ identifier: 's', workload: 'api', instanceSelection: InstanceSelection.count(1) })).toThrow(
        "step 's': spec.workload: 'api' is not a workload reference ([namespace/]Kind/Name, one workload per step). Fix: write it as e.g. 'payments/Deployment/payments-api' or 'Deployment/payments-api'",
      );
      expect(() => new K8sScaleStep({ identifier: 's', workload: 'a/b/c/d', instanceSelection: InstanceSelection.count(1) })).toThrow(
        /is not a workload reference/,
      );
      expect(() => new K8sScaleStep({ identifier: 's', workload: '', instanceSelection: InstanceSelection.count(1) })).toThrow(
        /spec.workload: is empty/,
      );
    });

    test('the kind is Deployment, DaemonSet or StatefulSet, in this casing', () => {
      expect(
        () => new K8sScaleStep({ identifier: 's', workload: 'ns/ReplicaSet/api', instanceSelection: InstanceSelection.count(1) }),
      ).toThrow(
        /spec.workload: kind 'ReplicaSet' of 'ns\/ReplicaSet\/api' is not supported by this step \(supported: Deployment, DaemonSet, StatefulSet\)/,
      );
      expect(
        () => new K8sScaleStep({ identifier: 's', workload: 'deployment/api', instanceSelection: InstanceSelection.count(1) }),
      ).toThrow(
        "step 's': spec.workload: kind 'deployment' of 'deployment/api' is not supported by this step (supported: Deployment, DaemonSet, StatefulSet). Fix: use one of Deployment, DaemonSet, StatefulSet with this exact casing",
      );
    });

    test('instanceSelection is required', () => {
      expect(
        () => new K8sScaleStep({ identifier: 's', workload: 'Deployment/api', instanceSelection: { type: 'Count', count: 2 } as any }),
      ).toThrow(/spec.instanceSelection: is required. Fix: pass InstanceSelection.count\(n\) or InstanceSelection.percentage\(n\)/);
    });
  });

  test('is allowed only in Deployment stages', () => {
    expect(
      () =>
        new CustomStage({
          identifier: 'c',
          steps: [new K8sScaleStep({ identifier: 's', workload: 'Deployment/api', instanceSelection: InstanceSelection.count(1) })],
        }),
    ).toThrow(/step type 'K8sScale' is not allowed in a Custom stage \(allowed in: Deployment\)/);
  });

  test('validates against the Harness schema', () => {
    const a = new K8sScaleStep({ identifier: 'a', workload: 'ns/Deployment/api', instanceSelection: InstanceSelection.count(3) });
    const b = new K8sScaleStep({
      identifier: 'b',
      workload: 'ns/Deployment/api',
      instanceSelection: InstanceSelection.percentage(50),
      skipSteadyStateCheck: true,
    });
    expect(pipelineWith([a, b])).toBeValidHarnessPipeline();
  });
});
