import { SecretRef } from '../../src/core/secret-ref';
import { RuntimeInput } from '../../src/core/runtime-input';
import { StageInfrastructure } from '../../src/pipeline/infrastructure';
import { Pipeline } from '../../src/pipeline/pipeline';
import { ConnectorType, PrerequisiteKind, pipelinePrerequisites } from '../../src/pipeline/prerequisites';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../src/pipeline/stages/idp-stage';
import { StepGroup } from '../../src/pipeline/step-group';
import { GitCloneStep } from '../../src/pipeline/steps/common/git-clone';
import { GitCloneBuild } from '../../src/pipeline/steps/common/git-clone-build';
import { HarnessApprovalStep } from '../../src/pipeline/steps/custom/harness-approval';
import { HttpMethod, HttpStep } from '../../src/pipeline/steps/custom/http';
import { JiraCreateStep } from '../../src/pipeline/steps/custom/jira-create';
import { ShellScriptStep } from '../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable, VariableType } from '../../src/pipeline/variable';
import { CreateRepoStep } from '../../src/pipeline/steps/idp/create-repo';
import { DirectPushStep } from '../../src/pipeline/steps/idp/direct-push';
import { GitConnectorType } from '../../src/pipeline/steps/idp/git-target';
import { RegisterCatalogStep } from '../../src/pipeline/steps/idp/register-catalog';
import { SlackNotifyStep } from '../../src/pipeline/steps/idp/slack-notify';

const { CONNECTOR, USER_GROUP } = PrerequisiteKind;

/** The references of a model, as `kind ref [type] @ path field` lines (compact to read, exact to compare). */
function lines(pipeline: Pipeline): string[] {
  return pipelinePrerequisites(pipeline.render().document).map(
    (r) => `${r.kind} ${r.ref}${r.connectorType ? ` [${r.connectorType}]` : ''} @ ${r.path} ${r.field}`,
  );
}

describe('pipelinePrerequisites', () => {
  test('IDP stage: cluster and image connectors, Git connectors by connectorType, secrets by bare identifier', () => {
    const pipeline = new Pipeline({ identifier: 'onboard' }).addStage(
      new IdpStage({
        identifier: 'idp',
        infrastructure: StageInfrastructure.kubernetes({
          connectorRef: 'account.k8s_build',
          namespace: 'idp',
          harnessImageConnectorRef: 'org.mirror',
        }),
        steps: [
          new GitCloneStep({
            identifier: 'clone',
            connectorRef: 'account.github_org',
            repoName: 'tpl',
            build: GitCloneBuild.branch('main'),
          }),
          new CreateRepoStep({
            identifier: 'repo',
            connectorRef: 'account.github_org',
            organization: 'acme',
            repository: 'svc',
            repoType: 'private',
          }),
          new DirectPushStep({
            identifier: 'push',
            connectorType: GitConnectorType.GITLAB,
            connectorRef: 'gitlab_project',
            organization: 'acme',
            repository: 'svc',
            codeDirectory: 'out',
            branch: 'main',
          }),
          new RegisterCatalogStep({
            identifier: 'register',
            connectorType: GitConnectorType.HARNESS,
            connectorRef: 'harness_code',
            repository: 'svc',
            filePath: 'catalog-info.yaml',
            xApiKey: SecretRef.fromIdentifier('account.idp_pat'),
          }),
          new SlackNotifyStep({
            identifier: 'slack',
            token: SecretRef.fromIdentifier('org.slack_bot'),
            email: 'a@b.c',
            messageContent: 'done',
          }),
        ],
      }),
    );
    expect(lines(pipeline)).toEqual([
      "connector account.k8s_build [K8sCluster] @ pipeline 'onboard' > stage 'idp' spec.infrastructure.spec.connectorRef",
      "connector org.mirror @ pipeline 'onboard' > stage 'idp' spec.infrastructure.spec.harnessImageConnectorRef",
      "connector account.github_org @ pipeline 'onboard' > stage 'idp' > step 'clone' spec.connectorRef",
      "connector account.github_org [Github] @ pipeline 'onboard' > stage 'idp' > step 'repo' spec.connectorRef",
      "connector gitlab_project [Gitlab] @ pipeline 'onboard' > stage 'idp' > step 'push' spec.connectorRef",
      "secret account.idp_pat @ pipeline 'onboard' > stage 'idp' > step 'register' spec.xApiKey",
      "secret org.slack_bot @ pipeline 'onboard' > stage 'idp' > step 'slack' spec.token",
    ]);
  });

  test('Custom stage: Jira connector, approval user groups, secrets in text and Secret variables, in step groups', () => {
    const pipeline = new Pipeline({
      identifier: 'ops',
      variables: [PipelineVariable.secret('db_password', { value: 'account.db_password' }), PipelineVariable.string('who')],
    }).addStage(
      new CustomStage({
        identifier: 'main',
        steps: [
          new JiraCreateStep({ identifier: 'ticket', connectorRef: 'account.jira', projectKey: 'OPS', issueType: 'Task' }),
          new HarnessApprovalStep({
            identifier: 'approve',
            approvers: { userGroups: ['account.sre', 'org.leads', 'owners'] },
            approvalMessage: 'go?',
          }),
          new StepGroup({
            identifier: 'calls',
            steps: [
              new HttpStep({
                identifier: 'call',
                url: 'https://example.com',
                method: HttpMethod.GET,
                headers: [{ key: 'x-api-key', value: SecretRef.fromIdentifier('account.api_key') }],
              }),
              new ShellScriptStep({
                identifier: 'sh',
                script: "echo <+secrets.getValue('project_token')>",
                environmentVariables: [{ name: 'PW', type: VariableType.SECRET, value: 'org.pw' }],
              }),
            ],
          }),
        ],
      }),
    );
    expect(lines(pipeline)).toEqual([
      "connector account.jira [Jira] @ pipeline 'ops' > stage 'main' > step 'ticket' spec.connectorRef",
      `${USER_GROUP} account.sre @ pipeline 'ops' > stage 'main' > step 'approve' spec.approvers.userGroups`,
      `${USER_GROUP} org.leads @ pipeline 'ops' > stage 'main' > step 'approve' spec.approvers.userGroups`,
      `${USER_GROUP} owners @ pipeline 'ops' > stage 'main' > step 'approve' spec.approvers.userGroups`,
      "secret account.api_key @ pipeline 'ops' > stage 'main' > stepGroup 'calls' > step 'call' secrets.getValue",
      "secret project_token @ pipeline 'ops' > stage 'main' > stepGroup 'calls' > step 'sh' secrets.getValue",
      "secret org.pw @ pipeline 'ops' > stage 'main' > stepGroup 'calls' > step 'sh' > variable 'PW' value",
      "secret account.db_password @ pipeline 'ops' > variable 'db_password' value",
    ]);
  });

  test('connector types of the ticketing and build steps; every kind in a raw document', () => {
    const step = (type: string, connectorRef: string) => ({ step: { type, identifier: type.toLowerCase(), spec: { connectorRef } } });
    const document = {
      pipeline: {
        identifier: 'raw',
        stages: [
          {
            parallel: [
              {
                stage: {
                  identifier: 'ci',
                  spec: {
                    infrastructure: {
                      type: 'VM',
                      spec: { type: 'Pool', spec: { poolName: 'p', harnessImageConnectorRef: 'account.mirror' } },
                    },
                    execution: {
                      steps: [
                        step('ServiceNowUpdate', 'account.snow'),
                        step('BuildAndPushDockerRegistry', 'account.dockerhub'),
                        step('BuildAndPushECR', 'account.aws'),
                        step('BuildAndPushGCR', 'account.gcp'),
                        step('Run', 'account.registry'),
                      ],
                    },
                  },
                },
              },
            ],
          },
        ],
      },
    };
    expect(pipelinePrerequisites(document).map((r) => [r.ref, r.connectorType, r.kind])).toEqual([
      ['account.mirror', undefined, CONNECTOR],
      ['account.snow', ConnectorType.SERVICE_NOW, CONNECTOR],
      ['account.dockerhub', ConnectorType.DOCKER_REGISTRY, CONNECTOR],
      ['account.aws', ConnectorType.AWS, CONNECTOR],
      ['account.gcp', ConnectorType.GCP, CONNECTOR],
      ['account.registry', undefined, CONNECTOR],
    ]);
  });

  test('leaves out expressions (known at run time only) and documents without a pipeline', () => {
    const pipeline = new Pipeline({
      identifier: 'p',
      variables: [PipelineVariable.secret('s', { value: RuntimeInput.create() })],
    }).addStage(
      new CustomStage({
        identifier: 'main',
        steps: [
          new JiraCreateStep({ identifier: 't', connectorRef: '<+pipeline.variables.jira>', projectKey: 'OPS', issueType: 'Task' }),
          new ShellScriptStep({ identifier: 'sh', script: 'echo <+secrets.getValue("<+pipeline.variables.which>")>' }),
        ],
      }),
    );
    expect(lines(pipeline)).toEqual([]);
    expect(pipelinePrerequisites(undefined)).toEqual([]);
    expect(pipelinePrerequisites({ template: {} })).toEqual([]);
  });
});
