import { ApprovalGate } from '../../src/constructs/patterns/blocks/approval-gate';
import { CookiecutterTemplates } from '../../src/constructs/patterns/blocks/cookiecutter-templates';
import { PatternInput } from '../../src/constructs/patterns/blocks/pattern-input';
import { FeatureFlagToggle } from '../../src/constructs/patterns/feature-flag-toggle';
import { InfraProvisioning } from '../../src/constructs/patterns/infra-provisioning';
import { K8sScale } from '../../src/constructs/patterns/k8s-scale';
import { ServiceOnboarding } from '../../src/constructs/patterns/service-onboarding';
import { IacmStage } from '../../src/pipeline/stages/iacm-stage';
import { ApprovalCriteria, ConditionOperator } from '../../src/pipeline/steps/custom/approval-criteria';
import { JiraApprovalStep } from '../../src/pipeline/steps/custom/jira-approval';
import { JiraCreateStep } from '../../src/pipeline/steps/custom/jira-create';
import { JiraUpdateStep } from '../../src/pipeline/steps/custom/jira-update';
import { FmeFlagAddRemoveIndividualTargetsStep } from '../../src/pipeline/steps/fme/fme-flag-add-remove-individual-targets';
import { CookieCutterStep, CookieCutterTemplateType } from '../../src/pipeline/steps/idp/cookie-cutter';
import { CreateRepoStep } from '../../src/pipeline/steps/idp/create-repo';
import { DirectPushStep } from '../../src/pipeline/steps/idp/direct-push';
import { InstanceSelection } from '../../src/pipeline/steps/k8s/instance-selection';
import { K8sScaleStep } from '../../src/pipeline/steps/k8s/k8s-scale';
import { type BadInput, failureOf, team } from './support';

// One rule, one place: a rule about a field lives in the step (or stage) that sets the field, so a raw step enforces
// what the patterns built on it enforce, and the patterns use the same rule (and message) for their props.

const done = ApprovalCriteria.keyValues([{ key: 'Status', operator: ConditionOperator.EQUALS, value: 'Done' }]);
const JIRA_PROJECT_FIX = "Fix: use the project's key (an uppercase letter, then uppercase letters, digits or _), e.g. 'OPS'";
const JIRA_ISSUE_FIX =
  "Fix: use the issue's key (the project key, '-', the number), e.g. 'OPS-123', or a JiraCreate step's outputs.issueKey";

describe('jira-keys', () => {
  const cases: BadInput[] = [
    [
      'a lowercase project key in a raw JiraCreate step',
      () => new JiraCreateStep({ identifier: 'ticket', connectorRef: 'account.jira', projectKey: 'ops', issueType: 'Task' }),
      `step 'ticket': spec.projectKey: 'ops' is not a Jira project key. ${JIRA_PROJECT_FIX}`,
    ],
    [
      'the same key fixed in InfraProvisioning',
      () =>
        new InfraProvisioning(team(), 'infra', {
          jiraConnectorRef: 'account.jira',
          policySets: ['account.tf'],
          jiraProject: PatternInput.fixed('ops'),
        }),
      `team/infra: jiraProject: 'ops' is not a Jira project key. ${JIRA_PROJECT_FIX}`,
    ],
    [
      'a one-letter project key in a JiraApproval step',
      () =>
        new JiraApprovalStep({
          identifier: 'wait',
          connectorRef: 'account.jira',
          issueKey: 'OPS-1',
          projectKey: 'O',
          approvalCriteria: done,
        }),
      `step 'wait': spec.projectKey: 'O' is not a Jira project key. ${JIRA_PROJECT_FIX}`,
    ],
    [
      'a lowercase issue key in a JiraApproval step',
      () => new JiraApprovalStep({ identifier: 'wait', connectorRef: 'account.jira', issueKey: 'ops-1', approvalCriteria: done }),
      `step 'wait': spec.issueKey: 'ops-1' is not a Jira issue key. ${JIRA_ISSUE_FIX}`,
    ],
    [
      'an issue key without its number in a JiraUpdate step',
      () => new JiraUpdateStep({ identifier: 'close', connectorRef: 'account.jira', issueKey: 'OPS', transitionTo: { status: 'Done' } }),
      `step 'close': spec.issueKey: 'OPS' is not a Jira issue key. ${JIRA_ISSUE_FIX}`,
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});

describe('git-organization', () => {
  const FIX = 'Fix: pass the organization (GitLab: group path) as it appears in repository URLs';
  const cases: BadInput[] = [
    [
      'an organization with a space in a raw CreateRepo step',
      () =>
        new CreateRepoStep({
          identifier: 'repo',
          connectorRef: 'account.github',
          organization: 'acme corp',
          repository: 'svc',
          repoType: 'private',
        }),
      `step 'repo': spec.organization: 'acme corp' contains whitespace, so it is not a Git organization. ${FIX}`,
    ],
    [
      'the same in a DirectPush step',
      () =>
        new DirectPushStep({
          identifier: 'push',
          connectorRef: 'account.github',
          organization: 'acme\tcorp',
          repository: 'svc',
          codeDirectory: 'svc',
          branch: 'main',
        }),
      `step 'push': spec.organization: 'acme\tcorp' contains whitespace, so it is not a Git organization. ${FIX}`,
    ],
    [
      'the same fixed in ServiceOnboarding',
      () =>
        new ServiceOnboarding(team(), 'onboarding', {
          connectorRef: 'account.github',
          slackNotifications: false,
          createResource: false,
          gitOrganization: 'acme corp',
        }),
      `team/onboarding: gitOrganization: 'acme corp' contains whitespace, so it is not a Git organization. ${FIX}`,
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});

describe('cookiecutter-template-url', () => {
  const FIX = "Fix: give the repository URL, e.g. 'https://github.com/acme/cookiecutter-service'";
  const cases: BadInput[] = [
    [
      'a template URL without scheme in a raw Cookiecutter step',
      () =>
        new CookieCutterStep({
          identifier: 'cc',
          templateType: CookieCutterTemplateType.PUBLIC,
          publicTemplateUrl: 'github.com/acme/template',
          cookieCutterVariables: {},
        }),
      `step 'cc': spec.publicTemplateUrl: 'github.com/acme/template' is not a template repository URL. ${FIX}`,
    ],
    [
      'the same in a pattern template list',
      () => CookiecutterTemplates.fixedList([{ title: 'Service', url: 'github.com/acme/template' }]),
      `CookiecutterTemplates.fixedList: templates[0].url: 'github.com/acme/template' is not a template repository URL. ${FIX}`,
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});

describe('iacm-stage-workspace', () => {
  const cases: BadInput[] = [
    [
      'a workspace name with a space in a raw IACM stage',
      () => new IacmStage({ identifier: 'iac', workspace: 'prod vpc' }),
      "stage 'iac': spec.workspace: 'prod vpc' is not a valid Harness identifier (must match ^[a-zA-Z_][0-9a-zA-Z_]{0,127}$: a letter or _ first, then letters, digits or _, at most 128 characters; no '-', '.', '$' or spaces). Fix: use for example 'prod_vpc'",
    ],
    [
      'the same fixed in InfraProvisioning',
      () => new InfraProvisioning(team(), 'infra', { jiraConnectorRef: 'account.jira', policySets: ['account.tf'], workspace: 'prod vpc' }),
      "team/infra: workspace: 'prod vpc' is not a valid Harness identifier (must match ^[a-zA-Z_][0-9a-zA-Z_]{0,127}$: a letter or _ first, then letters, digits or _, at most 128 characters; no '-', '.', '$' or spaces). Fix: use for example 'prod_vpc'",
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});

describe('fme-treatment-name', () => {
  const FIX = 'Fix: use letters, digits, -, _ and ., starting with a letter or digit';
  const cases: BadInput[] = [
    [
      'a treatment with a space in a raw FME step',
      () =>
        new FmeFlagAddRemoveIndividualTargetsStep({
          identifier: 'f',
          flagName: 'checkout',
          environment: 'Production',
          treatments: [{ treatment: 'turned on', addKeys: ['user_1'] }],
        }),
      `step 'f': spec.treatments[0].treatment: 'turned on' is not a treatment name (^[a-zA-Z0-9][-_.a-zA-Z0-9]*$). ${FIX}`,
    ],
    [
      'the same in FeatureFlagToggle',
      () => new FeatureFlagToggle(team(), 'flags', { policySets: ['account.flags'], treatment: 'turned on' }),
      `team/flags: treatment: 'turned on' is not a treatment name (^[a-zA-Z0-9][-_.a-zA-Z0-9]*$). ${FIX}`,
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});

describe('k8s-scale-instances', () => {
  const cases: BadInput[] = [
    [
      'a fractional count in a raw K8s Scale step',
      () => new K8sScaleStep({ identifier: 'scale', workload: 'Deployment/api', instanceSelection: InstanceSelection.count(1.5) }),
      "step 'scale': instanceSelection.count: 1.5 is not a number of pods. Fix: pass a whole number of 0 or more, or an expression",
    ],
    [
      'a fractional default in K8sScale',
      () => new K8sScale(team(), 'scale', { approval: ApprovalGate.required({ userGroups: ['account.sre'] }), defaultReplicas: 1.5 }),
      'team/scale: defaultReplicas: 1.5 is not a number of pods. Fix: pass a whole number of 0 or more',
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});
