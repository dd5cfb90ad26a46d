import type { Construct } from 'constructs';
import { fail } from '../../core/errors';
import { Expr } from '../../core/expr';
import type { StepOutput } from '../../core/expression';
import type { SecretRef } from '../../core/secret-ref';
import type { StageInfrastructure } from '../../pipeline/infrastructure';
import { Pipeline } from '../../pipeline/pipeline';
import { CiStage } from '../../pipeline/stages/ci-stage';
import { IdpStage } from '../../pipeline/stages/idp-stage';
import { checkSecretRef, requireText } from '../../pipeline/steps/common/field-checks';
import { GitCloneStep } from '../../pipeline/steps/common/git-clone';
import { GitCloneBuild } from '../../pipeline/steps/common/git-clone-build';
import { RunStep, Shell } from '../../pipeline/steps/common/run';
import { CATALOG_TAG_PATTERN } from '../../core/catalog-naming';
import { CookieCutterStep, CookieCutterTemplateType } from '../../pipeline/steps/idp/cookie-cutter';
import { CreateCatalogStep } from '../../pipeline/steps/idp/create-catalog';
import { CreateRepoStep } from '../../pipeline/steps/idp/create-repo';
import { CreateResourceStep, type ResourceDefinitionSource } from '../../pipeline/steps/idp/create-resource';
import { DirectPushStep } from '../../pipeline/steps/idp/direct-push';
import { checkGitOrganization, GitConnectorType } from '../../pipeline/steps/idp/git-target';
import { RegisterCatalogStep } from '../../pipeline/steps/idp/register-catalog';
import { SlackNotifyStep } from '../../pipeline/steps/idp/slack-notify';
import { Timeout } from '../../pipeline/timeout';
import { FormPage } from '../../workflow/form-page';
import { UiField } from '../../workflow/ui-field';
import { WorkflowInput } from '../../workflow/workflow-input';
import { WorkflowOutput } from '../../workflow/workflow-output';
import { CreateResourceModule } from '../create-resource/create-resource-module';
import { CreatedPipeline } from '../create-resource/created-pipeline';
import { buildInConstruct } from '../private/model-validation';
import { OnboardingValue } from '../create-resource/onboarding-value';
import { CookiecutterTemplates } from './blocks/cookiecutter-templates';
import { OwnerPicker, ownerPickerOf } from './blocks/owner-picker';
import { PatternInput, patternInputOf } from './blocks/pattern-input';
import { SelfServicePattern, type SelfServicePatternProps } from './blocks/self-service-pattern';

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

const DEFAULT_TECH_STACKS: readonly string[] = ['java', 'nodejs', 'python', 'go'];
const SUPPORTED_PROVIDERS: readonly GitConnectorType[] = [GitConnectorType.GITHUB, GitConnectorType.GITLAB];
/** Service names: a Harness identifier (the created CI pipeline is `<name>_ci`) and a repository name. */
const PROJECT_NAME_PATTERN = '^[a-zA-Z_][0-9a-zA-Z_]{0,62}$';

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
    requireText(props.connectorRef, where, 'connectorRef', "pass the Git connector of the IDP steps, e.g. 'account.github_org_connector'");
    const connectorType = props.connectorType ?? GitConnectorType.GITHUB;
    if (!SUPPORTED_PROVIDERS.includes(connectorType)) {
      fail(
        where,
        'connectorType',
        `'${connectorType}' is not supported by this pattern (it addresses repositories by organization; ${connectorType} needs workspace/project)`,
        'use GitConnectorType.GITHUB or GitConnectorType.GITLAB, or build the pipeline from the IDP steps directly',
      );
    }
    const defaultBranch = props.defaultBranch ?? 'main';
    requireText(defaultBranch, where, 'defaultBranch', "pass a branch name, e.g. 'main'");
    const techStacks = checkTechStacks(props.techStacks, where);
    const slack = props.slackNotifications ?? true;
    if (slack && props.slackBotToken === undefined) {
      fail(
        where,
        'slackBotToken',
        'Slack notifications are on, but no Slack bot token secret is given',
        "pass slackBotToken: SecretRef.fromIdentifier('account.slack_bot_token'), or set slackNotifications: false",
      );
    }
    const slackToken = checkSecretRef(props.slackBotToken, where, 'slackBotToken', false);
    const createResource = props.createResource;
    if (createResource !== false && props.harnessApiKey === undefined) {
      fail(
        where,
        'harnessApiKey',
        'the CreateResource step needs a Harness API key (xApiKey), and none is given',
        "pass harnessApiKey: SecretRef.fromIdentifier('account.idp_onboarding_pat'), or set createResource: false to leave the step out",
      );
    }
    const apiKey = checkSecretRef(props.harnessApiKey, where, 'harnessApiKey', false);
    const templates = props.templates ?? CookiecutterTemplates.freeUrl();
    if (!(templates instanceof CookiecutterTemplates)) {
      fail(
        where,
        'templates',
        'expects CookiecutterTemplates',
        'pass CookiecutterTemplates.freeUrl({ default }) or CookiecutterTemplates.fixedList([{ title, url }])',
      );
    }
    const ownerPicker = ownerPickerOf(props.ownerPicker, OwnerPicker.harnessOwnerPicker(), where);
    const priv = props.privateTemplates;
    if (priv !== undefined) {
      for (const f of ['defaultRepository', 'branch', 'cloneDirectory', 'connectorRef'] as const) {
        if (priv[f] !== undefined) requireText(priv[f], where, `privateTemplates.${f}`, `pass the ${f}, or leave it out for the default`);
      }
    }

    // ---- inputs -------------------------------------------------------------------------------------------
    const withResource = createResource !== false;
    const harnessProject = withResource
      ? WorkflowInput.string('projectId', {
          title: 'Harness project for the CI pipeline',
          uiField: UiField.harnessProjectPicker(),
          variableName: 'harness_project',
          variableDescription: "Harness project in which to create the service's CI pipeline",
        })
      : undefined;
    const harnessOrg = withResource
      ? WorkflowInput.string('orgId', {
          title: 'Harness org (auto)',
          uiField: UiField.harnessAutoOrgPicker(),
          required: false,
          variableName: 'harness_org',
          variableRequired: true,
          variableDescription: "Harness org in which to create the service's CI pipeline",
        })
      : undefined;
    const projectName = WorkflowInput.string('project_name', {
      title: 'Service name',
      pattern: PROJECT_NAME_PATTERN,
      variableDescription: 'Name of the new service (also repo name)',
    });
    const isGithub = connectorType === GitConnectorType.GITHUB;
    const org = patternInputOf(props.gitOrganization, PatternInput.formInput(), where, 'gitOrganization').resolve(
      {
        id: isGithub ? 'github_org' : 'git_org',
        prop: 'gitOrganization',
        field: {
          title: isGithub ? 'GitHub organization' : 'GitLab group path',
          variableDescription: 'Git organization that will own the repo',
        },
        // One rule, one place: the IDP Git steps' organization rule.
        checkFixed: (v, w, p) => checkGitOrganization(v, w, p),
      },
      where,
    );
    const repositoryType = WorkflowInput.enum('repository_type', {
      title: 'Repository visibility',
      values: ['private', 'public'],
      default: 'private',
      required: false,
      variableRequired: true,
    });
    const repositoryDescription = WorkflowInput.string('repository_description', { title: 'Repository description', required: false });
    const owner = ownerPicker.createInput({ variableDescription: 'Owning Harness user group (catalog owner)' });
    const stack = WorkflowInput.enum('stack', { title: 'Tech stack', values: techStacks, default: techStacks[0] });
    const templateType = priv
      ? WorkflowInput.enum('template_type', {
          title: 'Template location',
          values: ['public', 'private'],
          default: 'public',
          variableDescription: 'Cookiecutter template location type',
        })
      : undefined;
    const templateUrl = templates.createInput(priv === undefined);
    const privateTemplateRepo = priv
      ? WorkflowInput.string('private_template_repo', {
          title: 'Private template repository',
          default: priv.defaultRepository ?? 'cookiecutter-template',
          required: false,
          variableDescription: 'Repo name of a private cookiecutter template (cloned when template_type=private)',
        })
      : undefined;
    const notifyEmail = slack
      ? WorkflowInput.string('notify_email', {
          title: 'Slack e-mail to notify',
          variableDescription: 'Slack e-mail of the person to notify',
        })
      : undefined;

    const inputs: ServiceOnboardingInputs = {
      projectName,
      repositoryType,
      repositoryDescription,
      owner,
      stack,
      templateUrl,
      templateType,
      privateTemplateRepo,
      gitOrganization: org.input,
      notifyEmail,
      harnessProject,
      harnessOrg,
    };

    // ---- steps --------------------------------------------------------------------------------------------
    const git = { connectorType, connectorRef: props.connectorRef, organization: org.value, repository: projectName };
    const cloneTemplate = priv
      ? new GitCloneStep({
          identifier: 'clone_template',
          name: 'Clone private template',
          timeout: Timeout.minutes(10),
          when: { condition: Expr.equals(templateType!, 'private') },
          connectorRef: priv.connectorRef ?? props.connectorRef,
          repoName: privateTemplateRepo,
          cloneDirectory: priv.cloneDirectory ?? '/harness/cookiecutter-template',
          build: GitCloneBuild.branch(priv.branch ?? 'main'),
        })
      : undefined;
    const cookieCutter = new CookieCutterStep({
      identifier: 'cookiecutter',
      name: 'Render template',
      timeout: Timeout.minutes(10),
      templateType: templateType ?? CookieCutterTemplateType.PUBLIC,
      publicTemplateUrl: templateUrl,
      fromClone: cloneTemplate,
      cookieCutterVariables: { project_name: projectName, stack, owner },
    });
    const createRepo = new CreateRepoStep({
      identifier: 'create_repo',
      name: 'Create repository',
      timeout: Timeout.minutes(10),
      ...git,
      repoType: repositoryType,
      repositoryDescription,
      defaultBranch,
    });
    const createCatalog = new CreateCatalogStep({
      identifier: 'create_catalog',
      name: 'Create catalog-info.yaml',
      timeout: Timeout.minutes(5),
      fileName: 'catalog-info.yaml',
      filePath: projectName,
      catalogInfo: {
        name: projectName,
        description: repositoryDescription,
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        tags: [stack],
        type: props.componentType ?? 'service',
        owner,
        lifecycle: props.componentLifecycle ?? 'experimental',
      },
    });
    const directPush = new DirectPushStep({
      identifier: 'direct_push',
      name: 'Push scaffolded code',
      timeout: Timeout.minutes(10),
      ...git,
      codeDirectory: projectName,
      branch: defaultBranch,
      forcePush: props.forcePush ?? false,
    });
    const registerCatalog = new RegisterCatalogStep({
      identifier: 'register_catalog',
      name: 'Register in IDP catalog',
      timeout: Timeout.minutes(5),
      ...git,
      branch: defaultBranch,
      filePath: 'catalog-info.yaml',
    });

    let resourceDefinition: string | ResourceDefinitionSource | undefined;
    let ciModule: CreateResourceModule | undefined;
    let ciPipeline: CreatedPipeline | undefined;
    if (withResource) {
      if (createResource === undefined) {
        const ci = defaultCiModule(projectName, harnessOrg!, harnessProject!);
        ciModule = ci.module;
        ciPipeline = ci.pipeline;
        resourceDefinition = ci.module;
      } else {
        resourceDefinition = createResource;
      }
    }
    const createResourceStep =
      resourceDefinition !== undefined
        ? new CreateResourceStep({
            identifier: 'create_ci_pipeline',
            name: 'Create CI pipeline for service',
            timeout: Timeout.minutes(15),
            resourceDefinition,
            xApiKey: apiKey!,
          })
        : undefined;
    const slackNotify = slack
      ? new SlackNotifyStep({
          identifier: 'slack_notify',
          name: 'Notify team',
          timeout: Timeout.minutes(5),
          email: notifyEmail!,
          token: slackToken!,
          messageContent: [
            `Service *${projectName}* onboarded.`,
            `Repo: <${createRepo.outputs.repositoryUrl}|link>`,
            `Catalog: <${createCatalog.outputs.registeredCatalogUrl}|link>`,
            `catalog-info.yaml: <${registerCatalog.outputs.catalogInfoUrl}|link>`,
          ].join('\n'),
        })
      : undefined;
    const exportOutputs = new RunStep({
      identifier: 'export_outputs',
      name: 'Export outputs for workflow',
      timeout: Timeout.minutes(5),
      shell: Shell.SH,
      command: `repo_url="${createRepo.outputs.repositoryUrl}"\ncatalog_url="${createCatalog.outputs.registeredCatalogUrl}"`,
      outputVariables: ['repo_url', 'catalog_url'],
    });
    const steps: ServiceOnboardingSteps = {
      cloneTemplate,
      cookieCutter,
      createRepo,
      createCatalog,
      directPush,
      registerCatalog,
      createResource: createResourceStep,
      slackNotify,
      exportOutputs,
    };
    const outputs: ServiceOnboardingOutputs = {
      repositoryUrl: exportOutputs.outputVariable('repo_url'),
      catalogUrl: exportOutputs.outputVariable('catalog_url'),
    };

    // ---- pipeline + workflow ------------------------------------------------------------------------------
    const stage = new IdpStage({
      identifier: 'service_onboarding',
      name: 'service onboarding',
      description: '',
      tags: {},
      infrastructure: props.infrastructure,
      cloneCodebase: false,
      steps: [
        cloneTemplate,
        cookieCutter,
        createRepo,
        createCatalog,
        directPush,
        registerCatalog,
        createResourceStep,
        slackNotify,
        exportOutputs,
      ].filter((s): s is NonNullable<typeof s> => s !== undefined),
    });
    const description = [
      'Scaffold a service from a Cookiecutter template',
      'create repo',
      'register in IDP catalog',
      withResource ? 'create its CI pipeline' : undefined,
      slack ? 'notify on Slack' : undefined,
    ]
      .filter((s) => s !== undefined)
      .join(', ');
    const details = [harnessProject, harnessOrg, projectName, org.input, repositoryType, repositoryDescription, owner, stack].filter(
      (v): v is WorkflowInput => v !== undefined,
    );
    const template = [templateType, templateUrl, privateTemplateRepo, notifyEmail].filter((v): v is WorkflowInput => v !== undefined);
    const ssw = this.register({
      stages: [stage],
      pages: [
        new FormPage({ title: 'Service details', inputs: details }),
        new FormPage({ title: slack ? 'Template and notification' : 'Template', inputs: template }),
      ],
      // The order of the pipeline's variables, which differs from the form's.
      variables: [
        projectName,
        templateType,
        templateUrl,
        privateTemplateRepo,
        org.input,
        repositoryType,
        repositoryDescription,
        owner,
        stack,
        harnessOrg,
        harnessProject,
        notifyEmail,
      ].filter((v): v is WorkflowInput => v !== undefined),
      description: `${description}.`,
      outputs: [WorkflowOutput.pipelineUrl()],
      triggerName: 'Onboarding the service',
    });
    ssw.form.addOutput(
      WorkflowOutput.link('Repository', ssw.trigger.outputByName(outputs.repositoryUrl)),
      WorkflowOutput.link('Catalog entry', ssw.trigger.outputByName(outputs.catalogUrl)),
    );
    return { inputs, steps, stage, outputs, ciModule, ciPipeline };
  }
}

/** Tech stacks: a non-empty list of distinct catalog tags (they tag the catalog entity). */
function checkTechStacks(value: readonly string[] | undefined, where: string): readonly string[] {
  if (value === undefined) return DEFAULT_TECH_STACKS;
  if (!Array.isArray(value) || value.length === 0) {
    fail(
      where,
      'techStacks',
      'the list of tech stacks is empty',
      "list at least one stack, e.g. ['java', 'go'], or leave techStacks out for the default list",
    );
  }
  for (const s of value) {
    if (typeof s !== 'string' || s.length > 63 || !CATALOG_TAG_PATTERN.test(s)) {
      fail(
        where,
        'techStacks',
        `'${String(s)}' is not a catalog tag, but the stack tags the new catalog entity`,
        `use lowercase letters, digits, ':', '+' or '#' joined by single '-', e.g. '${
          String(s)
            .toLowerCase()
            .replace(/[^a-z0-9:+#]+/g, '-')
            .replace(/^-+|-+$/g, '') || 'java'
        }'`,
      );
    }
  }
  if (new Set(value).size !== value.length) fail(where, 'techStacks', 'a tech stack is listed twice', 'list each stack once');
  return [...value];
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
