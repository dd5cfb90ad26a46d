import { requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import { type Expression, isLiteralText } from '../core/expression';
import { RuntimeInput } from '../core/runtime-input';
import { requireText } from './steps/common/field-checks';

/** Channels of a notification rule (`NotificationChannelWrapper.type`). */
export enum NotificationMethodType {
  /** A Slack incoming webhook. */
  SLACK = 'Slack',
  /** Email to addresses and user groups. */
  EMAIL = 'Email',
  /** A Microsoft Teams incoming webhook. */
  MS_TEAMS = 'MsTeams',
  /** A PagerDuty integration key. */
  PAGER_DUTY = 'PagerDuty',
  /** An HTTP webhook of your own. */
  WEBHOOK = 'Webhook',
}

/** Props of {@link NotificationMethod.email}. Give recipients, user groups or both. */
export interface EmailNotificationProps {
  /** E-mail addresses. @default - not set */
  readonly recipients?: readonly (string | Expression)[];
  /** Harness user groups, e.g. `account.sre`. @default - not set */
  readonly userGroups?: readonly string[];
}

/** Props of {@link NotificationMethod.slack}. Give a webhook URL, user groups (their Slack channels) or both. */
export interface SlackNotificationProps {
  /** Incoming webhook URL; keep it in a secret: `` `${SecretRef.fromIdentifier('account.slack_hook')}` ``. @default - not set */
  readonly webhookUrl?: string | Expression;
  /** Harness user groups whose Slack channel is notified. @default - not set */
  readonly userGroups?: readonly string[];
}

/** Props of {@link NotificationMethod.msTeams}. Give webhook URLs, user groups or both. */
export interface MsTeamsNotificationProps {
  /** Microsoft Teams webhook URLs (`msTeamKeys`). @default - not set */
  readonly msTeamKeys?: readonly (string | Expression)[];
  /** Harness user groups whose Teams channel is notified. @default - not set */
  readonly userGroups?: readonly string[];
}

/** Props of {@link NotificationMethod.pagerDuty}. Give an integration key, user groups or both. */
export interface PagerDutyNotificationProps {
  /** PagerDuty integration key (a secret expression keeps it out of the YAML). @default - not set */
  readonly integrationKey?: string | Expression;
  /** Harness user groups whose PagerDuty service is notified. @default - not set */
  readonly userGroups?: readonly string[];
}

/** Props of {@link NotificationMethod.webhook}. */
export interface WebhookNotificationProps {
  /** The URL Harness POSTs the event to. */
  readonly webhookUrl: string | Expression;
  /** Request headers. @default - not set */
  readonly headers?: Readonly<Record<string, string | Expression>>;
}

/** Where a notification rule sends its notifications (`notificationMethod: {type, spec}`). */
export class NotificationMethod {
  /** E-mail (`PmsEmailChannel`). */
  public static email(props: EmailNotificationProps): NotificationMethod {
    const where = 'NotificationMethod.email';
    requireProps(props, where, 'NotificationMethod.email({...})');
    oneOf(where, ['recipients', 'userGroups'], props.recipients, props.userGroups);
    (props.recipients ?? []).forEach((r, i) => {
      checkText(r, where, `spec.recipients[${i}]`);
      if (isLiteralText(r) && !/^[^@\s]+@[^@\s]+$/.test(r)) {
        fail(where, `spec.recipients[${i}]`, `'${r}' is not an e-mail address`, "give an address such as 'sre@example.com'");
      }
    });
    checkGroups(props.userGroups, where);
    return new NotificationMethod(NotificationMethodType.EMAIL, { userGroups: copy(props.userGroups), recipients: copy(props.recipients) });
  }

  /** Slack (`PmsSlackChannel`). */
  public static slack(props: SlackNotificationProps): NotificationMethod {
    const where = 'NotificationMethod.slack';
    requireProps(props, where, 'NotificationMethod.slack({...})');
    oneOf(where, ['webhookUrl', 'userGroups'], props.webhookUrl, props.userGroups);
    if (props.webhookUrl !== undefined) checkUrl(props.webhookUrl, where, 'spec.webhookUrl');
    checkGroups(props.userGroups, where);
    return new NotificationMethod(NotificationMethodType.SLACK, { userGroups: copy(props.userGroups), webhookUrl: props.webhookUrl });
  }

  /** Microsoft Teams (`PmsMSTeamChannel`). */
  public static msTeams(props: MsTeamsNotificationProps): NotificationMethod {
    const where = 'NotificationMethod.msTeams';
    requireProps(props, where, 'NotificationMethod.msTeams({...})');
    oneOf(where, ['msTeamKeys', 'userGroups'], props.msTeamKeys, props.userGroups);
    (props.msTeamKeys ?? []).forEach((k, i) => checkUrl(k, where, `spec.msTeamKeys[${i}]`));
    checkGroups(props.userGroups, where);
    return new NotificationMethod(NotificationMethodType.MS_TEAMS, {
      msTeamKeys: copy(props.msTeamKeys),
      userGroups: copy(props.userGroups),
    });
  }

  /** PagerDuty (`PmsPagerDutyChannel`). */
  public static pagerDuty(props: PagerDutyNotificationProps): NotificationMethod {
    const where = 'NotificationMethod.pagerDuty';
    requireProps(props, where, 'NotificationMethod.pagerDuty({...})');
    oneOf(where, ['integrationKey', 'userGroups'], props.integrationKey, props.userGroups);
    if (props.integrationKey !== undefined) checkText(props.integrationKey, where, 'spec.integrationKey');
    checkGroups(props.userGroups, where);
    return new NotificationMethod(NotificationMethodType.PAGER_DUTY, {
      userGroups: copy(props.userGroups),
      integrationKey: props.integrationKey,
    });
  }

  /** A webhook (`PmsWebhookChannel`). */
  public static webhook(props: WebhookNotificationProps): NotificationMethod {
    const where = 'NotificationMethod.webhook';
    requireProps(props, where, 'NotificationMethod.webhook({...})');
    checkUrl(props.webhookUrl, where, 'spec.webhookUrl');
    for (const [key, value] of Object.entries(props.headers ?? {})) checkText(value, where, `spec.headers.${key}`);
    return new NotificationMethod(NotificationMethodType.WEBHOOK, {
      webhookUrl: props.webhookUrl,
      headers: props.headers ? { ...props.headers } : undefined,
    });
  }

  private constructor(
    /** The channel type. */
    public readonly type: NotificationMethodType,
    private readonly spec: Record<string, unknown>,
  ) {}

  /** The `notificationMethod` object (values unresolved). */
  public toObject(): Record<string, unknown> {
    return { type: this.type, spec: { ...this.spec } };
  }
}

function copy<T>(list: readonly T[] | undefined): T[] | undefined {
  return list ? [...list] : undefined;
}

/** At least one of two alternative fields must be set (a list counts when it is not empty). */
function oneOf(where: string, names: [string, string], a: unknown, b: unknown): void {
  const set = (v: unknown) => v !== undefined && !(Array.isArray(v) && v.length === 0);
  if (!set(a) && !set(b))
    fail(where, `spec.${names[0]}`, `neither ${names[0]} nor ${names[1]} is set`, `give ${names[0]}, ${names[1]} or both`);
}

/** Text or an expression, never a runtime input: Harness resolves notification settings before the run starts. */
function checkText(value: unknown, where: string, field: string): void {
  if (value instanceof RuntimeInput || (typeof value === 'string' && value.includes('<+input>'))) {
    fail(where, field, 'is a runtime input, which Harness cannot resolve for notification settings', 'give a fixed value or an expression');
  }
  requireText(value, where, field, 'give a value or an expression');
}

function checkUrl(value: unknown, where: string, field: string): void {
  checkText(value, where, field);
  if (isLiteralText(value) && !/^https?:\/\/\S+$/.test(value)) {
    fail(where, field, 'is not an http(s) URL', 'give the full URL, or an expression (e.g. a secret) that holds it');
  }
}

function checkGroups(groups: readonly string[] | undefined, where: string): void {
  (groups ?? []).forEach((g, i) => checkText(g, where, `spec.userGroups[${i}]`));
}
