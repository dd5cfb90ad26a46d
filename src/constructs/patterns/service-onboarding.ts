import type { Construct } from 'constructs';
import type { IdpStage } from '../../pipeline/stages/idp-stage';
import { WorkflowOutput } from '../../workflow/workflow-output';
import type { CreateResourceModule } from '../create-resource/create-resource-module';
import type { CreatedPipeline } from '../create-resource/created-pipeline';
import { buildInConstruct } from '../private/model-validation';
import { SelfServicePattern } from './blocks/self-service-pattern';
import { onboardingInputs } from './service-onboarding/inputs';
import type { ServiceOnboardingInputs, ServiceOnboardingOutputs, ServiceOnboardingSteps } from './service-onboarding/members';
import type { ServiceOnboardingProps } from './service-onboarding/props';
import { onboardingParts, onboardingStage } from './service-onboarding/registration';
import { onboardingSettings } from './service-onboarding/settings';
import { onboardingSteps } from './service-onboarding/steps';

/**
 * Service onboarding: one IDP stage scaffolds a service from a Cookiecutter
 * template (GitClone first for a private template), creates its repository, writes and pushes the code with a
 * `catalog-info.yaml` built from the form, registers it in the catalog, creates the service's own CI pipeline
 * (CreateResource), tells the requester on Slack, and re-exports the repository and catalog URLs for the
 * workflow's output.
 *
 * ```ts
 * new ServiceOnboarding(stack, 'onboarding', {
 *   connectorRef: 'account.github_org_connector',
 *   gitOrganization: 'acme',
 *   templates: CookiecutterTemplates.fixedList([{ title: 'Java service', url: 'https://github.com/acme/cookiecutter-java' }]),
 *   slackBotToken: SecretRef.fromIdentifier('account.slack_bot_token'),
 *   harnessApiKey: SecretRef.fromIdentifier('account.idp_onboarding_pat'),
 * });
 * ```
 * @see https://developer.harness.io/docs/internal-developer-portal/adoption/why-workflows
 */
export class ServiceOnboarding extends SelfServicePattern {
  /** The workflow inputs (pipeline variables). */
  public readonly inputs: ServiceOnboardingInputs;
  /** The steps of the IDP stage. */
  public readonly steps: ServiceOnboardingSteps;
  /** The IDP stage (add steps with `stage.addStep`). */
  public readonly stage: IdpStage;
  /** The repository and catalog URLs re-exported for the workflow. */
  public readonly outputs: ServiceOnboardingOutputs;
  /** The default CreateResource module (absent with a custom definition or `createResource: false`). */
  public readonly ciModule?: CreateResourceModule;
  /**
   * The service's CI pipeline in the default module; extend its model (`ciPipeline.pipeline`) before synth.
   */
  public readonly ciPipeline?: CreatedPipeline;

  /**
   * Creates the service onboarding: the IDP pipeline (repository, catalog, CI pipeline, Slack), its workflow form and their registration.
   */
  constructor(scope: Construct, id: string, props: ServiceOnboardingProps) {
    super(scope, id, props, {
      identifier: 'idp_service_onboarding',
      title: 'Onboard a new service',
      pipelineName: 'IDP Service Onboarding',
      description: 'Scaffold a service from a Cookiecutter template, create its repo and CI pipeline, register it in the catalog.',
      type: 'service',
      tags: ['onboarding', 'cookiecutter'],
    });
    const built = buildInConstruct(this.node.path, () => this.buildParts(props));
    this.inputs = built.inputs;
    this.steps = built.steps;
    this.stage = built.stage;
    this.outputs = built.outputs;
    this.ciModule = built.ciModule;
    this.ciPipeline = built.ciPipeline;
  }

  /**
   * Builds the inputs, steps and stage from the props and registers the pipeline and the workflow (run
   * through {@link buildInConstruct}, so a model error names this construct's path).
   */
  private buildParts(props: ServiceOnboardingProps): {
    inputs: ServiceOnboardingInputs;
    steps: ServiceOnboardingSteps;
    stage: IdpStage;
    outputs: ServiceOnboardingOutputs;
    ciModule?: CreateResourceModule;
    ciPipeline?: CreatedPipeline;
  } {
    const where = this.node.path;
    const settings = onboardingSettings(props, where);
    const { inputs, organization } = onboardingInputs(props, settings, where);
    const { steps, ciModule, ciPipeline } = onboardingSteps(props, settings, inputs, organization);
    const outputs: ServiceOnboardingOutputs = {
      repositoryUrl: steps.exportOutputs.outputVariable('repo_url'),
      catalogUrl: steps.exportOutputs.outputVariable('catalog_url'),
    };
    const stage = onboardingStage(steps, props.infrastructure);
    const ssw = this.register(onboardingParts(stage, inputs, settings));
    ssw.form.addOutput(
      WorkflowOutput.link('Repository', ssw.trigger.outputByName(outputs.repositoryUrl)),
      WorkflowOutput.link('Catalog entry', ssw.trigger.outputByName(outputs.catalogUrl)),
    );
    return { inputs, steps, stage, outputs, ciModule, ciPipeline };
  }
}
