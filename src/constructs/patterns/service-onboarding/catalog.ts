import { CreateCatalogStep } from '../../../pipeline/steps/idp/create-catalog';
import type { GitTarget } from '../../../pipeline/steps/idp/git-target';
import { RegisterCatalogStep } from '../../../pipeline/steps/idp/register-catalog';
import { Timeout } from '../../../pipeline/timeout';
import type { ServiceOnboardingInputs } from './members';
import type { ServiceOnboardingProps } from './props';

/** `create_catalog`: writes the service's `catalog-info.yaml` from the form. */
export function createCatalogStep(props: ServiceOnboardingProps, inputs: ServiceOnboardingInputs): CreateCatalogStep {
  return new CreateCatalogStep({
    identifier: 'create_catalog',
    name: 'Create catalog-info.yaml',
    timeout: Timeout.minutes(5),
    fileName: 'catalog-info.yaml',
    filePath: inputs.projectName,
    catalogInfo: {
      name: inputs.projectName,
      description: inputs.repositoryDescription,
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      tags: [inputs.stack],
      type: props.componentType ?? 'service',
      owner: inputs.owner,
      lifecycle: props.componentLifecycle ?? 'experimental',
    },
  });
}

/** `register_catalog`: registers the pushed `catalog-info.yaml` in the IDP catalog. */
export function registerCatalogStep(git: GitTarget, defaultBranch: string): RegisterCatalogStep {
  return new RegisterCatalogStep({
    identifier: 'register_catalog',
    name: 'Register in IDP catalog',
    timeout: Timeout.minutes(5),
    ...git,
    branch: defaultBranch,
    filePath: 'catalog-info.yaml',
  });
}
