import { Expr } from '../../../../src/core/expr';
import { RuntimeInput } from '../../../../src/core/runtime-input';
import { K8sRolloutStep, RolloutCommand } from '../../../../src/pipeline/steps/k8s/k8s-rollout';
import { RolloutResources } from '../../../../src/pipeline/steps/k8s/rollout-resources';
import { deploymentPipeline, renderedSteps } from '../support';

describe('RolloutResources', () => {
  test('renders the four forms', () => {
    const e = Expr.raw('<+pipeline.variables.w>');
    expect(RolloutResources.resourceNames(['ns/Deployment/api', e]).toObject()).toEqual({
      type: 'ResourceName',
      spec: { resourceNames: ['ns/Deployment/api', e] },
    });
    expect(RolloutResources.releaseName().toObject()).toEqual({ type: 'ReleaseName', spec: {} });
    expect(RolloutResources.manifestPaths(['deployment.yaml']).toObject()).toEqual({
      type: 'ManifestPath',
      spec: { manifestPaths: ['deployment.yaml'] },
    });
    expect(RolloutResources.allManifestPaths().toObject()).toEqual({ type: 'ManifestPath', spec: { allManifestPaths: true } });
  });

  test('rejects empty lists and empty entries', () => {
    expect(() => RolloutResources.resourceNames([]).toObject()).toThrow(
      "RolloutResources.resourceNames: resourceNames: the list is empty. Fix: pass at least one name, e.g. ['payments/Deployment/payments-api']",
    );
    expect(() => RolloutResources.resourceNames([' ']).toObject()).toThrow(
      'RolloutResources.resourceNames: resourceNames[0]: the entry is empty. Fix: give [namespace/]Kind/Name or an expression',
    );
    expect(() => RolloutResources.manifestPaths([]).toObject()).toThrow(
      'RolloutResources.manifestPaths: manifestPaths: the list is empty. Fix: pass at least one path, or use RolloutResources.allManifestPaths()',
    );
    expect(() => RolloutResources.manifestPaths(['']).toObject()).toThrow(
      /RolloutResources.manifestPaths: manifestPaths\[0\]: the entry is empty/,
    );
  });

  test('manifest paths may be ONE runtime input for the whole list, and the rollout step validates with it', () => {
    const input = RuntimeInput.create();
    expect(RolloutResources.manifestPaths(input).toObject()).toEqual({ type: 'ManifestPath', spec: { manifestPaths: input } });
    const p = deploymentPipeline([
      new K8sRolloutStep({ identifier: 'r', command: RolloutCommand.RESTART, resources: RolloutResources.manifestPaths(input) }),
    ]);
    expect(renderedSteps(p)[0].spec.resources).toEqual({ type: 'ManifestPath', spec: { manifestPaths: '<+input>' } });
    expect(p).toBeValidHarnessPipeline();
  });
});
