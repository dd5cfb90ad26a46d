import { Expr } from '../../../../src/core/expr';
import { SecretRef } from '../../../../src/core/secret-ref';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { CreateRepoStep } from '../../../../src/pipeline/steps/idp/create-repo';
import { SlackNotifyStep } from '../../../../src/pipeline/steps/idp/slack-notify';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { renderAlone, renderInIdpStage } from '../support';

const token = SecretRef.fromIdentifier('slack_bot_token');

describe('SlackNotifyStep', () => {
  test('renders the step of the service-onboarding example in an IDP stage, field by field (email, not emailId; token = secret identifier)', () => {
    const email = PipelineVariable.string('notify_email');
    const project = PipelineVariable.string('project_name');
    const repo = new CreateRepoStep({ identifier: 'create_repo', connectorRef: 'account.gh', repository: project, repoType: 'private' });
    const step = new SlackNotifyStep({
      identifier: 'slack_notify',
      name: 'Notify team',
      timeout: '5m',
      email,
      token,
      messageContent: `Service *${project}* onboarded.\nRepo: <${repo.outputs.repositoryUrl}|link>`,
    });
    const { steps } = renderInIdpStage([repo, step], { variables: [email, project] });
    const node = steps[1];
    expect(node.type).toBe('SlackNotify');
    expect(node.name).toBe('Notify team');
    expect(node.identifier).toBe('slack_notify');
    expect(node.timeout).toBe('5m');
    expect(node.spec).toEqual({
      email: '<+pipeline.variables.notify_email>',
      token: 'slack_bot_token',
      messageContent:
        'Service *<+pipeline.variables.project_name>* onboarded.\nRepo: <<+pipeline.stages.service_onboarding.spec.execution.steps.create_repo.output.outputVariables.repositoryUrl>|link>',
    });
    expect(node.spec.emailId).toBeUndefined();
  });

  test('channel, blocks and the thread fields render under their schema names', () => {
    const node = renderAlone(
      new SlackNotifyStep({
        identifier: 's',
        token: SecretRef.fromIdentifier('account.slack_bot'),
        channel: '#platform',
        blocks: '[{"type":"section","text":{"type":"mrkdwn","text":"hi"}}]',
        botUsername: 'IDP',
        botIconUrl: 'https://example.com/icon.png',
        threadTs: '1712345678.000100',
        replyBroadcast: true,
        resources: { limits: { memory: '128Mi' } },
      }),
    );
    expect(node.spec).toEqual({
      channel: '#platform',
      token: 'account.slack_bot',
      blocks: '[{"type":"section","text":{"type":"mrkdwn","text":"hi"}}]',
      botUsername: 'IDP',
      botIconUrl: 'https://example.com/icon.png',
      threadTs: '1712345678.000100',
      replyBroadcast: true,
      resources: { limits: { memory: '128Mi' } },
    });
  });

  test('is allowed in a Custom stage', () => {
    const step = new SlackNotifyStep({ identifier: 's', token, email: Expr.TRIGGERED_BY_EMAIL, messageContent: 'done' });
    const doc = new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 'c', steps: [step] })).toObject() as any;
    expect(doc.pipeline.stages[0].stage.spec.execution.steps[0].step.spec).toEqual({
      email: '<+pipeline.triggeredBy.email>',
      token: 'slack_bot_token',
      messageContent: 'done',
    });
  });

  test('rejects email together with channel', () => {
    expect(() => new SlackNotifyStep({ identifier: 's', token, email: 'a@b.io', channel: '#x', messageContent: 'm' })).toThrow(
      "step 's': spec.channel: email and channel are mutually exclusive. Fix: set email (the user's Slack e-mail) or channel (a channel), not both",
    );
  });

  test('rejects neither email nor channel', () => {
    expect(() => new SlackNotifyStep({ identifier: 's', token, messageContent: 'm' })).toThrow(
      "step 's': spec.email: neither email nor channel is set. Fix: set email (the user's Slack e-mail) or channel (a channel)",
    );
  });

  test('rejects messageContent together with blocks', () => {
    expect(() => new SlackNotifyStep({ identifier: 's', token, channel: '#x', messageContent: 'm', blocks: '[]' })).toThrow(
      "step 's': spec.blocks: messageContent and blocks are mutually exclusive. Fix: set messageContent (message text) or blocks (Block Kit JSON), not both",
    );
  });

  test('rejects neither messageContent nor blocks', () => {
    expect(() => new SlackNotifyStep({ identifier: 's', token, channel: '#x' })).toThrow(
      "step 's': spec.messageContent: neither messageContent nor blocks is set. Fix: set messageContent (message text) or blocks (Block Kit JSON)",
    );
  });

  test('rejects an empty message', () => {
    expect(() => new SlackNotifyStep({ identifier: 's', token, channel: '#x', messageContent: '' })).toThrow(
      /spec\.messageContent: is empty/,
    );
  });

  test('rejects a missing token', () => {
    expect(() => new SlackNotifyStep({ identifier: 's', token: undefined as any, channel: '#x', messageContent: 'm' })).toThrow(
      /spec\.token: a secret reference is required/,
    );
  });

  test('rejects a plain-string token', () => {
    expect(() => new SlackNotifyStep({ identifier: 's', token: 'xoxb-123' as any, channel: '#x', messageContent: 'm' })).toThrow(
      /spec\.token: a plain string was passed where a secret reference is required\. Fix: pass SecretRef\.fromIdentifier\('account\.x'\)/,
    );
  });

  test('rejects a plain email that is not an e-mail address', () => {
    expect(() => new SlackNotifyStep({ identifier: 's', token, email: 'jane', messageContent: 'm' })).toThrow(
      "step 's': spec.email: 'jane' is not an e-mail address. Fix: pass the e-mail the user signs in to Slack with, or an expression such as Expr.TRIGGERED_BY_EMAIL",
    );
  });

  test('rejects replyBroadcast without threadTs', () => {
    expect(() => new SlackNotifyStep({ identifier: 's', token, channel: '#x', messageContent: 'm', replyBroadcast: true })).toThrow(
      "step 's': spec.replyBroadcast: replyBroadcast only applies to a reply in a thread, and threadTs is not set. Fix: set threadTs to the parent message's timestamp, or remove replyBroadcast",
    );
  });
});

describe('SlackNotifyStep schema', () => {
  test('email + message and channel + blocks validate against the Harness pipeline schema (oneOf email|channel, messageContent|blocks)', () => {
    const steps = [
      new SlackNotifyStep({ identifier: 'to_user', token, email: Expr.TRIGGERED_BY_EMAIL, messageContent: 'done' }),
      new SlackNotifyStep({
        identifier: 'to_channel',
        token,
        channel: '#platform',
        blocks: '[]',
        botUsername: 'IDP',
        botIconUrl: 'https://x/i.png',
        threadTs: '1.2',
        replyBroadcast: true,
      }),
    ];
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
