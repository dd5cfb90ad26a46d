import { fail, ValidationError } from '../../../core/errors';
import { Expr } from '../../../core/expr';
import type { Expression } from '../../../core/expression';
import { ErrorType, FailureAction, FailureStrategy } from '../../../pipeline/failure-strategy';
import { Pipeline } from '../../../pipeline/pipeline';
import { HarnessApprovalStep } from '../../../pipeline/steps/custom/harness-approval';
import { Timeout } from '../../../pipeline/timeout';
import type { PipelineVariable } from '../../../pipeline/variable';
import { checkedProblems, locateValueProblems, throwIfInvalid, withProblems } from '../../../core/value-problems';

/** Props of {@link ApprovalGate.required}. */
export interface RequiredApprovalProps {
  /** User groups (with scope prefix) whose members may approve, e.g. `account.sre_approvers`. */
  readonly userGroups: readonly string[];
  /** Approvals needed. @default 1 */
  readonly minimumCount?: number;
  /** Forbid the user who ran the workflow from approving it. @default true */
  readonly disallowPipelineExecutor?: boolean;
  /** How long approvers have. @default Timeout.days(1) */
  readonly timeout?: Timeout | string;
}

/** Props of {@link ApprovalGate.skip}. */
export interface SkippedApprovalProps {
  /** Why this workflow runs without a human approval; recorded in the pipeline's description and tags. */
  readonly reason: string;
}

/** Props of {@link ApprovalGate.createStep}. */
export interface ApprovalStepProps {
  /** Step identifier, e.g. `approve_rollback`. */
  readonly identifier: string;
  /** Step name, e.g. `Approve rollback`. */
  readonly name: string;
  /** Message shown to the approvers. */
  readonly message: string | Expression;
}

/**
 * The human approval in front of a risky operation. Patterns that change production (Kubernetes day-2
 * operations, token rotation) take one and have no default: opting out is the explicit, named
 * {@link ApprovalGate.skip} with a reason, never a missing prop.
 */
export class ApprovalGate {
  /**
   * A Harness Approval step by members of the given user groups. Invalid props do not throw here: the gate
   * carries the problem, and the pattern that receives it reports it with its path (docs/rules.md#factory-value-problems).
   */
  public static required(props: RequiredApprovalProps): ApprovalGate {
    const problems = checkedProblems('ApprovalGate.required', () => checkRequired(props));
    return withProblems(new ApprovalGate(problems.length === 0 ? props : undefined, undefined), problems);
  }

  /** No approval step. The reason is mandatory and ends up in the pipeline for auditors. */
  public static skip(props: SkippedApprovalProps): ApprovalGate {
    const problems = checkedProblems('ApprovalGate.skip', () => {
      if (!props || typeof props.reason !== 'string' || props.reason.trim().length < 10) {
        fail(
          'ApprovalGate.skip',
          'reason',
          'skipping the approval needs a reason of at least 10 characters',
          "say why this workflow may run without a human approval, e.g. 'dev clusters only; changes are reverted nightly'",
        );
      }
    });
    return withProblems(new ApprovalGate(undefined, problems.length === 0 ? props.reason.trim() : ''), problems);
  }

  private constructor(
    private readonly approval: RequiredApprovalProps | undefined,
    /** Why the approval is skipped (`ApprovalGate.skip`), or `undefined` when it is required. */
    public readonly skipReason: string | undefined,
  ) {}

  /** True if a human approval step is added. */
  public get isRequired(): boolean {
    throwIfInvalid(this);
    return this.approval !== undefined;
  }

  /**
   * The approval step, or `undefined` when skipped. A rejection aborts the run instead of triggering a
   * rollback.
   */
  public createStep(props: ApprovalStepProps): HarnessApprovalStep | undefined {
    throwIfInvalid(this);
    const a = this.approval;
    if (!a) return undefined;
    return new HarnessApprovalStep({
      identifier: props.identifier,
      name: props.name,
      timeout: a.timeout ?? Timeout.days(1),
      approvalMessage: props.message,
      includePipelineExecutionHistory: true,
      approvers: {
        userGroups: a.userGroups,
        minimumCount: a.minimumCount ?? 1,
        disallowPipelineExecutor: a.disallowPipelineExecutor ?? true,
      },
      approverInputs: [],
      failureStrategies: [FailureStrategy.on([ErrorType.APPROVAL_REJECTION], FailureAction.ABORT)],
    });
  }

  /** Tags recording the approval decision on the pipeline. */
  public tags(): Record<string, string> {
    throwIfInvalid(this);
    return this.approval ? { approval: 'required' } : { approval: 'skipped' };
  }

  /** Sentence appended to the pipeline description when the approval is skipped. */
  public describe(): string | undefined {
    throwIfInvalid(this);
    return this.skipReason === undefined ? undefined : `Runs without human approval: ${this.skipReason}`;
  }
}

// ---- what a gated pattern derives from its ApprovalGate ---------------------------------------------------

/**
 * Checks the `approval` prop of a gated pattern: it must be an {@link ApprovalGate}. Guards JavaScript callers
 * (and `as any`) who leave it out or pass something else, so the approval is never dropped silently.
 */
export function requireApprovalGate(value: unknown, where: string, field = 'approval'): ApprovalGate {
  if (value instanceof ApprovalGate) {
    const problems = locateValueProblems(value, where, field);
    if (problems.length > 0) throw new ValidationError(problems);
    return value;
  }
  const problem =
    value === undefined
      ? 'no approval decision is given; this pattern does not run without one'
      : `expects an ApprovalGate, got ${describeValue(value)}`;
  fail(
    where,
    field,
    problem,
    "pass ApprovalGate.required({ userGroups: ['account.sre_approvers'] }), " +
      "or ApprovalGate.skip({ reason: '...' }) to run without a human approval",
  );
}

/** The approval message every gated pattern uses: the request, then who asked for it. */
export function approvalMessage(request: string): string {
  return `${request}\nRequested by ${Expr.TRIGGERED_BY_EMAIL}.`;
}

/** Props of {@link createApprovalStep}. */
export interface OperationApprovalProps {
  /** The operation in a word or two, e.g. `rollback`: the step is `approve_<operation>` / `Approve <operation>`. */
  readonly operation: string;
  /** What the approvers are asked, e.g. `Roll back ${service} in ${environment}?` (expressions may be embedded). */
  readonly request: string;
  /** A message that replaces the default one. @default approvalMessage(request) */
  readonly message?: string | Expression;
}

/**
 * The HarnessApproval step of a gated operation (`approve_<operation>`, a rejection aborts the run), or
 * `undefined` when the gate is skipped.
 */
export function createApprovalStep(gate: ApprovalGate, props: OperationApprovalProps): HarnessApprovalStep | undefined {
  const op = props.operation;
  return gate.createStep({
    identifier: `approve_${op.replace(/[^0-9a-zA-Z_]+/g, '_')}`,
    name: `Approve ${op}`,
    message: props.message ?? approvalMessage(props.request),
  });
}

/** Props of {@link gatedPipeline}. */
export interface GatedPipelineProps {
  /** Pipeline identifier. */
  readonly identifier: string;
  /** Pipeline name. */
  readonly name: string;
  /** The approval decision; recorded in the pipeline's tags (and description when skipped). @default - none recorded */
  readonly gate?: ApprovalGate;
  /** Pipeline description; a skipped gate's reason replaces it. @default - none (or the skipped gate's reason) */
  readonly description?: string;
  /** The pipeline variables (the workflow inputs). */
  readonly variables: readonly PipelineVariable[];
}

/**
 * The pipeline of a pattern: tagged `approval: required|skipped` when there is an approval decision, and, when
 * the approval is skipped, described with the reason, so auditors see the decision in Harness.
 */
export function gatedPipeline(props: GatedPipelineProps): Pipeline {
  return new Pipeline({
    identifier: props.identifier,
    name: props.name,
    description: props.gate?.describe() ?? props.description,
    tags: props.gate?.tags() ?? {},
    variables: props.variables,
  });
}

/** The rules of {@link ApprovalGate.required}'s props (docs/rules.md#approval-gate). */
function checkRequired(props: RequiredApprovalProps): void {
  const where = 'ApprovalGate.required';
  if (!props || !Array.isArray(props.userGroups) || props.userGroups.length === 0) {
    fail(
      where,
      'userGroups',
      'no approver user group is given',
      "name at least one user group, e.g. ['account.sre_approvers'], or use ApprovalGate.skip({ reason }) to run without approval",
    );
  }
  props.userGroups.forEach((g, i) => {
    if (typeof g !== 'string' || g.trim() === '') {
      fail(where, `userGroups[${i}]`, 'is empty', "give the user group's identifier with its scope, e.g. 'account.sre_approvers'");
    }
  });
  const min = props.minimumCount;
  if (min !== undefined && (!Number.isInteger(min) || min < 1)) {
    fail(
      where,
      'minimumCount',
      `${String(min)} is not a number of approvals`,
      'use a whole number of at least 1, or leave minimumCount out for 1',
    );
  }
  if (props.timeout !== undefined) Timeout.of(props.timeout, where);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'object') return `an object (${(value as object).constructor?.name ?? 'Object'})`;
  return typeof value;
}
