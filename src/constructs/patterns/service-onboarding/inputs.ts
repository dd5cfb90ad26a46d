import { checkGitOrganization, GitConnectorType } from '../../../pipeline/steps/idp/git-target';
import { UiField } from '../../../workflow/ui-field';
import { WorkflowInput } from '../../../workflow/workflow-input';
import { PatternInput, patternInputOf, type ResolvedPatternInput } from '../blocks/pattern-input';
import type { ServiceOnboardingInputs } from './members';
import type { ServiceOnboardingProps } from './props';
import type { OnboardingSettings } from './settings';

/** Service names: a Harness identifier (the created CI pipeline is `<name>_ci`) and a repository name. */
const PROJECT_NAME_PATTERN = '^[a-zA-Z_][0-9a-zA-Z_]{0,62}$';

/** The workflow inputs of a ServiceOnboarding, and the Git organization (fixed text or its form field). */
export function onboardingInputs(
  props: ServiceOnboardingProps,
  settings: OnboardingSettings,
  where: string,
): { inputs: ServiceOnboardingInputs; organization: ResolvedPatternInput['value'] } {
  const { harnessProject, harnessOrg } = harnessTargetInputs(settings.withResource);
  const projectName = WorkflowInput.string('project_name', {
    title: 'Service name',
    pattern: PROJECT_NAME_PATTERN,
    variableDescription: 'Name of the new service (also repo name)',
  });
  const org = gitOrganizationInput(props, settings.connectorType, where);
  const repositoryType = WorkflowInput.enum('repository_type', {
    title: 'Repository visibility',
    values: ['private', 'public'],
    default: 'private',
    required: false,
    variableRequired: true,
  });
  const repositoryDescription = WorkflowInput.string('repository_description', { title: 'Repository description', required: false });
  const owner = settings.ownerPicker.createInput({ variableDescription: 'Owning Harness user group (catalog owner)' });
  const techStacks = settings.techStacks;
  const stack = WorkflowInput.enum('stack', { title: 'Tech stack', values: techStacks, default: techStacks[0] });
  const { templateType, templateUrl, privateTemplateRepo } = templateInputs(settings);
  const notifyEmail = settings.slack
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
  return { inputs, organization: org.value };
}

/** The Harness project (and its org, filled from it) the CreateResource step creates the CI pipeline in. */
function harnessTargetInputs(withResource: boolean): { harnessProject?: WorkflowInput; harnessOrg?: WorkflowInput } {
  if (!withResource) return {};
  const harnessProject = WorkflowInput.string('projectId', {
    title: 'Harness project for the CI pipeline',
    uiField: UiField.harnessProjectPicker(),
    variableName: 'harness_project',
    variableDescription: "Harness project in which to create the service's CI pipeline",
  });
  const harnessOrg = WorkflowInput.string('orgId', {
    title: 'Harness org (auto)',
    uiField: UiField.harnessAutoOrgPicker(),
    required: false,
    variableName: 'harness_org',
    variableRequired: true,
    variableDescription: "Harness org in which to create the service's CI pipeline",
  });
  return { harnessProject, harnessOrg };
}

/** The organization (GitLab: group path) owning the new repository: fixed text or a form field. */
function gitOrganizationInput(props: ServiceOnboardingProps, connectorType: GitConnectorType, where: string): ResolvedPatternInput {
  const isGithub = connectorType === GitConnectorType.GITHUB;
  return patternInputOf(props.gitOrganization, PatternInput.formInput(), where, 'gitOrganization').resolve(
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
}

/** The template fields: the public template, and with private templates the location and the repository. */
function templateInputs(settings: OnboardingSettings): {
  templateType?: WorkflowInput;
  templateUrl: WorkflowInput;
  privateTemplateRepo?: WorkflowInput;
} {
  const priv = settings.priv;
  const templateType = priv
    ? WorkflowInput.enum('template_type', {
        title: 'Template location',
        values: ['public', 'private'],
        default: 'public',
        variableDescription: 'Cookiecutter template location type',
      })
    : undefined;
  const templateUrl = settings.templates.createInput(priv === undefined);
  const privateTemplateRepo = priv
    ? WorkflowInput.string('private_template_repo', {
        title: 'Private template repository',
        default: priv.defaultRepository ?? 'cookiecutter-template',
        required: false,
        variableDescription: 'Repo name of a private cookiecutter template (cloned when template_type=private)',
      })
    : undefined;
  return { templateType, templateUrl, privateTemplateRepo };
}
