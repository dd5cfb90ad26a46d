import type { GitTarget } from '../../../pipeline/steps/idp/git-target';
import type { WorkflowInput } from '../../../workflow/workflow-input';
import type { CreateResourceModule } from '../../create-resource/create-resource-module';
import type { CreatedPipeline } from '../../create-resource/created-pipeline';
import { createCatalogStep, registerCatalogStep } from './catalog';
import { ciResourceParts } from './ci-pipeline';
import type { ServiceOnboardingInputs, ServiceOnboardingSteps } from './members';
import { exportOutputsStep, slackNotifyStep } from './notifications';
import type { ServiceOnboardingProps } from './props';
import { createRepoStep, directPushStep } from './repository';
import type { OnboardingSettings } from './settings';
import { templateSteps } from './template';

/** The steps of a ServiceOnboarding, in order, and the default CreateResource module with its CI pipeline. */
export function onboardingSteps(
  props: ServiceOnboardingProps,
  settings: OnboardingSettings,
  inputs: ServiceOnboardingInputs,
  organization: string | WorkflowInput,
): { steps: ServiceOnboardingSteps; ciModule?: CreateResourceModule; ciPipeline?: CreatedPipeline } {
  const git: GitTarget = {
    connectorType: settings.connectorType,
    connectorRef: props.connectorRef,
    organization,
    repository: inputs.projectName,
  };
  const { cloneTemplate, cookieCutter } = templateSteps(props.connectorRef, settings, inputs);
  const createRepo = createRepoStep(git, settings, inputs);
  const createCatalog = createCatalogStep(props, inputs);
  const directPush = directPushStep(git, settings, inputs, props.forcePush);
  const registerCatalog = registerCatalogStep(git, settings.defaultBranch);
  const ci = ciResourceParts(props.createResource, settings.apiKey, inputs);
  const links = { createRepo, createCatalog, registerCatalog };
  const slackNotify = settings.slack ? slackNotifyStep(inputs, settings.slackToken, links) : undefined;
  const exportOutputs = exportOutputsStep(links);
  const steps: ServiceOnboardingSteps = {
    cloneTemplate,
    cookieCutter,
    createRepo,
    createCatalog,
    directPush,
    registerCatalog,
    createResource: ci.createResource,
    slackNotify,
    exportOutputs,
  };
  return { steps, ciModule: ci.ciModule, ciPipeline: ci.ciPipeline };
}
