import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type App, TerraformStack, Testing } from 'cdktf';
import { PlatformProject } from '../../.gen/providers/harness/platform-project';
import { HarnessProvider } from '../../.gen/providers/harness/provider';
import { SecretRef } from '../../src/core/secret-ref';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { ApprovalGate } from '../../src/constructs/patterns/blocks/approval-gate';
import { K8sScale } from '../../src/constructs/patterns/k8s-scale';
import { ServiceOnboarding } from '../../src/constructs/patterns/service-onboarding';
import { TokenRotation } from '../../src/constructs/patterns/token-rotation';
import { PlatformDefaults } from '../../src/constructs/platform-defaults';
import { PrerequisiteDataSources, PrerequisiteLookups } from '../../src/constructs/prerequisite-lookups';
import { SelfServiceWorkflow } from '../../src/constructs/self-service-workflow';
import { WorkflowRegistration } from '../../src/constructs/workflow-registration';
import { Pipeline } from '../../src/pipeline/pipeline';
import { ConnectorType } from '../../src/pipeline/prerequisites';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { HarnessApprovalStep } from '../../src/pipeline/steps/custom/harness-approval';
import { JiraCreateStep } from '../../src/pipeline/steps/custom/jira-create';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { HarnessPlatformStack, type HarnessPlatformStackProps } from '../../src/stacks/harness-platform-stack';
import { FormPage } from '../../src/workflow/form-page';
import { TriggerAuth } from '../../src/workflow/trigger-auth';
import { WorkflowInput } from '../../src/workflow/workflow-input';

function team(props: Partial<HarnessPlatformStackProps> = {}, app: App = Testing.app()): HarnessPlatformStack {
  return new HarnessPlatformStack(app, 'team', {
    orgId: 'default',
    projectId: 'payments',
    github: { owner: 'acme' },
    prerequisites: PrerequisiteLookups.dataSources(),
    ...props,
  });
}

/** `data` of the synthesized stack as `type: [logical id suffix-free label, arguments]` pairs, sorted. */
function lookups(stack: TerraformStack): Record<string, Array<[string, Record<string, unknown>]>> {
  const data = JSON.parse(Testing.synth(stack, true)).data ?? {};
  const out: Record<string, Array<[string, Record<string, unknown>]>> = {};
  for (const [type, blocks] of Object.entries<Record<string, Record<string, unknown>>>(data)) {
    out[type] = Object.entries(blocks).map(([id, args]) => [
      id.replace(/^prerequisites_[a-z_]+?_(?=account-|org-|project-)/, '').replace(/_[0-9A-F]{8}$/, ''),
      args,
    ]);
  }
  return out;
}

/** A pipeline with a Jira ticket, an approval and a Run step whose image connector has no known type. */
function ticketPipeline(id: string, groups: string[], extra: RunStep[] = []): Pipeline {
  return new Pipeline({ identifier: id }).addStage(
    new CustomStage({
      identifier: 'main',
      steps: [
        new JiraCreateStep({ identifier: 'ticket', connectorRef: 'org.jira', projectKey: 'OPS', issueType: 'Task' }),
        new HarnessApprovalStep({ identifier: 'approve', approvers: { userGroups: groups }, approvalMessage: 'ok?' }),
        ...extra,
      ],
    }),
  );
}

describe('PrerequisiteLookups', () => {
  test('patterns: one data source per kind, scope and identifier, shared by every workflow of the stack', () => {
    const s = team();
    const sre = ApprovalGate.required({ userGroups: ['account.sre_approvers'] });
    new ServiceOnboarding(s, 'onboarding', {
      connectorRef: 'account.github_org',
      slackBotToken: SecretRef.fromIdentifier('account.slack_bot'),
      harnessApiKey: SecretRef.fromIdentifier('account.idp_pat'),
      registration: WorkflowRegistration.gitOps({ repository: 'gitops', connectorRef: 'account.github_gitops' }),
    });
    new K8sScale(s, 'scale', { approval: sre, maxReplicas: 5 });
    new K8sScale(s, 'scale_prod', { identifier: 'scale_prod', approval: sre, maxReplicas: 9 });
    new TokenRotation(s, 'rotation', {
      approval: ApprovalGate.required({ userGroups: ['account.security'] }),
      harnessApiKey: SecretRef.fromIdentifier('account.idp_pat'),
    });
    expect(lookups(s)).toEqual({
      harness_platform_connector_github: [
        ['account-github_gitops', { identifier: 'github_gitops' }],
        ['account-github_org', { identifier: 'github_org' }],
      ],
      harness_platform_secret_text: [
        ['account-idp_pat', { identifier: 'idp_pat' }],
        ['account-slack_bot', { identifier: 'slack_bot' }],
      ],
      harness_platform_usergroup: [
        ['account-security', { identifier: 'security' }],
        ['account-sre_approvers', { identifier: 'sre_approvers' }],
      ],
    });
  });

  test('scopes: account., org. and bare references become org_id/project_id of the referring pipeline', () => {
    const s = team();
    new HarnessPipeline(s, 'here', { pipeline: ticketPipeline('here', ['account.sre', 'org.leads', 'owners']) });
    new HarnessPipeline(s, 'there', { pipeline: ticketPipeline('there', ['owners']), orgId: 'retail', projectId: 'shop' });
    expect(lookups(s)).toEqual({
      harness_platform_connector_jira: [
        ['org-default-jira', { identifier: 'jira', org_id: 'default' }],
        ['org-retail-jira', { identifier: 'jira', org_id: 'retail' }],
      ],
      harness_platform_usergroup: [
        ['account-sre', { identifier: 'sre' }],
        ['org-default-leads', { identifier: 'leads', org_id: 'default' }],
        ['project-default-payments-owners', { identifier: 'owners', org_id: 'default', project_id: 'payments' }],
        ['project-retail-shop-owners', { identifier: 'owners', org_id: 'retail', project_id: 'shop' }],
      ],
    });
  });

  test('a pipeline in a project resource of the app: the scope is a reference to it', () => {
    const s = team();
    const project = new PlatformProject(s, 'project', { identifier: 'shop', name: 'Shop', orgId: 'retail' });
    new HarnessPipeline(s, 'p', { pipeline: ticketPipeline('p', ['owners']), project });
    const json = JSON.parse(Testing.synth(s, true));
    const [[id, args]] = Object.entries<Record<string, unknown>>(json.data.harness_platform_usergroup);
    const scope = 'project-harness_platform_project_project_org_id-harness_platform_project_project_identifier';
    expect(id).toMatch(new RegExp(`^prerequisites_usergroup_${scope}-owners_[0-9A-F]{8}$`));
    expect(args).toEqual({
      identifier: 'owners',
      org_id: '${harness_platform_project.project.org_id}',
      project_id: '${harness_platform_project.project.identifier}',
    });
  });

  test('steps added after construction are looked up; the workflow trigger reads an account secret', () => {
    const s = team();
    const who = WorkflowInput.string('who', { title: 'Who' });
    const pipeline = new Pipeline({ identifier: 'late', variables: [who] }).addStage(
      new CustomStage({ identifier: 'main', steps: [new RunStep({ identifier: 'r', command: `echo ${who}` })] }),
    );
    new SelfServiceWorkflow(s, 'late', {
      pipeline,
      workflow: {
        type: 'operations',
        auth: TriggerAuth.apiKeySecret('idp_trigger_key'),
        pages: [new FormPage({ title: 'Who', inputs: [who] })],
      },
    });
    pipeline.stage('main').addStep(new RunStep({ identifier: 'db', command: 'psql "<+secrets.getValue("org.db_url")>"' }));
    expect(lookups(s)).toEqual({
      harness_platform_secret_text: [
        ['account-idp_trigger_key', { identifier: 'idp_trigger_key' }],
        ['org-default-db_url', { identifier: 'db_url', org_id: 'default' }],
      ],
    });
  });

  test('a connector of unknown type: a warning, or a lookup with connectorTypes, or none when looked up with a type', () => {
    const image = (id: string, connectorRef: string) => new RunStep({ identifier: id, command: 'echo', image: 'alpine', connectorRef });
    const warned = team();
    new HarnessPipeline(warned, 'p', {
      pipeline: ticketPipeline('p', ['owners'], [image('run', 'account.dockerhub'), image('again', 'org.jira')]),
    });
    expect(lookups(warned).harness_platform_connector_docker).toBeUndefined();
    Testing.synth(warned, true); // a second synthesis warns once
    expect(warned.prerequisiteLookups!.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data)).toEqual([
      "team/p: pipeline 'p' > stage 'main' > step 'run': spec.connectorRef: connector 'account.dockerhub' is not looked up: the field does not tell the connector's type. Fix: name its type in connectorTypes of team/prerequisites, e.g. { 'account.dockerhub': ConnectorType.DOCKER_REGISTRY }",
    ]);

    const hinted = team({
      prerequisites: PrerequisiteLookups.dataSources({ connectorTypes: { 'account.dockerhub': ConnectorType.DOCKER_REGISTRY } }),
    });
    new HarnessPipeline(hinted, 'p', { pipeline: ticketPipeline('p', ['owners'], [image('run', 'account.dockerhub')]) });
    expect(lookups(hinted).harness_platform_connector_docker).toEqual([['account-dockerhub', { identifier: 'dockerhub' }]]);
    expect(hinted.prerequisiteLookups!.node.metadata.filter((m) => m.type === '@cdktf/warn')).toEqual([]);
  });

  test('off by default: a stack without the switch has no data sources', () => {
    const s = team({ prerequisites: undefined });
    new HarnessPipeline(s, 'p', { pipeline: ticketPipeline('p', ['account.sre']) });
    expect(JSON.parse(Testing.synth(s, true)).data).toBeUndefined();
    expect(s.prerequisiteLookups).toBeUndefined();
  });

  test('every synthesis gives the same data sources: Testing.synth twice, app.synth(), the HCL export', () => {
    const app = Testing.app();
    const s = team({}, app);
    new HarnessPipeline(s, 'p', { pipeline: ticketPipeline('p', ['account.sre']) });
    const first = Testing.synth(s, true);
    expect(Testing.synth(s, true)).toBe(first);
    app.synth();
    const written = JSON.parse(readFileSync(join(app.outdir, 'stacks', 'team', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(written.data)).toEqual(['harness_platform_connector_jira', 'harness_platform_usergroup']);
    expect(Testing.synthHcl(s)).toMatch(
      /data "harness_platform_usergroup" "prerequisites_usergroup_account-sre_[0-9A-F]{8}" \{\n {2}identifier = "sre"\n\}/,
    );
  });

  test('in a stack of your own: PrerequisiteDataSources with the platform defaults of the stack', () => {
    const s = new TerraformStack(Testing.app(), 'own');
    new HarnessProvider(s, 'harness', {});
    PlatformDefaults.declare(s, { orgId: 'default', projectId: 'ops', accountId: 'acc', uiBaseUrl: 'https://app.harness.io' });
    new PrerequisiteDataSources(s, 'lookups');
    new HarnessPipeline(s, 'p', { pipeline: ticketPipeline('p', ['owners']) });
    const data = JSON.parse(Testing.synth(s, true)).data;
    expect(Object.values(data.harness_platform_usergroup)).toEqual([{ identifier: 'owners', org_id: 'default', project_id: 'ops' }]);
    expect(Object.keys(data.harness_platform_usergroup)[0]).toMatch(/^lookups_usergroup_project-default-ops-owners_[0-9A-F]{8}$/);
  });

  test('rejects a connectorTypes key that is not a connector reference and a type that is not a ConnectorType', () => {
    expect(() => team({ prerequisites: PrerequisiteLookups.dataSources({ connectorTypes: { '<+input>': ConnectorType.GIT } }) })).toThrow(
      "team/prerequisites: connectorTypes: '<+input>' is not a connector reference. Fix: key it by the reference as written, e.g. 'account.dockerhub'",
    );
    const wrong = { 'account.hub': 'Docker' as ConnectorType };
    expect(() => team({ prerequisites: PrerequisiteLookups.dataSources({ connectorTypes: wrong }) })).toThrow(
      "team/prerequisites: connectorTypes['account.hub']: 'Docker' is not a connector type. Fix: use one of Github, Gitlab, Bitbucket, AzureRepo, Git, K8sCluster, DockerRegistry, Aws, Gcp, Jira, ServiceNow (ConnectorType)",
    );
  });
});
