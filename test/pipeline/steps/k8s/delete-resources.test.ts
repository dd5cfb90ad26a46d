import { Expr } from '../../../../src/core/expr';
import { RuntimeInput } from '../../../../src/core/runtime-input';
import { DeleteResources } from '../../../../src/pipeline/steps/k8s/delete-resources';
import { thrownMessage } from '../support';

describe('DeleteResources', () => {
  test('resource names, the release (with or without its namespace), manifest paths', () => {
    expect(DeleteResources.resourceNames(['ns/Deployment/api', 'ConfigMap/cfg']).toObject()).toEqual({
      type: 'ResourceName',
      spec: { resourceNames: ['ns/Deployment/api', 'ConfigMap/cfg'] },
    });
    expect(DeleteResources.releaseName().toObject()).toEqual({ type: 'ReleaseName', spec: { deleteNamespace: undefined } });
    expect(DeleteResources.releaseName({ deleteNamespace: true }).toObject()).toEqual({
      type: 'ReleaseName',
      spec: { deleteNamespace: true },
    });
    expect(DeleteResources.manifestPaths(['templates/job.yaml']).toObject()).toEqual({
      type: 'ManifestPath',
      spec: { manifestPaths: ['templates/job.yaml'] },
    });
    expect(DeleteResources.allManifestPaths().toObject()).toEqual({ type: 'ManifestPath', spec: { allManifestPaths: true } });
  });

  test('one expression may stand for the whole list', () => {
    const input = RuntimeInput.create();
    expect(DeleteResources.resourceNames(input).toObject()).toEqual({ type: 'ResourceName', spec: { resourceNames: input } });
    expect(DeleteResources.manifestPaths(input).toObject()).toEqual({ type: 'ManifestPath', spec: { manifestPaths: input } });
  });

  test('a resource name needs its Kind; lists are not empty', () => {
    expect(thrownMessage(() => DeleteResources.resourceNames(['api']).toObject())).toBe(
      "DeleteResources.resourceNames: resourceNames[0]: 'api' is not a resource name ([namespace/]Kind/Name). Fix: put the Kind before the name, e.g. 'Deployment/api'",
    );
    expect(() => DeleteResources.resourceNames([Expr.raw('<+pipeline.variables.r>')]).toObject()).not.toThrow();
    expect(thrownMessage(() => DeleteResources.resourceNames([]).toObject())).toBe(
      "DeleteResources.resourceNames: resourceNames: the list is empty. Fix: pass at least one, e.g. ['payments/Deployment/payments-api']",
    );
    expect(thrownMessage(() => DeleteResources.manifestPaths([]).toObject())).toBe(
      'DeleteResources.manifestPaths: manifestPaths: the list is empty. Fix: pass at least one path, or use DeleteResources.allManifestPaths()',
    );
    expect(thrownMessage(() => DeleteResources.manifestPaths([' ']).toObject())).toBe(
      'DeleteResources.manifestPaths: manifestPaths[0]: the entry is empty. Fix: give a text or an expression for every entry',
    );
  });
});
