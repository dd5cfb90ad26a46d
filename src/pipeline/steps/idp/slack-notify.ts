import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import type { SecretRef } from '../../../core/secret-ref';
import { Step, type StepProps } from '../../step';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';
import { checkSecretRef, isLiteralText, requireText } from '../common/field-checks';

/**
 * Props of a {@link SlackNotifyStep}. Set exactly one of `email` and `channel`, and exactly one of
 * `messageContent` and `blocks` (docs/rules.md#slack-notify-recipient, docs/rules.md#slack-notify-message).
 */
export interface SlackNotifyStepProps extends StepProps {
  /**
   * The Slack bot token (scopes `chat:write`, `chat:write.public`, `users:read.email`, `users:read`),
   * as a Harness secret. The step takes the secret's identifier, which is what is rendered.
   */
  readonly token: SecretRef;
  /** E-mail of the Slack user to message (the field is `email`, not `emailId`). @default - none */
  readonly email?: string | Expression;
  /** Channel to post to, e.g. `#platform` or a channel ID. @default - none */
  readonly channel?: string | Expression;
  /** Message text (Slack mrkdwn; links as `<url|text>`). @default - none */
  readonly messageContent?: string | Expression;
  /** Block Kit blocks as JSON text. @default - none */
  readonly blocks?: string | Expression;
  /** Display name of the bot. @default - the app's name */
  readonly botUsername?: string | Expression;
  /** URL of the bot's icon. @default - the app's icon */
  readonly botIconUrl?: string | Expression;
  /** Timestamp of the parent message, to reply in its thread. @default - a new message */
  readonly threadTs?: string | Expression;
  /** Also show a thread reply in the channel. Needs `threadTs`. @default - false */
  readonly replyBroadcast?: boolean | Expression;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/**
 * The SlackNotify step (`IDPSlackNotifyPlanInfo`): sends a Slack message to a user (by e-mail) or a
 * channel. Allowed in IDP, Custom and Deployment stages.
 */
export class SlackNotifyStep extends Step {
  public readonly type = 'SlackNotify';
  private readonly props: SlackNotifyStepProps;
  private readonly tokenRef: SecretRef;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: SlackNotifyStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    this.tokenRef = checkSecretRef(props.token, where, 'spec.token', true) as SecretRef;
    exactlyOne(where, props, 'email', 'channel', "the user's Slack e-mail", 'a channel');
    exactlyOne(where, props, 'messageContent', 'blocks', 'message text', 'Block Kit JSON');
    if (isLiteralText(props.email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(props.email)) {
      fail(
        where,
        'spec.email',
        `'${props.email}' is not an e-mail address`,
        'pass the e-mail the user signs in to Slack with, or an expression such as Expr.TRIGGERED_BY_EMAIL',
      );
    }
    if (props.replyBroadcast !== undefined && props.threadTs === undefined) {
      fail(
        where,
        'spec.replyBroadcast',
        'replyBroadcast only applies to a reply in a thread, and threadTs is not set',
        "set threadTs to the parent message's timestamp, or remove replyBroadcast",
      );
    }
    renderContainerResources(props.resources, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      email: p.email,
      channel: p.channel,
      token: this.tokenRef.identifier,
      messageContent: p.messageContent,
      blocks: p.blocks,
      botUsername: p.botUsername,
      botIconUrl: p.botIconUrl,
      threadTs: p.threadTs,
      replyBroadcast: p.replyBroadcast,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}

/** The schema's `oneOf` wants exactly one of the two fields (docs/rules.md#slack-notify-recipient). */
function exactlyOne(
  where: string,
  props: SlackNotifyStepProps,
  a: 'email' | 'messageContent',
  b: 'channel' | 'blocks',
  aText: string,
  bText: string,
): void {
  if (props[a] !== undefined && props[b] !== undefined) {
    fail(where, `spec.${b}`, `${a} and ${b} are mutually exclusive`, `set ${a} (${aText}) or ${b} (${bText}), not both`);
  }
  if (props[a] === undefined && props[b] === undefined) {
    fail(where, `spec.${a}`, `neither ${a} nor ${b} is set`, `set ${a} (${aText}) or ${b} (${bText})`);
  }
  const set = props[a] !== undefined ? a : b;
  requireText(props[set], where, `spec.${set}`, `pass ${set === a ? aText : bText}`);
}
