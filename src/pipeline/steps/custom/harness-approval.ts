import { fail } from '../../../core/errors';
import { Expression, type StepOutput } from '../../../core/expression';
import { IDENTIFIER_PATTERN } from '../../../core/identifier';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { checkMaxTimeout } from './max-timeout';

/** Who may approve (`Approvers`): at least one user group or service account. */
export interface HarnessApprovers {
  /** User groups with scope prefix, e.g. `account.sre_approvers`. @default - none */
  readonly userGroups?: readonly string[];
  /** Service accounts with scope prefix. @default - none */
  readonly serviceAccounts?: readonly string[];
  /** Number of approvals needed, at least 1. @default 1 */
  readonly minimumCount?: number | Expression;
  /** Forbid the user who ran the pipeline from approving it. @default false */
  readonly disallowPipelineExecutor?: boolean;
  /** E-mails of users who may not approve. @default - none */
  readonly disallowedUserEmails?: readonly string[];
}

/**
 * A value the approver fills in (`ApproverInputInfo`); read later with
 * {@link HarnessApprovalStep.approverInput}. At most one of `allowedValues`, `regex`, `selectOneFrom`,
 * `selectManyFrom` (each a string in the schema; their exact syntax is not documented).
 */
export interface ApproverInput {
  /** Input name, `^[a-zA-Z_][0-9a-zA-Z_]{0,127}$` (it becomes part of an expression path). */
  readonly name: string;
  /** Value shown to the first approver. @default - not set */
  readonly defaultValue?: string | Expression;
  /** The approver must fill the input in. @default - not set */
  readonly required?: boolean;
  /** Values the approver may choose from. @default - not set */
  readonly allowedValues?: string;
  /** Regular expression the value must match. @default - not set */
  readonly regex?: string;
  /** Values of which the approver picks one. @default - not set */
  readonly selectOneFrom?: string;
  /** Values of which the approver picks several. @default - not set */
  readonly selectManyFrom?: string;
}

/** Automatic approval at a point in time (`AutoApprovalParams`, feature flag `CDS_AUTO_APPROVAL`). */
export interface HarnessAutoApproval {
  /** Date and time, e.g. `2024-12-20 09:24 AM`, or an expression. */
  readonly time: string | Expression;
  /** Time zone, e.g. `Europe/Berlin`. */
  readonly timeZone: string | Expression;
  /** Comment recorded with the automatic approval. @default - none */
  readonly comments?: string | Expression;
}

/** Props of a {@link HarnessApprovalStep}. */
export interface HarnessApprovalStepProps extends StepProps {
  /** Who may approve. */
  readonly approvers: HarnessApprovers;
  /** Message shown to the approvers. */
  readonly approvalMessage: string | Expression;
  /** Show the pipeline's execution history to approvers. @default true */
  readonly includePipelineExecutionHistory?: boolean;
  /** Inputs the approver fills in. @default - not set */
  readonly approverInputs?: readonly ApproverInput[];
  /** Approve automatically at a given time. @default - none */
  readonly autoApproval?: HarnessAutoApproval;
  /**
   * When this execution is approved, reject the earlier executions of the pipeline still waiting in this step
   * (`isAutoRejectEnabled`, the UI's "Auto-Reject previous deployments paused in this step on approval"; written by
   * Harness, though the schema's open `HarnessApprovalStepInfo` does not list it).
   * @default - not set
   */
  readonly isAutoRejectEnabled?: boolean | Expression;
}

const SELECTORS = ['allowedValues', 'regex', 'selectOneFrom', 'selectManyFrom'] as const;

/**
 * A Harness Approval step (`HarnessApprovalStepInfo`): waits for members of user groups to approve.
 * Allowed in Custom, Approval, Deployment and IACM stages, not in IDP stages (docs/rules.md#step-stage-matrix).
 * Timeout at most 53w; not set, Harness applies 1d.
 *
 * @see https://developer.harness.io/docs/platform/approvals/adding-harness-approval-stages
 */
export class HarnessApprovalStep extends Step {
  public readonly type = 'HarnessApproval';
  private readonly props: HarnessApprovalStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: HarnessApprovalStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkMaxTimeout(this.timeout, 53, where);
    checkHarnessApprovalProps(props, where);
  }

  /**
   * Reference to the value an approver entered: `...steps.<id>.output.approverInputs.<name>`.
   * Throws if the step does not declare the input.
   */
  public approverInput(name: string): StepOutput {
    const inputs = this.props.approverInputs ?? [];
    if (!inputs.some((i) => i.name === name)) {
      fail(
        this.describe(),
        'spec.approverInputs',
        `'${name}' is not an approver input of this step`,
        `add it to approverInputs, or use one of: ${inputs.map((i) => i.name).join(', ') || '(none)'}`,
      );
    }
    return this.output(`output.approverInputs.${name}`);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    const a = p.approvers;
    const auto = p.autoApproval;
    return {
      approvalMessage: p.approvalMessage,
      includePipelineExecutionHistory: p.includePipelineExecutionHistory ?? true,
      isAutoRejectEnabled: p.isAutoRejectEnabled,
      approvers: {
        userGroups: a.userGroups && a.userGroups.length > 0 ? [...a.userGroups] : undefined,
        serviceAccounts: a.serviceAccounts && a.serviceAccounts.length > 0 ? [...a.serviceAccounts] : undefined,
        minimumCount: a.minimumCount ?? 1,
        disallowPipelineExecutor: a.disallowPipelineExecutor ?? false,
        disallowedUserEmails: a.disallowedUserEmails ? [...a.disallowedUserEmails] : undefined,
      },
      approverInputs: p.approverInputs?.map((i) => ({
        name: i.name,
        defaultValue: i.defaultValue,
        required: i.required,
        allowedValues: i.allowedValues,
        regex: i.regex,
        selectOneFrom: i.selectOneFrom,
        selectManyFrom: i.selectManyFrom,
      })),
      autoApproval: auto
        ? { action: 'APPROVE', scheduledDeadline: { time: auto.time, timeZone: auto.timeZone }, comments: auto.comments }
        : undefined,
    };
  }
}

/** The checks `new HarnessApprovalStep` makes at once: message, approvers, approver inputs, auto-reject, auto-approval. */
function checkHarnessApprovalProps(props: HarnessApprovalStepProps, where: string): void {
  requireText(props.approvalMessage, where, 'spec.approvalMessage', 'write the message approvers see');
  checkApprovers(props.approvers, where);
  checkApproverInputs(props.approverInputs, where);
  const autoReject: unknown = props.isAutoRejectEnabled;
  if (autoReject !== undefined && typeof autoReject !== 'boolean' && !(autoReject instanceof Expression)) {
    fail(where, 'spec.isAutoRejectEnabled', `expects true or false, got ${typeof autoReject}`, 'pass a boolean or an expression');
  }
  if (props.autoApproval) {
    requireText(
      props.autoApproval.time,
      where,
      'spec.autoApproval.scheduledDeadline.time',
      'give the date and time of the automatic approval',
    );
    requireText(
      props.autoApproval.timeZone,
      where,
      'spec.autoApproval.scheduledDeadline.timeZone',
      "give a time zone such as 'Europe/Berlin'",
    );
  }
}

/** At least one user group or service account, none empty; a whole minimum count of at least 1. */
function checkApprovers(a: HarnessApprovers, where: string): void {
  if (a === undefined || a === null)
    fail(where, 'spec.approvers', 'is required', "name at least one user group, e.g. { userGroups: ['account.sre_approvers'] }");
  if ((a.userGroups ?? []).length === 0 && (a.serviceAccounts ?? []).length === 0) {
    fail(
      where,
      'spec.approvers',
      'no user group and no service account can approve',
      'list at least one entry in userGroups or serviceAccounts',
    );
  }
  for (const [field, list] of [
    ['userGroups', a.userGroups],
    ['serviceAccounts', a.serviceAccounts],
  ] as const) {
    (list ?? []).forEach((g, i) => {
      if (typeof g !== 'string' || g.trim() === '')
        fail(where, `spec.approvers.${field}[${i}]`, 'is empty', "give the identifier with its scope, e.g. 'account.sre_approvers'");
    });
  }
  const min = a.minimumCount;
  if (min !== undefined && !(min instanceof Expression) && (!Number.isInteger(min) || min < 1)) {
    fail(where, 'spec.approvers.minimumCount', `${String(min)} is not a number of approvals`, 'use a whole number of at least 1');
  }
}

/** Approver inputs: valid, unique names, at most one selector each. */
function checkApproverInputs(inputs: readonly ApproverInput[] | undefined, where: string): void {
  const names = new Set<string>();
  (inputs ?? []).forEach((input, i) => {
    const f = `spec.approverInputs[${i}]`;
    if (typeof input.name !== 'string' || !IDENTIFIER_PATTERN.test(input.name)) {
      fail(
        where,
        `${f}.name`,
        `'${input.name}' is not a valid approver input name`,
        'use letters, digits and _ (starting with a letter or _), as it becomes part of an expression',
      );
    }
    if (names.has(input.name)) fail(where, `${f}.name`, `approver input '${input.name}' is listed twice`, 'list each input once');
    names.add(input.name);
    const set = SELECTORS.filter((k) => input[k] !== undefined);
    if (set.length > 1) {
      fail(where, f, `approver input '${input.name}' sets ${set.join(' and ')}`, `set at most one of ${SELECTORS.join(', ')}`);
    }
  });
}
