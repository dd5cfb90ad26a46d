import { requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import { type Expression, isLiteralText } from '../core/expression';
import { validateIdentifier } from '../core/identifier';
import { RuntimeInput } from '../core/runtime-input';
import { requireText } from './steps/common/field-checks';
import { NotificationMethod } from './notification-method';

/** Pipeline events a notification rule reacts to (`PipelineEvent.type`). */
export enum PipelineEventType {
  /** Every pipeline, stage and step event below. */
  ALL_EVENTS = 'AllEvents',
  /** The pipeline starts. */
  PIPELINE_START = 'PipelineStart',
  /** The pipeline succeeds. */
  PIPELINE_SUCCESS = 'PipelineSuccess',
  /** The pipeline fails. */
  PIPELINE_FAILED = 'PipelineFailed',
  /** The pipeline ends, whatever its status. */
  PIPELINE_END = 'PipelineEnd',
  /** The pipeline is paused. */
  PIPELINE_PAUSED = 'PipelinePaused',
  /** The pipeline resumes after a pause. */
  PIPELINE_RESUMED = 'PipelineResumed',
  /** A stage starts (the event's `forStages` names which). */
  STAGE_START = 'StageStart',
  /** A stage succeeds (the event's `forStages` names which). */
  STAGE_SUCCESS = 'StageSuccess',
  /** A stage fails (the event's `forStages` names which). */
  STAGE_FAILED = 'StageFailed',
  /** A step fails. */
  STEP_FAILED = 'StepFailed',
  /** A trigger fails to start the pipeline. */
  TRIGGER_FAILED = 'TriggerFailed',
  /** The pipeline waits for a user (an approval or a runtime input). */
  WAITING_FOR_USER_ACTION = 'WaitingForUserAction',
}

/** Events whose notification can be limited to some stages (`forStages`). */
const STAGE_EVENTS: readonly PipelineEventType[] = [
  PipelineEventType.ALL_EVENTS,
  PipelineEventType.STAGE_START,
  PipelineEventType.STAGE_SUCCESS,
  PipelineEventType.STAGE_FAILED,
];

/** Events whose notification can be limited to some steps (`forSteps`). */
const STEP_EVENTS: readonly PipelineEventType[] = [PipelineEventType.ALL_EVENTS, PipelineEventType.STEP_FAILED];

/** One event of a rule (`PipelineEvent`). */
export interface PipelineEvent {
  /** The event. */
  readonly type: PipelineEventType;
  /** Stage identifiers the event is limited to (stage events and AllEvents only). @default - not set (every stage) */
  readonly forStages?: readonly string[];
  /** Step identifiers the event is limited to (StepFailed and AllEvents only). @default - not set (every step) */
  readonly forSteps?: readonly string[];
}

/** Props of a {@link NotificationRule}. */
export interface NotificationRuleProps {
  /** Rule name, shown in Pipeline Studio. */
  readonly name: string;
  /** Rule identifier, `^[a-zA-Z_][0-9a-zA-Z_]{0,127}$` (Pipeline Studio writes one). @default - not set */
  readonly identifier?: string;
  /** The events that send a notification (at least one, each type once). */
  readonly pipelineEvents: readonly PipelineEvent[];
  /** Where the notification goes: `NotificationMethod.slack({...})`, `.email`, `.msTeams`, `.pagerDuty`, `.webhook`. */
  readonly notificationMethod: NotificationMethod;
  /** Whether the rule is on. @default - not set (Harness treats the rule as enabled when it saves it) */
  readonly enabled?: boolean | Expression;
}

/**
 * A pipeline notification rule (`notificationRules[]`): which pipeline events notify whom, through which channel.
 * Harness resolves the settings before the run starts, so no field may be a runtime input (expressions are fine).
 *
 * @see https://developer.harness.io/docs/continuous-delivery/x-platform-cd-features/cd-steps/notify-users-of-pipeline-events
 */
export class NotificationRule {
  /** The rule's name. */
  public readonly name: string;
  /** The rule's identifier, if given. */
  public readonly identifier?: string;
  private readonly props: NotificationRuleProps;

  /** Creates the rule; name, identifier, events and method are checked at once. */
  constructor(props: NotificationRuleProps) {
    requireProps(props, 'new NotificationRule', "new NotificationRule({ name: 'On failure', events: [...], methods: [...] })");
    const where = `notification rule '${props.identifier ?? props.name}'`;
    requireText(props.name, where, 'name', 'give the rule a name');
    if (props.identifier !== undefined) validateIdentifier(props.identifier, where);
    if (!(props.notificationMethod instanceof NotificationMethod)) {
      fail(
        where,
        'notificationMethod',
        'expects a NotificationMethod',
        "pass e.g. NotificationMethod.email({ userGroups: ['account.sre'] })",
      );
    }
    if (props.enabled instanceof RuntimeInput) {
      fail(
        where,
        'enabled',
        'is a runtime input, which Harness cannot resolve for notification settings',
        'pass true, false or an expression',
      );
    }
    checkEvents(props.pipelineEvents, where);
    this.name = props.name;
    this.identifier = props.identifier;
    this.props = props;
  }

  /** The `notificationRules[]` entry (values unresolved), in Pipeline Studio's key order. */
  public toObject(): Record<string, unknown> {
    const p = this.props;
    return {
      name: p.name,
      identifier: p.identifier,
      pipelineEvents: p.pipelineEvents.map((e) => ({
        type: e.type,
        forStages: e.forStages ? [...e.forStages] : undefined,
        forSteps: e.forSteps ? [...e.forSteps] : undefined,
      })),
      notificationMethod: p.notificationMethod.toObject(),
      enabled: p.enabled,
    };
  }
}

function checkEvents(events: readonly PipelineEvent[] | undefined, where: string): void {
  if (!Array.isArray(events) || events.length === 0) {
    fail(where, 'pipelineEvents', 'lists no event', 'list at least one, e.g. { type: PipelineEventType.PIPELINE_FAILED }');
  }
  const seen = new Set<string>();
  events.forEach((e, i) => {
    const at = `pipelineEvents[${i}]`;
    if (!Object.values(PipelineEventType).includes(e.type)) {
      fail(where, `${at}.type`, `'${String(e.type)}' is not a pipeline event`, `use one of ${Object.values(PipelineEventType).join(', ')}`);
    }
    if (seen.has(e.type)) fail(where, `${at}.type`, `event ${e.type} is listed twice`, 'list each event once');
    seen.add(e.type);
    checkScope(e.forStages, STAGE_EVENTS, e.type, where, `${at}.forStages`);
    checkScope(e.forSteps, STEP_EVENTS, e.type, where, `${at}.forSteps`);
  });
}

function checkScope(
  ids: readonly string[] | undefined,
  events: readonly PipelineEventType[],
  type: PipelineEventType,
  where: string,
  field: string,
): void {
  if (ids === undefined) return;
  if (!events.includes(type)) {
    fail(where, field, `does not apply to ${type} events`, `remove it, or use it with ${events.join(' or ')}`);
  }
  if (ids.length === 0) fail(where, field, 'is an empty list', 'leave it out to notify for all, or list identifiers');
  for (const id of ids) {
    if (isLiteralText(id)) validateIdentifier(id, where, field);
  }
}

/** Rule objects only, with distinct identifiers and names. */
export function checkNotificationRules(rules: readonly NotificationRule[] | undefined, where: string): void {
  const seen = new Set<string>();
  (rules ?? []).forEach((r, i) => {
    if (!(r instanceof NotificationRule)) {
      fail(
        where,
        `notificationRules[${i}]`,
        'expects a NotificationRule',
        'pass new NotificationRule({ name, pipelineEvents, notificationMethod })',
      );
    }
    for (const key of [r.identifier, r.name]) {
      if (key === undefined) continue;
      if (seen.has(key))
        fail(where, `notificationRules[${i}]`, `a second rule is named '${key}'`, 'give each rule its own name and identifier');
      seen.add(key);
    }
  });
}
