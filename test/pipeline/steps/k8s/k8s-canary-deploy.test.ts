import { Expr } from '../../../../src/core/expr';
import { RuntimeInput } from '../../../../src/core/runtime-input';
import { InstanceSelection } from '../../../../src/pipeline/steps/k8s/instance-selection';
import { K8sCanaryDeleteStep } from '../../../../src/pipeline/steps/k8s/k8s-canary-delete';
import { K8sCanaryDeployStep, K8sCanaryType } from '../../../../src/pipeline/steps/k8s/k8s-canary-deploy';
import { K8sRollingDeployStep } from '../../../../src/pipeline/steps/k8s/k8s-rolling-deploy';
import { K8sRollingRollbackStep } from '../../../../src/pipeline/steps/k8s/k8s-rolling-rollback';
import { deploymentPipeline, renderedSteps, thrownMessage } from '../support';

describe('K8sCanaryDeployStep', () => {
  test('renders the documented canary of one pod', () => {
    const step = new K8sCanaryDeployStep({
      identifier: 'Canary_Deploy',
      name: 'Canary Deploy',
      skipDryRun: false,
      instanceSelection: InstanceSelection.count(1),
    });
    expect(renderedSteps(deploymentPipeline([step]))[0]).toEqual({
      type: 'K8sCanaryDeploy',
      name: 'Canary Deploy',
      identifier: 'Canary_Deploy',
      spec: { skipDryRun: false, instanceSelection: { type: 'Count', spec: { count: 1 } } },
    });
  });

  test('renders a progressive canary, a percentage, apply flags and delegate selectors', () => {
    const progressive = new K8sCanaryDeployStep({ identifier: 'p', canaryType: K8sCanaryType.PROGRESSIVE, targetPercentage: 20 });
    const standard = new K8sCanaryDeployStep({
      identifier: 's',
      canaryType: K8sCanaryType.STANDARD,
      instanceSelection: InstanceSelection.percentage(25),
      commandFlags: ['--server-side'],
      delegateSelectors: ['k8s'],
    });
    const [p, s] = renderedSteps(deploymentPipeline([progressive, standard]));
    expect(p.spec).toEqual({ canaryType: 'Progressive', targetPercentage: 20 });
    expect(s.spec).toEqual({
      canaryType: 'Standard',
      instanceSelection: { type: 'Percentage', spec: { percentage: 25 } },
      commandFlags: [{ commandType: 'Apply', flag: '--server-side' }],
      delegateSelectors: ['k8s'],
    });
  });

  describe('validation', () => {
    test('a standard canary needs instanceSelection', () => {
      expect(thrownMessage(() => new K8sCanaryDeployStep({ identifier: 'c' }))).toBe(
        "step 'c': spec.instanceSelection: a standard canary needs the number of canary pods. Fix: pass InstanceSelection.count(n) or InstanceSelection.percentage(n)",
      );
      expect(() => new K8sCanaryDeployStep({ identifier: 'c', canaryType: RuntimeInput.create() })).not.toThrow();
    });

    test('a Progressive canary needs targetPercentage, a whole number from 1 to 100', () => {
      expect(thrownMessage(() => new K8sCanaryDeployStep({ identifier: 'c', canaryType: K8sCanaryType.PROGRESSIVE }))).toBe(
        "step 'c': spec.targetPercentage: a Progressive canary needs a target percentage. Fix: set targetPercentage (1 to 100)",
      );
      expect(
        thrownMessage(() => new K8sCanaryDeployStep({ identifier: 'c', canaryType: K8sCanaryType.PROGRESSIVE, targetPercentage: 0 })),
      ).toBe("step 'c': spec.targetPercentage: 0 is not a percentage the schema accepts. Fix: use a whole number from 1 to 100");
      expect(
        () => new K8sCanaryDeployStep({ identifier: 'c', canaryType: K8sCanaryType.PROGRESSIVE, targetPercentage: Expr.raw('<+input>') }),
      ).not.toThrow();
    });

    test('canaryType uses the schema casing', () => {
      expect(
        thrownMessage(
          () =>
            new K8sCanaryDeployStep({
              identifier: 'c',
              canaryType: 'standard' as K8sCanaryType,
              instanceSelection: InstanceSelection.count(1),
            }),
        ),
      ).toBe("step 'c': spec.canaryType: 'standard' is not a canary type. Fix: use Standard or Progressive (this casing), or leave it out");
    });
  });

  test('validates against the Harness schema: canary, canary delete, rolling deployment; rollback deletes the canary', () => {
    const p = deploymentPipeline(
      [
        new K8sCanaryDeployStep({ identifier: 'canary', instanceSelection: InstanceSelection.count(1), skipDryRun: false }),
        new K8sCanaryDeleteStep({ identifier: 'canary_delete' }),
        new K8sRollingDeployStep({ identifier: 'rolling' }),
        new K8sCanaryDeployStep({ identifier: 'progressive', canaryType: K8sCanaryType.PROGRESSIVE, targetPercentage: 50 }),
      ],
      {
        rollbackSteps: [
          new K8sCanaryDeleteStep({ identifier: 'rollback_canary_delete' }),
          new K8sRollingRollbackStep({ identifier: 'rb' }),
        ],
      },
    );
    expect(p).toBeValidHarnessPipeline();
  });
});
