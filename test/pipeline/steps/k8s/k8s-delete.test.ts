import { RuntimeInput } from '../../../../src/core/runtime-input';
import { DeleteResources } from '../../../../src/pipeline/steps/k8s/delete-resources';
import { K8sDeleteStep } from '../../../../src/pipeline/steps/k8s/k8s-delete';
import { deploymentPipeline, renderedSteps, thrownMessage } from '../support';

describe('K8sDeleteStep', () => {
  test('renders the resources to delete, delete flags and delegate selectors', () => {
    const step = new K8sDeleteStep({
      identifier: 'delete_job',
      deleteResources: DeleteResources.resourceNames(['payments/Job/migrate']),
      commandFlags: ['--wait=false'],
      delegateSelectors: ['k8s'],
    });
    expect(renderedSteps(deploymentPipeline([step]))[0]).toEqual({
      type: 'K8sDelete',
      name: 'delete_job',
      identifier: 'delete_job',
      spec: {
        deleteResources: { type: 'ResourceName', spec: { resourceNames: ['payments/Job/migrate'] } },
        commandFlags: [{ commandType: 'Delete', flag: '--wait=false' }],
        delegateSelectors: ['k8s'],
      },
    });
  });

  test('renders a release delete without inventing deleteNamespace', () => {
    const step = new K8sDeleteStep({ identifier: 'd', deleteResources: DeleteResources.releaseName() });
    expect(renderedSteps(deploymentPipeline([step]))[0].spec).toEqual({ deleteResources: { type: 'ReleaseName', spec: {} } });
  });

  test('deleteResources is required', () => {
    expect(thrownMessage(() => new K8sDeleteStep({ identifier: 'd' } as any))).toBe(
      "step 'd': spec.deleteResources: is required. Fix: pass e.g. DeleteResources.resourceNames(['payments/Deployment/payments-api'])",
    );
  });

  test('validates against the Harness schema in each form', () => {
    const p = deploymentPipeline([
      new K8sDeleteStep({ identifier: 'a', deleteResources: DeleteResources.resourceNames(['ns/Deployment/api']), commandFlags: ['--x'] }),
      new K8sDeleteStep({ identifier: 'b', deleteResources: DeleteResources.releaseName({ deleteNamespace: false }) }),
      new K8sDeleteStep({ identifier: 'c', deleteResources: DeleteResources.manifestPaths(RuntimeInput.create()) }),
      new K8sDeleteStep({ identifier: 'e', deleteResources: DeleteResources.allManifestPaths() }),
    ]);
    expect(p).toBeValidHarnessPipeline();
  });
});
