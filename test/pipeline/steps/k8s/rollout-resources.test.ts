import { Expr } from '../../../../src/core/expr';
import { RolloutResources } from '../../../../src/pipeline/steps/k8s/rollout-resources';

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
    expect(() => RolloutResources.resourceNames([])).toThrow(/RolloutResources.resourceNames: no resource names/);
    expect(() => RolloutResources.resourceNames([' '])).toThrow(/RolloutResources.resourceNames: a resource name is empty/);
    expect(() => RolloutResources.manifestPaths([])).toThrow(
      /RolloutResources.manifestPaths: no manifest path. Fix: pass at least one path, or use RolloutResources.allManifestPaths\(\)/,
    );
    expect(() => RolloutResources.manifestPaths([''])).toThrow(/RolloutResources.manifestPaths: a manifest path is empty/);
  });
});
