import type { SecretRef } from '../../../core/secret-ref';
import { Pipeline } from '../../../pipeline/pipeline';
import { CiStage } from '../../../pipeline/stages/ci-stage';
import { RunStep, Shell } from '../../../pipeline/steps/common/run';
import { CreateResourceStep, type ResourceDefinitionSource } from '../../../pipeline/steps/idp/create-resource';
import { Timeout } from '../../../pipeline/timeout';
import type { WorkflowInput } from '../../../workflow/workflow-input';
import { CreateResourceModule } from '../../create-resource/create-resource-module';
import { CreatedPipeline } from '../../create-resource/created-pipeline';
import { OnboardingValue } from '../../create-resource/onboarding-value';
import type { ServiceOnboardingInputs } from './members';

/** The CreateResource step, and the default module with the service's CI pipeline when it applies that. */
export interface CiResourceParts {
  /** `create_ci_pipeline`, unless `createResource: false`. */
  readonly createResource?: CreateResourceStep;
  /** The default module (absent with a custom definition or `createResource: false`). */
  readonly ciModule?: CreateResourceModule;
  /** The service's CI pipeline in the default module. */
  readonly ciPipeline?: CreatedPipeline;
}

/**
 * The CreateResource step applying `createResource` (by default a module with the service's CI pipeline, in the
 * Harness project picked in the form); nothing with `createResource: false`.
 */
export function ciResourceParts(
  createResource: string | ResourceDefinitionSource | false | undefined,
  apiKey: SecretRef | undefined,
  inputs: ServiceOnboardingInputs,
): CiResourceParts {
  if (createResource === false) return {};
  let resourceDefinition: string | ResourceDefinitionSource;
  let ci: { module: CreateResourceModule; pipeline: CreatedPipeline } | undefined;
  if (createResource === undefined) {
    ci = defaultCiModule(inputs.projectName, inputs.harnessOrg!, inputs.harnessProject!);
    resourceDefinition = ci.module;
  } else {
    resourceDefinition = createResource;
  }
  const step = new CreateResourceStep({
    identifier: 'create_ci_pipeline',
    name: 'Create CI pipeline for service',
    timeout: Timeout.minutes(15),
    resourceDefinition,
    xApiKey: apiKey!,
  });
  return { createResource: step, ciModule: ci?.module, ciPipeline: ci?.pipeline };
}

/**
 * The default CreateResource definition: the new service's CI pipeline (`harness_platform_pipeline`), named
 * after the service, in the Harness project picked in the form.
 */
function defaultCiModule(
  projectName: WorkflowInput,
  harnessOrg: WorkflowInput,
  harnessProject: WorkflowInput,
): { module: CreateResourceModule; pipeline: CreatedPipeline } {
  const service = OnboardingValue.of(projectName);
  const module = new CreateResourceModule('service_ci');
  const pipeline = new Pipeline({ identifier: 'service_ci', name: 'Service CI', tags: {} }).addStage(
    new CiStage({
      identifier: 'build',
      name: 'build',
      description: '',
      tags: {},
      cloneCodebase: false,
      steps: [
        new RunStep({
          identifier: 'build',
          name: 'build',
          timeout: Timeout.minutes(10),
          shell: Shell.SH,
          command: `echo "Build and test ${service} here"`,
        }),
      ],
    }),
  );
  const created = new CreatedPipeline(module, 'ci', {
    pipeline,
    identifier: `${service}_ci`,
    name: `${service} CI`,
    orgId: `${OnboardingValue.of(harnessOrg)}`,
    projectId: `${OnboardingValue.of(harnessProject)}`,
  });
  return { module, pipeline: created };
}
