// Issue 2 acceptance: one pipeline per seed pattern, built from the raw pipeline model only (no pattern
// constructs, no workflow classes), equals its validated example pipeline (test/fixtures/reference/) and validates against the
// Harness schema (see support/reference-examples.ts).
import {
  ApprovalStage,
  CatalogPropertyMode,
  CatalogPropertyUpdateType,
  CookieCutterStep,
  CreateCatalogStep,
  CreateRepoStep,
  CreateResourceStep,
  CustomStage,
  DeploymentStage,
  DeploymentType,
  DirectPushStep,
  ErrorType,
  FailureAction,
  FailureStrategy,
  FmeFlagAddRemoveIndividualTargetsStep,
  GitCloneBuild,
  GitCloneStep,
  GitConnectorType,
  HarnessApprovalStep,
  HttpMethod,
  HttpStep,
  IacmApprovalStep,
  IacmStage,
  IacmTerraformPluginStep,
  IdpStage,
  InstanceSelection,
  JiraCreateStep,
  JiraUpdateStep,
  K8sPatchStep,
  K8sRollingRollbackStep,
  K8sRolloutStep,
  K8sScaleStep,
  MergeStrategyType,
  Pipeline,
  PipelineVariable,
  PluginStep,
  PolicyStep,
  RegisterCatalogStep,
  RolloutCommand,
  RolloutResources,
  RunStep,
  Shell,
  SlackNotifyStep,
  StageInfrastructure,
  StageStatus,
  TerraformCommand,
  Timeout,
  UpdateCatalogPropertyStep,
  VariableType,
} from '../../src/pipeline';
import { Expr, RuntimeInput, SecretRef } from '../../src/core';
import { parse } from 'yaml';
import { referencePipeline } from '../support/reference-examples';

const input = (): RuntimeInput => RuntimeInput.create();
/** The stage envelope fields the references write (the model writes them only when given). */
const envelope = { description: '', tags: {} };

// ---------------------------------------------------------------------------------------------------------
// Service onboarding (IDP stage)
// ---------------------------------------------------------------------------------------------------------
function p1ServiceOnboarding(): Pipeline {
  const projectName = PipelineVariable.string('project_name', { description: 'Name of the new service (also repo name)', required: true });
  const templateType = PipelineVariable.string('template_type', {
    description: 'Cookiecutter template location type',
    required: true,
    value: input().default('public').allowedValues(['public', 'private']),
  });
  const templateUrl = PipelineVariable.string('template_url', {
    description: 'Public cookiecutter template URL',
    required: false,
    value: input().default('https://github.com/devesh-harness/test-cookicutter'),
  });
  const privateTemplateRepo = PipelineVariable.string('private_template_repo', {
    description: 'Repo name of a private cookiecutter template (cloned when template_type=private)',
    required: false,
    value: input().default('cookiecutter-template'),
  });
  const githubOrg = PipelineVariable.string('github_org', { description: 'Git organization that will own the repo', required: true });
  const repositoryType = PipelineVariable.string('repository_type', {
    description: 'Repository visibility',
    required: true,
    value: input().default('private').allowedValues(['private', 'public']),
  });
  const repositoryDescription = PipelineVariable.string('repository_description', {
    description: 'Repository description',
    required: false,
  });
  const owner = PipelineVariable.string('owner', { description: 'Owning Harness user group (catalog owner)', required: true });
  const stack = PipelineVariable.string('stack', {
    description: 'Tech stack',
    required: true,
    value: input().default('java').allowedValues(['java', 'nodejs', 'python', 'go']),
  });
  const harnessOrg = PipelineVariable.string('harness_org', {
    description: "Harness org in which to create the service's CI pipeline",
    required: true,
  });
  const harnessProject = PipelineVariable.string('harness_project', {
    description: "Harness project in which to create the service's CI pipeline",
    required: true,
  });
  const notifyEmail = PipelineVariable.string('notify_email', { description: 'Slack e-mail of the person to notify', required: true });

  const github = {
    connectorType: GitConnectorType.GITHUB,
    connectorRef: 'account.github_org_connector',
    organization: githubOrg,
    repository: projectName,
  };

  const cloneTemplate = new GitCloneStep({
    identifier: 'clone_template',
    name: 'Clone private template',
    timeout: Timeout.minutes(10),
    when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(templateType, 'private') },
    connectorRef: 'account.github_org_connector',
    repoName: privateTemplateRepo,
    cloneDirectory: '/harness/cookiecutter-template',
    build: GitCloneBuild.branch('main'),
  });
  const cookiecutter = new CookieCutterStep({
    identifier: 'cookiecutter',
    name: 'Render template',
    timeout: Timeout.minutes(10),
    templateType,
    publicTemplateUrl: templateUrl,
    fromClone: cloneTemplate,
    cookieCutterVariables: { project_name: projectName, stack, owner },
  });
  const createRepo = new CreateRepoStep({
    identifier: 'create_repo',
    name: 'Create repository',
    timeout: Timeout.minutes(10),
    ...github,
    repoType: repositoryType,
    repositoryDescription,
    defaultBranch: 'main',
  });
  const createCatalog = new CreateCatalogStep({
    identifier: 'create_catalog',
    name: 'Create catalog-info.yaml',
    timeout: Timeout.minutes(5),
    fileName: 'catalog-info.yaml',
    filePath: projectName,
    fileContent: [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      'metadata:',
      `  name: ${projectName}`,
      `  description: ${repositoryDescription}`,
      '  annotations:',
      '    backstage.io/techdocs-ref: dir:.',
      '  tags:',
      `    - ${stack}`,
      'spec:',
      '  type: service',
      `  owner: ${owner}`,
      '  lifecycle: experimental',
    ].join('\n'),
  });
  const directPush = new DirectPushStep({
    identifier: 'direct_push',
    name: 'Push scaffolded code',
    timeout: Timeout.minutes(10),
    ...github,
    codeDirectory: projectName,
    branch: 'main',
    forcePush: false,
  });
  const registerCatalog = new RegisterCatalogStep({
    identifier: 'register_catalog',
    name: 'Register in IDP catalog',
    timeout: Timeout.minutes(5),
    ...github,
    branch: 'main',
    filePath: 'catalog-info.yaml',
  });
  const createCiPipeline = new CreateResourceStep({
    identifier: 'create_ci_pipeline',
    name: 'Create CI pipeline for service',
    timeout: Timeout.minutes(15),
    xApiKey: SecretRef.fromIdentifier('account.idp_onboarding_pat'),
    resourceDefinition: [
      'resource "harness_platform_pipeline" "ci" {',
      `  identifier = "${projectName}_ci"`,
      `  org_id     = "${harnessOrg}"`,
      `  project_id = "${harnessProject}"`,
      `  name       = "${projectName} CI"`,
      '  yaml = <<-EOT',
      '    pipeline:',
      `      name: ${projectName} CI`,
      `      identifier: ${projectName}_ci`,
      `      projectIdentifier: ${harnessProject}`,
      `      orgIdentifier: ${harnessOrg}`,
      '      stages:',
      '        - stage:',
      '            name: build',
      '            identifier: build',
      '            type: CI',
      '            spec:',
      '              cloneCodebase: false',
      '              platform:',
      '                os: Linux',
      '                arch: Amd64',
      '              runtime:',
      '                type: Cloud',
      '                spec: {}',
      '              execution:',
      '                steps:',
      '                  - step:',
      '                      type: Run',
      '                      name: echo',
      '                      identifier: echo',
      '                      spec:',
      '                        shell: Sh',
      '                        command: echo "hello"',
      '  EOT',
      '}',
    ].join('\n'),
  });
  const updateCatalogProperty = new UpdateCatalogPropertyStep({
    identifier: 'update_catalog_property',
    name: 'Record onboarding metadata',
    timeout: Timeout.minutes(5),
    entityRef: `component:default/${projectName}`,
    property: 'metadata.onboardedBy',
    value: Expr.TRIGGERED_BY_EMAIL,
    mode: CatalogPropertyMode.REPLACE,
  });
  const slackNotify = new SlackNotifyStep({
    identifier: 'slack_notify',
    name: 'Notify team',
    timeout: Timeout.minutes(5),
    email: notifyEmail,
    token: SecretRef.fromIdentifier('slack_bot_token'),
    messageContent: [
      `Service *${projectName}* onboarded.`,
      `Repo: <${createRepo.outputs.repositoryUrl}|link>`,
      `Catalog: <${createCatalog.outputs.registeredCatalogUrl}|link>`,
      `catalog-info.yaml: <${registerCatalog.outputs.catalogInfoUrl}|link>`,
    ].join('\n'),
  });
  const exportOutputs = new RunStep({
    identifier: 'export_outputs',
    name: 'Export outputs for workflow',
    timeout: Timeout.minutes(5),
    shell: Shell.SH,
    command: [`repo_url="${createRepo.outputs.repositoryUrl}"`, `catalog_url="${createCatalog.outputs.registeredCatalogUrl}"`].join('\n'),
    outputVariables: ['repo_url', 'catalog_url'],
  });

  return new Pipeline({
    identifier: 'idp_service_onboarding',
    name: 'IDP Service Onboarding',
    projectIdentifier: 'idp_workflows',
    orgIdentifier: 'default',
    description:
      'Scaffold a service from a Cookiecutter template, create repo, register in IDP catalog, create its CI pipeline, notify on Slack.',
    tags: { 'managed-by': 'cdktf' },
    variables: [
      projectName,
      templateType,
      templateUrl,
      privateTemplateRepo,
      githubOrg,
      repositoryType,
      repositoryDescription,
      owner,
      stack,
      harnessOrg,
      harnessProject,
      notifyEmail,
    ],
  }).addStage(
    new IdpStage({
      identifier: 'service_onboarding',
      name: 'service onboarding',
      description: '',
      infrastructure: StageInfrastructure.cloud(),
      cloneCodebase: false,
      steps: [
        cloneTemplate,
        cookiecutter,
        createRepo,
        createCatalog,
        directPush,
        registerCatalog,
        createCiPipeline,
        updateCatalogProperty,
        slackNotify,
        exportOutputs,
      ],
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Infrastructure provisioning (Custom → IACM → Custom)
// ---------------------------------------------------------------------------------------------------------
function p2InfraProvisioning(): Pipeline {
  const owner = PipelineVariable.string('owner', { description: 'Requesting user/group', required: true });
  const iacmWorkspace = PipelineVariable.string('iacm_workspace', { description: 'IaCM workspace identifier', required: true });
  const jiraProject = PipelineVariable.string('jira_project', { description: 'Jira project key', required: true });
  const jiraSummary = PipelineVariable.string('jira_summary', { description: 'Jira issue summary', required: true });
  const cloudProvider = PipelineVariable.string('cloud_provider', {
    description: 'Cloud provider',
    required: true,
    value: input().default('AWS').allowedValues(['AWS', 'GCP', 'Azure']),
  });
  const instanceType = PipelineVariable.string('instance_type', {
    description: 'Instance type',
    required: true,
    value: input().default('t3.micro').allowedValues(['t3.micro', 't3.large', 'm5.xlarge']),
  });
  const ami = PipelineVariable.string('ami', { description: 'AMI id', required: true });
  const subnet = PipelineVariable.string('subnet', { description: 'Subnet id', required: true });
  const vpc = PipelineVariable.string('vpc', { description: 'VPC security group id', required: true });
  const instanceCount = PipelineVariable.number('instance_count', {
    description: 'Number of instances',
    required: true,
    value: input().default(1),
  });

  const createJira = new JiraCreateStep({
    identifier: 'create_jira_ticket',
    name: 'Create change ticket',
    timeout: Timeout.minutes(10),
    connectorRef: 'account.jira_connector',
    projectKey: jiraProject,
    issueType: 'Task',
    fields: [
      { name: 'Summary', value: jiraSummary },
      {
        name: 'Description',
        value: `Provision ${instanceCount} x ${instanceType} (${cloudProvider}) in workspace ${iacmWorkspace}; requested by ${owner}`,
      },
    ],
  });

  const tf = (identifier: string, command: TerraformCommand, timeout = Timeout.minutes(10), name: string = command) =>
    new IacmTerraformPluginStep({ identifier, name, timeout, command });
  const init = tf('init', TerraformCommand.INIT);
  const tfsec = new PluginStep({
    identifier: 'tfsec',
    name: 'tfsec',
    timeout: Timeout.minutes(10),
    uses: 'https://github.com/urischeiner/tfsec-iacm.git',
  });
  const detectDrift = new IacmTerraformPluginStep({
    identifier: 'detect_drift',
    name: 'detect-drift',
    timeout: Timeout.minutes(10),
    command: TerraformCommand.DETECT_DRIFT,
    failureStrategies: [FailureStrategy.on([ErrorType.UNKNOWN], FailureAction.MARK_AS_SUCCESS)],
  });
  const plan = tf('plan', TerraformCommand.PLAN);
  const exportPlan = new RunStep({
    identifier: 'export_plan',
    name: 'Export plan',
    timeout: Timeout.minutes(5),
    shell: Shell.BASH,
    command: `tfplan=$(cat ${plan.outputs.parsedPlan} | sed -E 's/"(secret_key|access_key)":\\{"value":"[^"]*"\\}/"\\1":{"value":""}/g')`,
    outputVariables: ['tfplan'],
  });
  const approvePlan = new IacmApprovalStep({ identifier: 'approve_plan', name: 'Approve plan', timeout: Timeout.hours(1) });
  const apply = tf('apply', TerraformCommand.APPLY, Timeout.minutes(30));

  const opaCheck = new PolicyStep({
    identifier: 'opa_plan_check',
    name: 'OPA check on plan',
    timeout: Timeout.minutes(10),
    policySets: ['account.terraform_compliance'],
    payload: exportPlan.outputVariable('tfplan'),
  });
  const updateJira = new JiraUpdateStep({
    identifier: 'update_jira_ticket',
    name: 'Update change ticket',
    timeout: Timeout.minutes(10),
    when: { stageStatus: StageStatus.ALL },
    connectorRef: 'account.jira_connector',
    issueKey: createJira.outputs.issueKey,
    transitionTo: { status: 'Done' },
    fields: [{ name: 'Comment', value: `Provisioned by Harness IDP. OPA status: ${opaCheck.outputs.status}` }],
  });

  return new Pipeline({
    identifier: 'idp_infra_provisioning',
    name: 'IDP Infrastructure Provisioning',
    projectIdentifier: 'idp_workflows',
    orgIdentifier: 'default',
    tags: {},
    variables: [owner, iacmWorkspace, jiraProject, jiraSummary, cloudProvider, instanceType, ami, subnet, vpc, instanceCount],
  }).addStage(
    new CustomStage({ identifier: 'change_management', name: 'Change Management', ...envelope, steps: [createJira] }),
    new IacmStage({
      identifier: 'iac_provisioning',
      name: 'Infra as Code Provisioning',
      ...envelope,
      workspace: iacmWorkspace,
      steps: [init],
    })
      .addParallel(tfsec, detectDrift)
      .addStep(plan, exportPlan, approvePlan, apply),
    new CustomStage({ identifier: 'governance', name: 'Governance Management', ...envelope, steps: [opaCheck, updateJira] }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Feature-flag toggle (Custom stage)
// ---------------------------------------------------------------------------------------------------------
function p3FeatureFlagToggle(): Pipeline {
  const flagName = PipelineVariable.string('flag_name', { description: 'FME feature flag name', required: true });
  const targetKey = PipelineVariable.string('target_key', { description: 'Individual target key (user/account key)', required: true });
  const action = PipelineVariable.string('action', {
    description: 'enable adds the key to the "on" treatment, disable removes it',
    required: true,
    value: input().default('enable').allowedValues(['enable', 'disable']),
  });
  const environment = PipelineVariable.string('environment', {
    description: 'FME environment name or id',
    required: true,
    value: input().default('Production').allowedValues(['Staging', 'Production']),
  });

  const governance = new PolicyStep({
    identifier: 'flag_change_governance',
    name: 'Flag change governance',
    timeout: Timeout.minutes(5),
    policySets: ['account.fme_flag_change_guardrails'],
    payload: {
      flagName: `${flagName}`,
      environment: `${environment}`,
      targetKey: `${targetKey}`,
      action: `${action}`,
      triggeredBy: `${Expr.TRIGGERED_BY_EMAIL}`,
    },
  });
  const fme = (identifier: string, name: string, value: 'enable' | 'disable', keys: 'addKeys' | 'removeKeys') =>
    new FmeFlagAddRemoveIndividualTargetsStep({
      identifier,
      name,
      timeout: Timeout.minutes(5),
      when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(action, value) },
      flagName,
      environment,
      treatments: [{ treatment: 'on', [keys]: [targetKey] }],
    });

  return new Pipeline({
    identifier: 'idp_feature_flag_toggle',
    name: 'IDP Feature Flag Toggle',
    projectIdentifier: 'idp_workflows',
    orgIdentifier: 'default',
    tags: {},
    variables: [flagName, targetKey, action, environment],
  }).addStage(
    new CustomStage({
      identifier: 'toggle_flag',
      name: 'Toggle flag for target',
      ...envelope,
      failureStrategies: [FailureStrategy.onAllErrors(FailureAction.MARK_AS_FAILURE)],
      steps: [
        governance,
        fme('enable_flag_for_target', 'Enable flag for target', 'enable', 'addKeys'),
        fme('disable_flag_for_target', 'Disable flag for target', 'disable', 'removeKeys'),
      ],
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Token rotation, one Custom stage or with its own Approval stage (HarnessApproval + two Http steps)
// ---------------------------------------------------------------------------------------------------------
function tokenRotationVariables(described: boolean) {
  const v = (name: string, description: string, value: RuntimeInput = input()) =>
    PipelineVariable.string(name, { description: described ? description : undefined, required: true, value });
  return {
    tokenId: v('token_identifier', 'Identifier of the token to rotate'),
    rotationOrg: v('rotation_org', 'Org of the service account owning the API key', input().default('default')),
    serviceAccountId: v('service_account_identifier', 'Service account identifier (parentIdentifier)'),
    apiKeyId: v('api_key_identifier', 'API key identifier'),
    secretId: v('secret_identifier', 'Harness secret to overwrite with the new token'),
    secretOrg: v('secret_org', 'Org of the org-scoped secret', input().default('default')),
    secretDisplayName: v('secret_display_name', 'Display name of the secret'),
  };
}

const ADMIN_PAT = 'account.token_rotation_admin_pat';

/**
 * The two Http steps of the token rotation; `compactBody` renders the update body on one line (approval-stage variant)
 * instead of indented.
 */
function rotationSteps(
  vars: ReturnType<typeof tokenRotationVariables>,
  opts: { rotateContentType: boolean; compactBody: boolean },
): [HttpStep, HttpStep] {
  const apiKey = { key: 'x-api-key', value: SecretRef.fromIdentifier(ADMIN_PAT) };
  const json = { key: 'Content-Type', value: 'application/json' };
  const ok = '<+httpResponseCode> == 200';
  const rotate = new HttpStep({
    identifier: 'rotate_token',
    name: 'Rotate token',
    timeout: Timeout.seconds(30),
    url:
      `https://app.harness.io/ng/api/token/rotate/${vars.tokenId}?accountIdentifier=${Expr.ACCOUNT_ID}&orgIdentifier=${vars.rotationOrg}` +
      `&apiKeyType=SERVICE_ACCOUNT&parentIdentifier=${vars.serviceAccountId}&apiKeyIdentifier=${vars.apiKeyId}`,
    method: HttpMethod.POST,
    headers: opts.rotateContentType ? [apiKey, json] : [apiKey],
    assertion: ok,
    outputVariables: [{ name: 'new_token', type: VariableType.SECRET, value: '<+json.object(httpResponseBody).data>' }],
  });
  const body = {
    secret: {
      type: 'SecretText',
      name: `${vars.secretDisplayName}`,
      identifier: `${vars.secretId}`,
      orgIdentifier: `${vars.secretOrg}`,
      spec: { secretManagerIdentifier: 'harnessSecretManager', valueType: 'Inline', value: `${rotate.outputVariable('new_token')}` },
    },
  };
  const update = new HttpStep({
    identifier: 'update_secret',
    name: 'Update secretText',
    timeout: Timeout.seconds(30),
    url: `https://app.harness.io/ng/api/v2/secrets/${vars.secretId}?accountIdentifier=${Expr.ACCOUNT_ID}&orgIdentifier=${vars.secretOrg}`,
    method: HttpMethod.PUT,
    headers: [apiKey, json],
    requestBody: opts.compactBody ? JSON.stringify(body) : JSON.stringify(body, null, 2),
    assertion: ok,
  });
  return [rotate, update];
}

function p4TokenRotation(): Pipeline {
  const vars = tokenRotationVariables(true);
  const approve = new HarnessApprovalStep({
    identifier: 'approve_rotation',
    name: 'Approve rotation',
    timeout: Timeout.days(1),
    approvalMessage: [
      `Rotate token ${vars.tokenId} (API key ${vars.apiKeyId}, service account ${vars.serviceAccountId})`,
      `and store it in secret ${vars.secretId}. Requested by ${Expr.TRIGGERED_BY_EMAIL}.`,
    ].join('\n'),
    includePipelineExecutionHistory: true,
    approvers: { userGroups: ['account.platform_security_approvers'], minimumCount: 1, disallowPipelineExecutor: true },
    approverInputs: [],
  });
  return new Pipeline({
    identifier: 'idp_rotate_token',
    name: 'IDP Rotate Token',
    projectIdentifier: 'idp_workflows',
    orgIdentifier: 'default',
    tags: {},
    variables: Object.values(vars),
  }).addStage(
    new CustomStage({
      identifier: 'rotate_token_stage',
      name: 'Rotate token',
      ...envelope,
      steps: [approve, ...rotationSteps(vars, { rotateContentType: true, compactBody: false })],
    }),
  );
}

function p4bTokenRotationApprovalStage(): Pipeline {
  const vars = tokenRotationVariables(false);
  const approve = new HarnessApprovalStep({
    identifier: 'approve_rotation',
    name: 'Approve rotation',
    timeout: Timeout.days(1),
    approvalMessage: `Rotate token ${vars.tokenId}?`,
    includePipelineExecutionHistory: true,
    approvers: { userGroups: ['account.platform_security_approvers'], minimumCount: 1, disallowPipelineExecutor: true },
    approverInputs: [{ name: 'change_ticket', defaultValue: '' }],
  });
  return new Pipeline({
    identifier: 'idp_rotate_token_approval_stage',
    name: 'IDP Rotate Token with Approval stage',
    projectIdentifier: 'idp_workflows',
    orgIdentifier: 'default',
    tags: {},
    variables: Object.values(vars),
  }).addStage(
    new ApprovalStage({ identifier: 'approve_rotation_stage', name: 'Approve rotation', ...envelope, steps: [approve] }),
    new CustomStage({
      identifier: 'rotate_token_stage',
      name: 'Rotate token',
      ...envelope,
      steps: rotationSteps(vars, { rotateContentType: false, compactBody: true }),
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Kubernetes day-2 operations: rollback, scale, restart (Deployment stage)
// ---------------------------------------------------------------------------------------------------------
function k8sTarget() {
  return {
    serviceId: PipelineVariable.string('service_id', { description: 'Harness service identifier', required: true }),
    environmentId: PipelineVariable.string('environment_id', { description: 'Harness environment identifier', required: true }),
    infraId: PipelineVariable.string('infra_id', { description: 'Infrastructure definition identifier', required: true }),
  };
}

function deploymentStage(identifier: string, name: string, t: ReturnType<typeof k8sTarget>): DeploymentStage {
  // No failureStrategies: the Deployment stage's default (AllErrors → Abort, the schema requires some) is the example's.
  return new DeploymentStage({
    identifier,
    name,
    ...envelope,
    deploymentType: DeploymentType.KUBERNETES,
    serviceRef: t.serviceId,
    environmentRef: t.environmentId,
    deployToAll: false,
    infrastructureDefinitions: [t.infraId],
  });
}

function sreApproval(
  identifier: string,
  name: string,
  approvalMessage: string,
  extra: { failureStrategies?: FailureStrategy[] } = {},
): HarnessApprovalStep {
  return new HarnessApprovalStep({
    identifier,
    name,
    timeout: Timeout.days(1),
    approvalMessage,
    includePipelineExecutionHistory: true,
    approvers: { userGroups: ['account.sre_approvers'], minimumCount: 1, disallowPipelineExecutor: false },
    approverInputs: [],
    ...extra,
  });
}

function p5K8sRollback(): Pipeline {
  const t = k8sTarget();
  const approve = sreApproval(
    'approve_rollback',
    'Approve rollback',
    `Roll back ${t.serviceId} in ${t.environmentId}/${t.infraId} to the last successful release?`,
    { failureStrategies: [FailureStrategy.on([ErrorType.APPROVAL_REJECTION], FailureAction.ABORT)] },
  );
  const rollback = new K8sRollingRollbackStep({
    identifier: 'rolling_rollback',
    name: 'Rolling rollback',
    timeout: Timeout.minutes(10),
    pruningEnabled: false,
  });
  return new Pipeline({
    identifier: 'idp_k8s_rollback',
    name: 'IDP K8s Rollback',
    projectIdentifier: 'idp_workflows',
    orgIdentifier: 'default',
    tags: {},
    variables: Object.values(t),
  }).addStage(deploymentStage('rollback', 'Rollback', t).addStep(approve, rollback));
}

function p6K8sScale(): Pipeline {
  const t = k8sTarget();
  const workload = PipelineVariable.string('workload', {
    description: '[namespace/]Kind/Name, e.g. payments/Deployment/payments-api',
    required: true,
    value: input().regex('^([a-z0-9-]+/)?(Deployment|StatefulSet|DaemonSet)/[a-z0-9.-]+$'),
  });
  const replicas = PipelineVariable.number('replicas', { description: 'Target replica count', required: true, value: input().default(2) });
  const approve = sreApproval('approve_scale', 'Approve scale', `Scale ${workload} to ${replicas} replicas?`);
  const scale = new K8sScaleStep({
    identifier: 'scale_workload',
    name: 'Scale workload',
    timeout: Timeout.minutes(10),
    workload,
    instanceSelection: InstanceSelection.count(replicas),
    skipSteadyStateCheck: false,
  });
  return new Pipeline({
    identifier: 'idp_k8s_scale',
    name: 'IDP K8s Scale',
    projectIdentifier: 'idp_workflows',
    orgIdentifier: 'default',
    tags: {},
    variables: [...Object.values(t), workload, replicas],
  }).addStage(deploymentStage('scale', 'Scale', t).addStep(approve, scale));
}

function p7K8sRestart(): Pipeline {
  const t = k8sTarget();
  const workload = PipelineVariable.string('workload', {
    description: '[namespace/]Kind/Name, e.g. payments/Deployment/payments-api',
    required: true,
  });
  const restartMethod = PipelineVariable.string('restart_method', {
    description: 'rollout = K8sRollout restart (FF CDS_K8S_ROLLOUT_STEP); patch = K8sPatch annotation (FF CDS_K8S_PATCH_STEP_NG)',
    required: true,
    value: input().default('rollout').allowedValues(['rollout', 'patch']),
  });
  const approve = sreApproval('approve_restart', 'Approve restart', `Rolling restart of ${workload} via ${restartMethod}?`);
  const rollout = new K8sRolloutStep({
    identifier: 'rollout_restart',
    name: 'Rollout restart',
    timeout: Timeout.minutes(10),
    when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(restartMethod, 'rollout') },
    command: RolloutCommand.RESTART,
    resources: RolloutResources.resourceNames([workload]),
  });
  const patch = new K8sPatchStep({
    identifier: 'patch_restart',
    name: 'Patch restartedAt annotation',
    timeout: Timeout.minutes(10),
    when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(restartMethod, 'patch') },
    workload,
    content: [
      'spec:',
      '  template:',
      '    metadata:',
      '      annotations:',
      `        kubectl.kubernetes.io/restartedAt: "${Expr.PIPELINE_START_TS}"`,
    ].join('\n'),
    mergeStrategyType: MergeStrategyType.STRATEGIC,
    recordChangeCause: true,
    skipSteadyStateCheck: false,
  });
  return new Pipeline({
    identifier: 'idp_k8s_restart',
    name: 'IDP K8s Restart',
    projectIdentifier: 'idp_workflows',
    orgIdentifier: 'default',
    tags: {},
    variables: [...Object.values(t), workload, restartMethod],
  }).addStage(deploymentStage('restart', 'Restart', t).addStep(approve, rollout, patch));
}

// ---------------------------------------------------------------------------------------------------------
// The example pipelines, with the model's deliberate differences applied (each one says why).
// ---------------------------------------------------------------------------------------------------------
type Doc = { pipeline: Record<string, any> };

function stepIn(doc: Doc, identifier: string): Record<string, any> {
  for (const { stage } of doc.pipeline.stages) {
    for (const e of stage.spec.execution.steps) {
      for (const s of e.parallel ?? [e]) if (s.step?.identifier === identifier) return s.step;
    }
  }
  throw new Error(`no step '${identifier}' in the example pipeline`);
}

const EXPECTED: Record<string, () => Doc> = {
  'service-onboarding': () => {
    const doc = referencePipeline('service-onboarding');
    // CreateResource takes the secret identifier in xApiKey (as CreateResourceStep renders it), not <+secrets.getValue(...)>.
    stepIn(doc, 'create_ci_pipeline').spec.xApiKey = 'account.idp_onboarding_pat';
    // UpdateCatalogProperty spec.type: the example's `single` is an unverified placeholder; the model emits Harness' `Entity`.
    stepIn(doc, 'update_catalog_property').spec.type = CatalogPropertyUpdateType.ENTITY;
    return doc;
  },
  'infra-provisioning': () => {
    const doc = referencePipeline('infra-provisioning');
    // `transitionName: ""` is optional (TransitionTo requires only status); an empty name is not rendered.
    delete stepIn(doc, 'update_jira_ticket').spec.transitionTo.transitionName;
    return doc;
  },
  'feature-flag-toggle': () => referencePipeline('feature-flag-toggle'),
  'token-rotation': () => referencePipeline('token-rotation'),
  'token-rotation-approval-stage': () => referencePipeline('token-rotation-approval-stage'),
  'k8s-rollback': () => referencePipeline('k8s-rollback'),
  'k8s-scale': () => referencePipeline('k8s-scale'),
  'k8s-restart': () => referencePipeline('k8s-restart'),
};

const BUILDERS: Array<[string, () => Pipeline]> = [
  ['service-onboarding', p1ServiceOnboarding],
  ['infra-provisioning', p2InfraProvisioning],
  ['feature-flag-toggle', p3FeatureFlagToggle],
  ['token-rotation', p4TokenRotation],
  ['token-rotation-approval-stage', p4bTokenRotationApprovalStage],
  ['k8s-rollback', p5K8sRollback],
  ['k8s-scale', p6K8sScale],
  ['k8s-restart', p7K8sRestart],
];

describe('seed patterns built from the raw pipeline model', () => {
  test('covers all eight validated example pipelines', () => {
    expect(BUILDERS.map(([name]) => name)).toEqual(Object.keys(EXPECTED));
    for (const [name] of BUILDERS) expect(referencePipeline(name).pipeline.identifier).toBeDefined();
  });

  test.each(BUILDERS)('%s equals the example pipeline', (name, build) => {
    expect(build().toObject()).toStrictEqual(EXPECTED[name]());
  });

  test.each(BUILDERS)('%s validates against the Harness pipeline schema', (_name, build) => {
    const pipeline = build();
    const yaml = pipeline.toYaml();
    expect(yaml).toBeValidHarnessPipeline();
    // The YAML carries exactly the object (read as YAML 1.1, as Harness does: e.g. the FME treatment "on" stays text).
    expect(parse(yaml, { version: '1.1' })).toStrictEqual(pipeline.toObject());
  });

  test('each of the eight renders the same bytes twice (and from a second, independently built model)', () => {
    for (const [name, build] of BUILDERS) {
      const pipeline = build();
      const first = pipeline.toYaml();
      expect({ name, yaml: pipeline.toYaml() }).toEqual({ name, yaml: first });
      expect({ name, yaml: build().toYaml() }).toEqual({ name, yaml: first });
    }
  });
});
