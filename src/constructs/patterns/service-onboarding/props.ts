import type { SecretRef } from '../../../core/secret-ref';
import type { StageInfrastructure } from '../../../pipeline/infrastructure';
import type { ResourceDefinitionSource } from '../../../pipeline/steps/idp/create-resource';
import type { GitConnectorType } from '../../../pipeline/steps/idp/git-target';
import type { CreateResourceModule } from '../../create-resource/create-resource-module';
import type { CookiecutterTemplates } from '../blocks/cookiecutter-templates';
import type { OwnerPicker } from '../blocks/owner-picker';
import type { PatternInput } from '../blocks/pattern-input';
import type { SelfServicePatternProps } from '../blocks/self-service-pattern';

/** Private Cookiecutter templates: the form offers `template_type` public/private and a repository name. */
export interface PrivateTemplateRepository {
  /** Repository name offered in the form (`private_template_repo`). @default 'cookiecutter-template' */
  readonly defaultRepository?: string;
  /** Branch of the template repository to clone. @default 'main' */
  readonly branch?: string;
  /** Where the GitClone step clones the template; the CookieCutter step reads it from there. @default '/harness/cookiecutter-template' */
  readonly cloneDirectory?: string;
  /** Git connector that can read the template repository. @default the pattern's `connectorRef` */
  readonly connectorRef?: string;
}

/** Props of a {@link ServiceOnboarding}. */
export interface ServiceOnboardingProps extends SelfServicePatternProps {
  /**
   * Git connector of the IDP Git steps (CreateRepo, DirectPush, RegisterCatalog, and the template clone),
   * e.g. `account.github_org_connector`. HTTP auth only: IDP steps do not support SSH connectors,
   * and the connector must be able to read the repositories it creates.
   * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/harness-pipeline
   */
  readonly connectorRef: string;
  /**
   * Git provider of the connector: `GITHUB` or `GITLAB` (for GitLab the organization is the group path).
   * Other providers address repositories by workspace/project and are not covered by this pattern.
   * @default GitConnectorType.GITHUB
   */
  readonly connectorType?: GitConnectorType;
  /**
   * Organization (GitLab: group path) that owns the new repository: fixed text, or a form field
   * (`github_org` for GitHub, `git_org` otherwise).
   * @default PatternInput.formInput() (required field 'GitHub organization')
   */
  readonly gitOrganization?: string | PatternInput;
  /**
   * The public Cookiecutter templates offered: `CookiecutterTemplates.freeUrl({ default })` or
   * `CookiecutterTemplates.fixedList([{ title, url }])` (a drop-down).
   * @default CookiecutterTemplates.freeUrl() (no default URL)
   */
  readonly templates?: CookiecutterTemplates;
  /**
   * Also offer private templates: the form gets `template_type` (public/private) and `private_template_repo`,
   * and a GitClone step clones the repository only when the requester picks `private` (docs/rules.md#cookiecutter-private-template-path).
   * @default - public templates only (no GitClone step)
   */
  readonly privateTemplates?: PrivateTemplateRepository;
  /**
   * Tech stacks offered (`stack` drop-down; passed to the template and tagged on the catalog entity, so they
   * must be lowercase catalog tags). The first is the default.
   * @default ['java', 'nodejs', 'python', 'go']
   */
  readonly techStacks?: readonly string[];
  /**
   * Send a Slack message to the requester (`notify_email`) with the new repository and catalog links.
   * @default true
   */
  readonly slackNotifications?: boolean;
  /**
   * The Slack bot token as a Harness secret (scopes `chat:write`, `chat:write.public`, `users:read.email`,
   * `users:read`). Required when `slackNotifications` is on.
   * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/harness-pipeline
   * @default - none
   */
  readonly slackBotToken?: SecretRef;
  /**
   * Harness API key (a secret holding a PAT/SAT of the target account) the CreateResource step applies its
   * OpenTofu definition with (`xApiKey`, docs/rules.md#service-onboarding-secrets). Required unless `createResource` is `false`.
   * @default - none
   */
  readonly harnessApiKey?: SecretRef;
  /**
   * What the CreateResource step creates: HCL text, a {@link ResourceDefinitionSource} such as a
   * {@link CreateResourceModule}, or `false` to leave the step (and the Harness project/org fields) out.
   * The form always asks for the Harness project (`projectId` → `harness_project`, org auto-filled →
   * `harness_org`) when the step is present; a custom definition reads them as `inputs.harnessProject/harnessOrg`.
   * @default a CreateResourceModule with the service's CI pipeline (`harness_platform_pipeline`
   *   `<project_name>_ci`, a codebase-disabled CI stage with a Run step), in the project picked in the form;
   *   extend it through `ciPipeline` before synth
   */
  readonly createResource?: string | ResourceDefinitionSource | false;
  /** How the form asks for the owning team. @default OwnerPicker.harnessOwnerPicker() (groups) */
  readonly ownerPicker?: OwnerPicker;
  /** Default branch of the new repository; DirectPush and RegisterCatalog use it too. @default 'main' */
  readonly defaultBranch?: string;
  /** Force-push the scaffolded code (when the provider initialises new repositories with a commit). @default false */
  readonly forcePush?: boolean;
  /** Where the IDP stage runs. @default StageInfrastructure.cloud() */
  readonly infrastructure?: StageInfrastructure;
  /** `spec.type` of the catalog entity. @default 'service' */
  readonly componentType?: string;
  /** `spec.lifecycle` of the catalog entity. @default 'experimental' */
  readonly componentLifecycle?: string;
}
