import type { StageInfrastructure } from '../../../pipeline/infrastructure';
import { IdpStage } from '../../../pipeline/stages/idp-stage';
import { FormPage } from '../../../workflow/form-page';
import type { WorkflowInput } from '../../../workflow/workflow-input';
import { WorkflowOutput } from '../../../workflow/workflow-output';
import type { PatternParts } from '../blocks/self-service-pattern';
import type { ServiceOnboardingInputs, ServiceOnboardingSteps } from './members';
import type { OnboardingSettings } from './settings';

/** The IDP stage running the steps, in order. */
export function onboardingStage(steps: ServiceOnboardingSteps, infrastructure: StageInfrastructure | undefined): IdpStage {
  return new IdpStage({
    identifier: 'service_onboarding',
    name: 'service onboarding',
    description: '',
    tags: {},
    infrastructure,
    cloneCodebase: false,
    steps: [
      steps.cloneTemplate,
      steps.cookieCutter,
      steps.createRepo,
      steps.createCatalog,
      steps.directPush,
      steps.registerCatalog,
      steps.createResource,
      steps.slackNotify,
      steps.exportOutputs,
    ].filter((s): s is NonNullable<typeof s> => s !== undefined),
  });
}

/** What the pattern registers: the stage, the two form pages, the pipeline's variables and its description. */
export function onboardingParts(stage: IdpStage, inputs: ServiceOnboardingInputs, settings: OnboardingSettings): PatternParts {
  const i = inputs;
  const description = [
    'Scaffold a service from a Cookiecutter template',
    'create repo',
    'register in IDP catalog',
    settings.withResource ? 'create its CI pipeline' : undefined,
    settings.slack ? 'notify on Slack' : undefined,
  ]
    .filter((s) => s !== undefined)
    .join(', ');
  const details = present([
    i.harnessProject,
    i.harnessOrg,
    i.projectName,
    i.gitOrganization,
    i.repositoryType,
    i.repositoryDescription,
    i.owner,
    i.stack,
  ]);
  const template = present([i.templateType, i.templateUrl, i.privateTemplateRepo, i.notifyEmail]);
  return {
    stages: [stage],
    pages: [
      new FormPage({ title: 'Service details', inputs: details }),
      new FormPage({ title: settings.slack ? 'Template and notification' : 'Template', inputs: template }),
    ],
    // The order of the pipeline's variables, which differs from the form's.
    variables: present([
      i.projectName,
      i.templateType,
      i.templateUrl,
      i.privateTemplateRepo,
      i.gitOrganization,
      i.repositoryType,
      i.repositoryDescription,
      i.owner,
      i.stack,
      i.harnessOrg,
      i.harnessProject,
      i.notifyEmail,
    ]),
    description: `${description}.`,
    outputs: [WorkflowOutput.pipelineUrl()],
    triggerName: 'Onboarding the service',
  };
}

/** The inputs the props switched on. */
function present(inputs: readonly (WorkflowInput | undefined)[]): WorkflowInput[] {
  return inputs.filter((v): v is WorkflowInput => v !== undefined);
}
