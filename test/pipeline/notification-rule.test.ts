import { RuntimeInput } from '../../src/core/runtime-input';
import { SecretRef } from '../../src/core/secret-ref';
import { NotificationMethod } from '../../src/pipeline/notification-method';
import { NotificationRule, PipelineEventType } from '../../src/pipeline/notification-rule';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { thrownMessage } from './steps/support';

const stages = () => [new CustomStage({ identifier: 'deploy', steps: [new RunStep({ identifier: 'a', command: 'echo' })] })];
const failed = [{ type: PipelineEventType.PIPELINE_FAILED }];
const email = NotificationMethod.email({ recipients: ['sre@example.com'] });

describe('NotificationRule', () => {
  test('renders as Pipeline Studio writes it, after the variables', () => {
    const rule = new NotificationRule({
      name: 'pipeline failed',
      identifier: 'pipeline_failed',
      pipelineEvents: [{ type: PipelineEventType.STAGE_FAILED, forStages: ['deploy'] }, { type: PipelineEventType.PIPELINE_FAILED }],
      notificationMethod: NotificationMethod.email({ userGroups: ['account.sre'], recipients: ['devsecops@example.org'] }),
      enabled: true,
    });
    const p = new Pipeline({ identifier: 'p', stages: stages(), notificationRules: [rule] });
    const doc = (p.toObject() as any).pipeline;
    expect(Object.keys(doc)).toEqual(['name', 'identifier', 'stages', 'notificationRules']);
    expect(doc.notificationRules).toEqual([
      {
        name: 'pipeline failed',
        identifier: 'pipeline_failed',
        pipelineEvents: [{ type: 'StageFailed', forStages: ['deploy'] }, { type: 'PipelineFailed' }],
        notificationMethod: { type: 'Email', spec: { userGroups: ['account.sre'], recipients: ['devsecops@example.org'] } },
        enabled: true,
      },
    ]);
    expect(p).toBeValidHarnessPipeline();
  });

  test('a literal PagerDuty key, Slack webhook URL or password in a webhook URL is refused, naming the field', () => {
    // Credential-shaped values are assembled at run time, so that no committed file holds one.
    const join = (...parts: string[]): string => parts.join('');
    const methods = [
      NotificationMethod.pagerDuty({ integrationKey: join('e93facc04764012d', '7bfb002500d5d1a6') }),
      NotificationMethod.slack({
        webhookUrl: join('https://hooks.', 'slack.com/services/', 'T0A1B2C3D/B0E4F5G6H/q8X2vL9mR4tK7wZ1pN3sJ6yC'),
      }),
      NotificationMethod.webhook({ webhookUrl: join('https://ops:', 'Xk29vLq8Rt55mWz3', '@alerts.example.com/hook') }),
    ];
    const rules = methods.map(
      (m, i) => new NotificationRule({ name: `r${i}`, pipelineEvents: [{ type: PipelineEventType.ALL_EVENTS }], notificationMethod: m }),
    );
    const p = new Pipeline({ identifier: 'p', stages: stages(), notificationRules: rules });
    const tail =
      '(value not shown); credentials must never be written into code, Git or pipeline YAML. ' +
      "Fix: store it as a Harness secret and pass SecretRef.fromIdentifier('account.<secret identifier>') instead";
    expect(p.render().problems.map((x) => `${x.path}: ${x.field}: ${x.problem}. Fix: ${x.fix}`)).toEqual([
      `pipeline 'p': pipeline.notificationRules[0].notificationMethod.spec.integrationKey: holds what looks like a secret value in a field named 'integrationKey' ${tail}`,
      `pipeline 'p': pipeline.notificationRules[1].notificationMethod.spec.webhookUrl: holds what looks like a Slack webhook URL ${tail}`,
      `pipeline 'p': pipeline.notificationRules[2].notificationMethod.spec.webhookUrl: holds what looks like a password in a URL ${tail}`,
    ]);
  });

  test('Slack, Microsoft Teams, PagerDuty and webhook channels render their spec fields', () => {
    const hook = SecretRef.fromIdentifier('account.slack_hook');
    const methods = [
      NotificationMethod.slack({ webhookUrl: `${hook}`, userGroups: ['account.sre'] }),
      NotificationMethod.msTeams({ msTeamKeys: ['https://example.webhook.office.com/x'] }),
      NotificationMethod.pagerDuty({ integrationKey: SecretRef.fromIdentifier('account.pd_key') }),
      NotificationMethod.webhook({ webhookUrl: 'https://hooks.example.com/harness', headers: { 'X-Token': `${hook}` } }),
    ];
    const rules = methods.map(
      (m, i) => new NotificationRule({ name: `r${i}`, pipelineEvents: [{ type: PipelineEventType.ALL_EVENTS }], notificationMethod: m }),
    );
    const p = new Pipeline({ identifier: 'p', stages: stages(), notificationRules: rules });
    expect((p.toObject() as any).pipeline.notificationRules.map((r: any) => r.notificationMethod)).toEqual([
      { type: 'Slack', spec: { userGroups: ['account.sre'], webhookUrl: '<+secrets.getValue("account.slack_hook")>' } },
      { type: 'MsTeams', spec: { msTeamKeys: ['https://example.webhook.office.com/x'] } },
      { type: 'PagerDuty', spec: { integrationKey: '<+secrets.getValue("account.pd_key")>' } },
      {
        type: 'Webhook',
        spec: { webhookUrl: 'https://hooks.example.com/harness', headers: { 'X-Token': '<+secrets.getValue("account.slack_hook")>' } },
      },
    ]);
    expect(p).toBeValidHarnessPipeline();
  });

  test('rule rules: a name, a valid identifier, at least one event, each once, scopes only where they apply', () => {
    const rule = (props: Partial<ConstructorParameters<typeof NotificationRule>[0]>) =>
      thrownMessage(() => new NotificationRule({ name: 'n', pipelineEvents: failed, notificationMethod: email, ...props }));
    expect(rule({ name: ' ' })).toBe("notification rule ' ': name: is empty. Fix: give the rule a name");
    expect(rule({ identifier: 'on-fail' })).toBe(
      "notification rule 'on-fail': identifier: 'on-fail' is not a valid Harness identifier (must match ^[a-zA-Z_][0-9a-zA-Z_]{0,127}$: a letter or _ first, then letters, digits or _, at most 128 characters; no '-', '.', '$' or spaces). Fix: use for example 'on_fail'",
    );
    expect(rule({ pipelineEvents: [] })).toBe(
      "notification rule 'n': pipelineEvents: lists no event. Fix: list at least one, e.g. { type: PipelineEventType.PIPELINE_FAILED }",
    );
    expect(rule({ pipelineEvents: [{ type: 'PipelineFailure' as PipelineEventType }] })).toBe(
      "notification rule 'n': pipelineEvents[0].type: 'PipelineFailure' is not a pipeline event. Fix: use one of AllEvents, PipelineStart, PipelineSuccess, PipelineFailed, PipelineEnd, PipelinePaused, PipelineResumed, StageStart, StageSuccess, StageFailed, StepFailed, TriggerFailed, WaitingForUserAction",
    );
    expect(rule({ pipelineEvents: [...failed, ...failed] })).toBe(
      "notification rule 'n': pipelineEvents[1].type: event PipelineFailed is listed twice. Fix: list each event once",
    );
    expect(rule({ pipelineEvents: [{ type: PipelineEventType.PIPELINE_END, forStages: ['deploy'] }] })).toBe(
      "notification rule 'n': pipelineEvents[0].forStages: does not apply to PipelineEnd events. Fix: remove it, or use it with AllEvents or StageStart or StageSuccess or StageFailed",
    );
    expect(rule({ pipelineEvents: [{ type: PipelineEventType.STAGE_START, forSteps: ['a'] }] })).toBe(
      "notification rule 'n': pipelineEvents[0].forSteps: does not apply to StageStart events. Fix: remove it, or use it with AllEvents or StepFailed",
    );
    expect(rule({ pipelineEvents: [{ type: PipelineEventType.STAGE_START, forStages: [] }] })).toBe(
      "notification rule 'n': pipelineEvents[0].forStages: is an empty list. Fix: leave it out to notify for all, or list identifiers",
    );
    expect(rule({ enabled: RuntimeInput.create() })).toBe(
      "notification rule 'n': enabled: is a runtime input, which Harness cannot resolve for notification settings. Fix: pass true, false or an expression",
    );
    expect(rule({ notificationMethod: { type: 'Email' } as unknown as NotificationMethod })).toBe(
      "notification rule 'n': notificationMethod: expects a NotificationMethod. Fix: pass e.g. NotificationMethod.email({ userGroups: ['account.sre'] })",
    );
  });

  test('channel rules: someone to notify, e-mail addresses and URLs, no runtime inputs', () => {
    expect(thrownMessage(() => NotificationMethod.email({ userGroups: [] }))).toBe(
      'NotificationMethod.email: spec.recipients: neither recipients nor userGroups is set. Fix: give recipients, userGroups or both',
    );
    expect(thrownMessage(() => NotificationMethod.email({ recipients: ['sre'] }))).toBe(
      "NotificationMethod.email: spec.recipients[0]: 'sre' is not an e-mail address. Fix: give an address such as 'sre@example.com'",
    );
    expect(thrownMessage(() => NotificationMethod.slack({}))).toBe(
      'NotificationMethod.slack: spec.webhookUrl: neither webhookUrl nor userGroups is set. Fix: give webhookUrl, userGroups or both',
    );
    expect(thrownMessage(() => NotificationMethod.slack({ webhookUrl: 'hooks.slack.com/services/x' }))).toBe(
      'NotificationMethod.slack: spec.webhookUrl: is not an http(s) URL. Fix: give the full URL, or an expression (e.g. a secret) that holds it',
    );
    expect(thrownMessage(() => NotificationMethod.slack({ webhookUrl: RuntimeInput.create() }))).toBe(
      'NotificationMethod.slack: spec.webhookUrl: is a runtime input, which Harness cannot resolve for notification settings. Fix: give a fixed value or an expression',
    );
    expect(thrownMessage(() => NotificationMethod.msTeams({ msTeamKeys: [] }))).toBe(
      'NotificationMethod.msTeams: spec.msTeamKeys: neither msTeamKeys nor userGroups is set. Fix: give msTeamKeys, userGroups or both',
    );
    expect(thrownMessage(() => NotificationMethod.pagerDuty({ userGroups: [''] }))).toBe(
      'NotificationMethod.pagerDuty: spec.userGroups[0]: is empty. Fix: give a value or an expression',
    );
    expect(thrownMessage(() => NotificationMethod.pagerDuty({}))).toBe(
      'NotificationMethod.pagerDuty: spec.integrationKey: neither integrationKey nor userGroups is set. Fix: give integrationKey, userGroups or both',
    );
    expect(thrownMessage(() => NotificationMethod.webhook({ webhookUrl: '<+input>' }))).toBe(
      'NotificationMethod.webhook: spec.webhookUrl: is a runtime input, which Harness cannot resolve for notification settings. Fix: give a fixed value or an expression',
    );
    expect(thrownMessage(() => NotificationMethod.webhook({ webhookUrl: 'https://x.example', headers: { A: '' } }))).toBe(
      'NotificationMethod.webhook: spec.headers.A: is empty. Fix: give a value or an expression',
    );
  });

  test('the pipeline takes rule objects with distinct names and identifiers', () => {
    const a = new NotificationRule({ name: 'on fail', identifier: 'on_fail', pipelineEvents: failed, notificationMethod: email });
    const b = new NotificationRule({ name: 'again', identifier: 'on_fail', pipelineEvents: failed, notificationMethod: email });
    expect(thrownMessage(() => new Pipeline({ identifier: 'p', notificationRules: [a, b] }))).toBe(
      "pipeline 'p': notificationRules[1]: a second rule is named 'on_fail'. Fix: give each rule its own name and identifier",
    );
    expect(thrownMessage(() => new Pipeline({ identifier: 'p', notificationRules: [{ name: 'x' } as unknown as NotificationRule] }))).toBe(
      "pipeline 'p': notificationRules[0]: expects a NotificationRule. Fix: pass new NotificationRule({ name, pipelineEvents, notificationMethod })",
    );
  });
});
