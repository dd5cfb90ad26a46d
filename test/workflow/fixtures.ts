// Test support (not a test): the service onboarding and K8s scale example workflows (test/fixtures/reference/),
// built from the model, with the pipelines they trigger.
import type { StepOutput } from '../../src/core/expression';
import { Pipeline } from '../../src/pipeline/pipeline';
import { IdpStage } from '../../src/pipeline/stages/idp-stage';
import { Step, type StepProps } from '../../src/pipeline/step';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { CreateRepoStep } from '../../src/pipeline/steps/idp/create-repo';
import { FormPage } from '../../src/workflow/form-page';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { UiField } from '../../src/workflow/ui-field';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { WorkflowOutput } from '../../src/workflow/workflow-output';

/** Stand-in for the IDP CreateCatalog step (not modelled yet): only its type and documented output matter here. */
export class CreateCatalogStub extends Step {
  public readonly type = 'CreateCatalog';
  public readonly outputs: { readonly registeredCatalogUrl: StepOutput };

  constructor(props: StepProps) {
    super(props);
    this.outputs = { registeredCatalogUrl: this.outputVariable('registeredCatalogUrl') };
  }

  protected renderSpec(): Record<string, unknown> {
    return { fileName: 'catalog-info.yaml', filePath: 'catalog', fileContent: 'apiVersion: backstage.io/v1alpha1' };
  }
}

/** The differences between the IDP 1.0 and IDP 2.0 versions of the service onboarding example. */
export type W1Variant = 'idp1' | 'idp2';

/** Service onboarding: inputs, pipeline (IDP stage with CreateRepo, CreateCatalog, Run export), workflow. */
export function serviceOnboarding(variant: W1Variant = 'idp2', identifier = 'idp_service_onboarding') {
  const idp1 = variant === 'idp1';
  const projectId = WorkflowInput.string('projectId', {
    title: 'Harness project for the CI pipeline',
    uiField: UiField.harnessProjectPicker(),
    variableName: 'harness_project',
    variableDescription: "Harness project in which to create the service's CI pipeline",
  });
  const orgId = WorkflowInput.string('orgId', {
    title: idp1 ? 'Harness org (auto-filled from project)' : 'Harness org (auto)',
    uiField: UiField.harnessAutoOrgPicker(),
    required: false,
    variableName: 'harness_org',
    variableRequired: true,
    variableDescription: "Harness org in which to create the service's CI pipeline",
  });
  const projectName = WorkflowInput.string('project_name', {
    title: 'Service name',
    pattern: '^[a-zA-Z_][0-9a-zA-Z_]{0,62}$',
    ...(idp1 ? { description: 'Also used as the repository name', maxLength: 63 } : {}),
    variableDescription: 'Name of the new service (also repo name)',
  });
  const githubOrg = WorkflowInput.string('github_org', {
    title: 'GitHub organization',
    variableDescription: 'Git organization that will own the repo',
  });
  const repositoryType = WorkflowInput.enum('repository_type', {
    title: 'Repository visibility',
    values: ['private', 'public'],
    default: 'private',
    required: false,
    variableRequired: true,
  });
  const repositoryDescription = WorkflowInput.string('repository_description', { title: 'Repository description', required: false });
  const owner = WorkflowInput.string('owner', {
    title: 'Owner',
    uiField: idp1 ? UiField.ownerPicker({ allowedKinds: ['Group'] }) : UiField.harnessOwnerPicker({ catalogFilter: [{ kind: 'Group' }] }),
    variableDescription: 'Owning Harness user group (catalog owner)',
  });
  const stack = WorkflowInput.enum('stack', { title: 'Tech stack', values: ['java', 'nodejs', 'python', 'go'], default: 'java' });
  const templateType = WorkflowInput.enum('template_type', {
    title: 'Template location',
    values: ['public', 'private'],
    default: 'public',
    variableDescription: 'Cookiecutter template location type',
  });
  const templateUrl = WorkflowInput.string('template_url', {
    title: 'Public Cookiecutter template URL',
    default: 'https://github.com/devesh-harness/test-cookicutter',
    required: false,
    variableDescription: 'Public cookiecutter template URL',
  });
  const privateTemplateRepo = WorkflowInput.string('private_template_repo', {
    title: idp1 ? 'Private template repository (in the GitHub org)' : 'Private template repository',
    default: 'cookiecutter-template',
    required: false,
    variableDescription: 'Repo name of a private cookiecutter template (cloned when template_type=private)',
  });
  const notifyEmail = WorkflowInput.string('notify_email', {
    title: 'Slack e-mail to notify',
    variableDescription: 'Slack e-mail of the person to notify',
  });

  const createRepo = new CreateRepoStep({
    identifier: 'create_repo',
    name: 'Create repository',
    connectorRef: 'account.github_org_connector',
    organization: githubOrg,
    repository: projectName,
    repoType: repositoryType,
    repositoryDescription: repositoryDescription,
  });
  const createCatalog = new CreateCatalogStub({ identifier: 'create_catalog', name: 'Create catalog file' });
  const exportOutputs = new RunStep({
    identifier: 'export_outputs',
    name: 'Export outputs for workflow',
    command: `repo_url="${createRepo.outputs.repositoryUrl}"\ncatalog_url="${createCatalog.outputs.registeredCatalogUrl}"`,
    outputVariables: ['repo_url', 'catalog_url'],
  });
  const inputs = [
    projectId,
    orgId,
    projectName,
    githubOrg,
    repositoryType,
    repositoryDescription,
    owner,
    stack,
    templateType,
    templateUrl,
    privateTemplateRepo,
    notifyEmail,
  ];
  const pipeline = new Pipeline({
    identifier: 'idp_service_onboarding',
    name: 'IDP Service Onboarding',
    orgIdentifier: 'default',
    projectIdentifier: 'idp_workflows',
    variables: inputs,
  }).addStage(
    new IdpStage({ identifier: 'service_onboarding', name: 'service onboarding', steps: [createRepo, createCatalog, exportOutputs] }),
  );

  const trigger = new PipelineTrigger({
    name: 'Onboarding the service',
    url: PipelineUrl.forPipeline(pipeline, { accountId: 'ACCOUNT_ID' }),
  });
  const repoUrl = exportOutputs.outputVariable('repo_url');
  const outputs = idp1
    ? [
        WorkflowOutput.pipelineUrl(),
        WorkflowOutput.link('Repository', createRepo.outputs.repositoryUrl),
        WorkflowOutput.link('Catalog entry', createCatalog.outputs.registeredCatalogUrl),
        WorkflowOutput.text('catalog-info.yaml', `Repository \`${trigger.outputByName(repoUrl)}\` is registered in the catalog.\n`),
      ]
    : [
        WorkflowOutput.pipelineUrl(),
        WorkflowOutput.link('Repository', trigger.outputByName(repoUrl)),
        WorkflowOutput.link('Catalog entry', trigger.outputByName(exportOutputs.outputVariable('catalog_url'))),
      ];
  const workflow = new Workflow({
    identifier,
    name: 'Onboard a new service',
    type: 'service',
    owner: 'group:account/platform_engineering',
    orgIdentifier: 'default',
    projectIdentifier: 'idp_workflows',
    description: 'Scaffold a service from a Cookiecutter template, create its repo and CI pipeline, register it in the catalog.',
    tags: ['onboarding', 'cookiecutter'],
    lifecycle: idp1 ? undefined : 'production',
    pages: [
      new FormPage({
        title: 'Service details',
        inputs: [projectId, orgId, projectName, githubOrg, repositoryType, repositoryDescription, owner, stack],
      }),
      new FormPage({ title: 'Template and notification', inputs: [templateType, templateUrl, privateTemplateRepo, notifyEmail] }),
    ],
    trigger,
    outputs,
  });
  return {
    workflow,
    pipeline,
    trigger,
    inputs: { projectId, orgId, projectName, githubOrg, repositoryType, stack, owner },
    steps: { createRepo, createCatalog, exportOutputs },
  };
}

/** The K8s scale workflow (the pipeline's Deployment stage is not needed for the comparison). */
export function k8sScale() {
  const serviceId = WorkflowInput.string('service_id', { title: 'Service identifier', variableDescription: 'Harness service identifier' });
  const environmentId = WorkflowInput.string('environment_id', {
    title: 'Environment identifier',
    variableDescription: 'Harness environment identifier',
  });
  const infraId = WorkflowInput.string('infra_id', {
    title: 'Infrastructure definition',
    variableDescription: 'Infrastructure definition identifier',
  });
  const workload = WorkflowInput.string('workload', {
    title: 'Workload ([namespace/]Kind/Name)',
    pattern: '^([a-z0-9-]+/)?(Deployment|StatefulSet|DaemonSet)/[a-z0-9.-]+$',
    variableDescription: '[namespace/]Kind/Name, e.g. payments/Deployment/payments-api',
  });
  const replicas = WorkflowInput.number('replicas', {
    title: 'Target replicas',
    minimum: 0,
    default: 2,
    variableDescription: 'Target replica count',
  });
  const workflow = new Workflow({
    identifier: 'idp_k8s_scale',
    name: 'Scale a Kubernetes workload',
    type: 'operations',
    owner: 'group:account/sre',
    description: 'Approval-gated K8s scale.',
    pages: [new FormPage({ title: 'Target', inputs: [serviceId, environmentId, infraId, workload, replicas] })],
    trigger: new PipelineTrigger({
      name: 'Scaling',
      url: PipelineUrl.inline({ accountId: 'ACCOUNT_ID', orgId: 'default', projectId: 'idp_workflows', pipelineId: 'idp_k8s_scale' }),
    }),
  });
  return { workflow, inputs: { serviceId, environmentId, infraId, workload, replicas } };
}
