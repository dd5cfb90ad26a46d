import type { StepOutput } from '../../../core/expression';
import type { GitCloneStep } from '../../../pipeline/steps/common/git-clone';
import type { RunStep } from '../../../pipeline/steps/common/run';
import type { CookieCutterStep } from '../../../pipeline/steps/idp/cookie-cutter';
import type { CreateCatalogStep } from '../../../pipeline/steps/idp/create-catalog';
import type { CreateRepoStep } from '../../../pipeline/steps/idp/create-repo';
import type { CreateResourceStep } from '../../../pipeline/steps/idp/create-resource';
import type { DirectPushStep } from '../../../pipeline/steps/idp/direct-push';
import type { RegisterCatalogStep } from '../../../pipeline/steps/idp/register-catalog';
import type { SlackNotifyStep } from '../../../pipeline/steps/idp/slack-notify';
import type { WorkflowInput } from '../../../workflow/workflow-input';

/** The workflow inputs of a {@link ServiceOnboarding}. */
export interface ServiceOnboardingInputs {
  /** `project_name`: service and repository name. */
  readonly projectName: WorkflowInput;
  /** `repository_type`: private or public. */
  readonly repositoryType: WorkflowInput;
  /** `repository_description`. */
  readonly repositoryDescription: WorkflowInput;
  /** `owner`: the owning group (or user). */
  readonly owner: WorkflowInput;
  /** `stack`: tech stack. */
  readonly stack: WorkflowInput;
  /** `template_url`: the public template. */
  readonly templateUrl: WorkflowInput;
  /** `template_type`: public or private (with `privateTemplates`). */
  readonly templateType?: WorkflowInput;
  /** `private_template_repo` (with `privateTemplates`). */
  readonly privateTemplateRepo?: WorkflowInput;
  /** The Git organization field, unless the organization is fixed. */
  readonly gitOrganization?: WorkflowInput;
  /** `notify_email`: Slack e-mail of the requester (with Slack notifications). */
  readonly notifyEmail?: WorkflowInput;
  /** `projectId` → `harness_project`: Harness project for the created resources (with CreateResource). */
  readonly harnessProject?: WorkflowInput;
  /** `orgId` → `harness_org`: its organization, filled from the project (with CreateResource). */
  readonly harnessOrg?: WorkflowInput;
}

/** The steps of a {@link ServiceOnboarding}, in order. */
export interface ServiceOnboardingSteps {
  /** GitClone of a private template (with `privateTemplates`; runs only when `template_type` is private). */
  readonly cloneTemplate?: GitCloneStep;
  /** `cookiecutter`: renders the template with the form's values. */
  readonly cookieCutter: CookieCutterStep;
  /** `create_repo`: creates the repository. */
  readonly createRepo: CreateRepoStep;
  /** `create_catalog`: writes `catalog-info.yaml` from the form. */
  readonly createCatalog: CreateCatalogStep;
  /** `direct_push`: pushes the scaffolded code. */
  readonly directPush: DirectPushStep;
  /** `register_catalog`: registers the component in the IDP catalog. */
  readonly registerCatalog: RegisterCatalogStep;
  /** Unless `createResource: false`. */
  readonly createResource?: CreateResourceStep;
  /** With Slack notifications. */
  readonly slackNotify?: SlackNotifyStep;
  /**
   * Run step re-exporting the system outputs as user-defined output variables for the workflow
   * (docs/rules.md#workflow-outputs-user-defined).
   */
  readonly exportOutputs: RunStep;
}

/** Outputs re-exported by the `export_outputs` Run step (readable by the workflow, docs/rules.md#workflow-outputs-user-defined). */
export interface ServiceOnboardingOutputs {
  /** `repo_url`: URL of the new repository. */
  readonly repositoryUrl: StepOutput;
  /** `catalog_url`: URL of the component in the IDP catalog. */
  readonly catalogUrl: StepOutput;
}
