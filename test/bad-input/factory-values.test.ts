import { GitStorage } from '../../src/constructs/git-storage';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { ApprovalGate } from '../../src/constructs/patterns/blocks/approval-gate';
import { K8sScale } from '../../src/constructs/patterns/k8s-scale';
import { ServiceOnboarding } from '../../src/constructs/patterns/service-onboarding';
import { TokenRotation } from '../../src/constructs/patterns/token-rotation';
import { SelfServiceWorkflow } from '../../src/constructs/self-service-workflow';
import { WorkflowRegistration } from '../../src/constructs/workflow-registration';
import { SecretRef } from '../../src/core/secret-ref';
import { problemsOf, throwIfInvalid } from '../../src/core/value-problems';
import { ErrorType, FailureAction, FailureStrategy } from '../../src/pipeline/failure-strategy';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { HttpMethod, HttpStep } from '../../src/pipeline/steps/custom/http';
import { DeleteResources } from '../../src/pipeline/steps/k8s/delete-resources';
import { InstanceSelection } from '../../src/pipeline/steps/k8s/instance-selection';
import { K8sDeleteStep } from '../../src/pipeline/steps/k8s/k8s-delete';
import { K8sRolloutStep, RolloutCommand } from '../../src/pipeline/steps/k8s/k8s-rollout';
import { K8sScaleStep } from '../../src/pipeline/steps/k8s/k8s-scale';
import { RolloutResources } from '../../src/pipeline/steps/k8s/rollout-resources';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { TriggerAuth } from '../../src/workflow/trigger-auth';
import { type BadInput, failureOf, team } from './support';

// A value made by a factory (SecretRef.fromIdentifier, ApprovalGate.required, InstanceSelection.count, PipelineUrl,
// WorkflowRegistration.gitOps, TriggerAuth, FailureStrategy, RolloutResources, DeleteResources) carries the problem
// of its arguments; the construct or model that receives it reports the problem with its own path and the prop
// that holds the value; used any other way, it throws at once.

const SRE = () => ApprovalGate.required({ userGroups: ['account.sre'] });
const greeterPipeline = () =>
  new Pipeline({
    identifier: 'greeter',
    stages: [new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'a', command: 'echo' })] })],
  });

describe('factory-value-problems', () => {
  const constructs: BadInput[] = [
    [
      'ApprovalGate.required without user groups, in K8sScale',
      () => new K8sScale(team(), 'scale', { approval: ApprovalGate.required({ userGroups: [] }) }),
      "team/scale: approval.userGroups: no approver user group is given. Fix: name at least one user group, e.g. ['account.sre_approvers'], or use ApprovalGate.skip({ reason }) to run without approval",
    ],
    [
      'ApprovalGate.required with minimumCount 0, in K8sScale',
      () => new K8sScale(team(), 'scale', { approval: ApprovalGate.required({ userGroups: ['account.sre'], minimumCount: 0 }) }),
      'team/scale: approval.minimumCount: 0 is not a number of approvals. Fix: use a whole number of at least 1, or leave minimumCount out for 1',
    ],
    [
      'ApprovalGate.skip with a short reason, in K8sScale',
      () => new K8sScale(team(), 'scale', { approval: ApprovalGate.skip({ reason: 'dev' }) }),
      "team/scale: approval.reason: skipping the approval needs a reason of at least 10 characters. Fix: say why this workflow may run without a human approval, e.g. 'dev clusters only; changes are reverted nightly'",
    ],
    [
      'ApprovalGate.required with a timeout Harness rejects, in K8sScale',
      () => new K8sScale(team(), 'scale', { approval: ApprovalGate.required({ userGroups: ['account.sre'], timeout: '5s' }) }),
      "team/scale: approval.timeout: '5s' is rejected by the Harness schema (seconds need at least two digits). Fix: use '10s' or more, or '1m'",
    ],
    [
      'SecretRef with a space, in ServiceOnboarding',
      () =>
        new ServiceOnboarding(team(), 'onboarding', {
          connectorRef: 'account.github',
          slackBotToken: SecretRef.fromIdentifier('slack token'),
          createResource: false,
        }),
      "team/onboarding: slackBotToken.identifier: 'slack token' is not a secret identifier. Fix: pass the secret's identifier with its scope, e.g. 'account.slack_bot_token'",
    ],
    [
      'SecretRef holding a token, in TokenRotation (the token is not repeated)',
      () => new TokenRotation(team(), 'rotate', { approval: SRE(), harnessApiKey: SecretRef.fromIdentifier(`ghp_${'a'.repeat(36)}`) }),
      "team/rotate: harnessApiKey.identifier: holds what looks like a GitHub token (value not shown); credentials must never be written into code, Git or pipeline YAML. Fix: store it as a Harness secret and pass SecretRef.fromIdentifier('account.<secret identifier>') (the identifier, not the value)",
    ],
    [
      'TriggerAuth.apiKeySecret of an org secret, in a pattern',
      () => new K8sScale(team(), 'scale', { approval: SRE(), auth: TriggerAuth.apiKeySecret('org.idp_key') }),
      "team/scale: auth.apiKeySecret: secret 'org.idp_key' is not account-scoped; the trigger reads only account-level secrets from the Harness Secret Manager. Fix: store the API key as an account secret and pass its identifier, e.g. 'idp_trigger_key' or 'account.idp_trigger_key'",
    ],
    [
      'TriggerAuth.apiKeySecret of a bad SecretRef, in a pattern',
      () => new K8sScale(team(), 'scale', { approval: SRE(), auth: TriggerAuth.apiKeySecret(SecretRef.fromIdentifier('1key')) }),
      "team/scale: auth.apiKeySecret.identifier: '1key' is not a secret identifier. Fix: pass the secret's identifier with its scope, e.g. 'account.slack_bot_token'",
    ],
    [
      'WorkflowRegistration.gitOps with an empty repository, in a pattern',
      () =>
        new K8sScale(team(), 'scale', {
          approval: SRE(),
          registration: WorkflowRegistration.gitOps({ repository: '', connectorRef: 'account.github' }),
        }),
      "team/scale: registration.repository: '' is not a GitHub repository name. Fix: give the repository name without owner or URL, e.g. 'platform-gitops'",
    ],
    [
      'WorkflowRegistration.gitOps leaving the repository, in a SelfServiceWorkflow',
      () =>
        new SelfServiceWorkflow(team(), 'greeter', {
          pipeline: greeterPipeline(),
          workflow: { type: 'operations' },
          registration: WorkflowRegistration.gitOps({
            repository: 'gitops',
            connectorRef: 'account.github',
            filePath: '../../outside.yaml',
          }),
        }),
      "team/greeter: registration.filePath: '../../outside.yaml' does not stay inside the repository (no '..', '.', empty segments, backslashes or control characters). Fix: use a plain relative path such as 'workflows/payments/onboarding.yaml'",
    ],
    [
      'WorkflowRegistration.gitOps without props (JavaScript), in a SelfServiceWorkflow',
      () =>
        new SelfServiceWorkflow(team(), 'greeter', {
          pipeline: greeterPipeline(),
          workflow: { type: 'operations' },
          registration: (WorkflowRegistration.gitOps as (p?: unknown) => WorkflowRegistration)(),
        }),
      "team/greeter: registration: expects an object of props, got undefined. Fix: pass the props, e.g. WorkflowRegistration.gitOps({ repository: 'platform-gitops', connectorRef: 'account.github_gitops' })",
    ],
    [
      'GitStorage.remote without a branch, in a HarnessPipeline',
      () =>
        new HarnessPipeline(team(), 'greeter', {
          pipeline: greeterPipeline(),
          storage: GitStorage.remote({ connectorRef: 'account.github', repoName: 'pipelines', branch: '' }),
        }),
      "team/greeter: storage.branch: '' is not a Git branch name. Fix: use a branch name such as 'main' or 'platform/workflows'",
    ],
    [
      'TriggerAuth.userToken with a field that is not a token, in a SelfServiceWorkflow',
      () =>
        new SelfServiceWorkflow(team(), 'greeter', {
          pipeline: greeterPipeline(),
          workflow: { type: 'operations', auth: TriggerAuth.userToken({ field: 'token' as any }) },
        }),
      "team/greeter: workflow.auth.field: 'token' is not a HarnessAuthToken field. Fix: pass FormField.authToken(), or leave field out",
    ],
  ];
  test.each(constructs)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));

  const models: BadInput[] = [
    [
      "InstanceSelection.count('3') in a K8s Scale step",
      () => new K8sScaleStep({ identifier: 'scale', workload: 'Deployment/api', instanceSelection: InstanceSelection.count('3' as any) }),
      "step 'scale': instanceSelection.count: expects a whole number or an expression, got a string ('3'). Fix: pass a whole number of 0 or more, or an expression",
    ],
    [
      'InstanceSelection.percentage(-5) in a K8s Scale step',
      () => new K8sScaleStep({ identifier: 'scale', workload: 'Deployment/api', instanceSelection: InstanceSelection.percentage(-5) }),
      "step 'scale': instanceSelection.percentage: -5 is not a percentage. Fix: pass a number of 0 or more, or an expression",
    ],
    [
      'a bad SecretRef in an Http header',
      () =>
        new HttpStep({
          identifier: 'call',
          url: 'https://example.com',
          method: HttpMethod.GET,
          headers: [{ key: 'x-api-key', value: SecretRef.fromIdentifier('project.key') }],
        }),
      "step 'call': headers[0].value.identifier: 'project.key' is not a secret identifier. Fix: pass the secret's identifier with its scope, e.g. 'account.slack_bot_token'",
    ],
    [
      'a bad SecretRef in a Run environment variable',
      () => new RunStep({ identifier: 'run', command: 'echo', envVariables: { TOKEN: SecretRef.fromIdentifier('') } }),
      "step 'run': envVariables.TOKEN.identifier: '' is not a secret identifier. Fix: pass the secret's identifier with its scope, e.g. 'account.slack_bot_token'",
    ],
    [
      'FailureStrategy.on([]) on a step',
      () => new RunStep({ identifier: 'run', command: 'echo', failureStrategies: [FailureStrategy.on([], FailureAction.ABORT)] }),
      "step 'run': failureStrategies[0].errors: the list is empty. Fix: list at least one ErrorType, or use FailureStrategy.onAllErrors()",
    ],
    [
      'a retry action with a one-digit interval, on a stage',
      () =>
        new CustomStage({
          identifier: 's',
          failureStrategies: [FailureStrategy.on([ErrorType.TIMEOUT], FailureAction.retry({ count: 2, intervals: ['5s'] }))],
        }),
      "stage 's': failureStrategies[0].action.timeout: '5s' is rejected by the Harness schema (seconds need at least two digits). Fix: use '10s' or more, or '1m'",
    ],
    [
      'RolloutResources.resourceNames([]) in a K8s Rollout step',
      () => new K8sRolloutStep({ identifier: 'r', command: RolloutCommand.RESTART, resources: RolloutResources.resourceNames([]) }),
      "step 'r': resources.resourceNames: the list is empty. Fix: pass at least one name, e.g. ['payments/Deployment/payments-api']",
    ],
    [
      'DeleteResources.resourceNames without a Kind in a K8s Delete step',
      () => new K8sDeleteStep({ identifier: 'd', deleteResources: DeleteResources.resourceNames(['api']) }),
      "step 'd': deleteResources.resourceNames[0]: 'api' is not a resource name ([namespace/]Kind/Name). Fix: put the Kind before the name, e.g. 'Deployment/api'",
    ],
    [
      'PipelineUrl.fromString of another page, in a trigger step',
      () => new PipelineTrigger({ name: 'Run', url: PipelineUrl.fromString('https://app.harness.io/ng/account/acc/settings') }),
      "trigger step 'trigger': url.url: 'https://app.harness.io/ng/account/acc/settings' is not a pipeline URL (expected .../ng/account/<acc>/module/idp/orgs/<org>/projects/<project>/pipelines/<pipeline>/...). Fix: copy the URL from Pipeline Studio, or use PipelineUrl.inline()",
    ],
    [
      'PipelineUrl.inline with a base URL ending in /ng, in a trigger step',
      () =>
        new PipelineTrigger({
          name: 'Run',
          url: PipelineUrl.inline({
            baseUrl: 'https://app.harness.io/ng',
            accountId: 'acc',
            orgId: 'default',
            projectId: 'idp',
            pipelineId: 'p',
          }),
        }),
      "trigger step 'trigger': url.baseUrl: 'https://app.harness.io/ng' ends with /ng, which the URL adds itself. Fix: drop /ng from the base URL",
    ],
  ];
  test.each(models)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));

  const elsewhere: BadInput[] = [
    [
      'a bad SecretRef embedded in text throws at once',
      () => `curl -H "x-api-key: ${SecretRef.fromIdentifier('my key')}"`,
      "SecretRef.fromIdentifier: identifier: 'my key' is not a secret identifier. Fix: pass the secret's identifier with its scope, e.g. 'account.slack_bot_token'",
    ],
    [
      'a bad ApprovalGate asked for its step throws at once',
      () => ApprovalGate.required({ userGroups: [' '] }).createStep({ identifier: 'approve', name: 'Approve', message: 'ok?' }),
      "ApprovalGate.required: userGroups[0]: is empty. Fix: give the user group's identifier with its scope, e.g. 'account.sre_approvers'",
    ],
    [
      'a bad PipelineUrl turned into text throws at once',
      () => String(PipelineUrl.fromString('not a url')),
      "pipeline URL: url: 'not a url' is not a URL. Fix: copy the URL from Pipeline Studio, or use PipelineUrl.inline()",
    ],
  ];
  test.each(elsewhere)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));

  test('the factory itself does not throw; the value carries its problem', () => {
    const gate = ApprovalGate.required({ userGroups: [] });
    expect(problemsOf(gate)).toEqual([
      {
        path: 'ApprovalGate.required',
        field: 'userGroups',
        problem: 'no approver user group is given',
        fix: "name at least one user group, e.g. ['account.sre_approvers'], or use ApprovalGate.skip({ reason }) to run without approval",
      },
    ]);
    expect(() => throwIfInvalid(gate)).toThrow('ApprovalGate.required: userGroups: no approver user group is given.');
    expect(problemsOf(SecretRef.fromIdentifier('account.fine'))).toEqual([]);
  });
});
