import { fail } from '../../pipeline/errors';
import { Expression } from '../../pipeline/expression';
import { ErrorType, FailureAction, FailureStrategy } from '../../pipeline/failure-strategy';
import { HarnessApprovalStep } from '../../pipeline/steps/custom/harness-approval';
import { Timeout } from '../../pipeline/timeout';

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

/**
 * The human approval in front of a risky operation. Patterns that change production (Kubernetes day-2
 * operations, token rotation) take one and have no default: opting out is the explicit, named
 * {@link ApprovalGate.skip} with a reason, never a missing prop.
 */
export class ApprovalGate {
  /** A Harness Approval step by members of the given user groups. */
  public static required(props: RequiredApprovalProps): ApprovalGate {
    if (!props || !Array.isArray(props.userGroups) || props.userGroups.length === 0) {
      fail('ApprovalGate.required', 'userGroups', 'no approver user group is given', "name at least one user group, e.g. ['account.sre_approvers'], or use ApprovalGate.skip({ reason }) to run without approval");
    }
    if (props.timeout !== undefined) Timeout.of(props.timeout, 'ApprovalGate.required');
    return new ApprovalGate(props, undefined);
  }

  /** No approval step. The reason is mandatory and ends up in the pipeline for auditors. */
  public static skip(props: SkippedApprovalProps): ApprovalGate {
    if (!props || typeof props.reason !== 'string' || props.reason.trim().length < 10) {
      fail('ApprovalGate.skip', 'reason', 'skipping the approval needs a reason of at least 10 characters', 'say why this workflow may run without a human approval, e.g. \'dev clusters only; changes are reverted nightly\'');
    }
    return new ApprovalGate(undefined, props.reason.trim());
  }

  private constructor(private readonly approval: RequiredApprovalProps | undefined, public readonly skipReason: string | undefined) {}

  /** True if a human approval step is added. */
  public get isRequired(): boolean {
    return this.approval !== undefined;
  }

  /**
   * The approval step, or `undefined` when skipped. A rejection aborts the run instead of triggering a
   * rollback.
   */
  public createStep(props: { readonly identifier: string; readonly name: string; readonly message: string | Expression }): HarnessApprovalStep | undefined {
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
      failureStrategies: [FailureStrategy.on([ErrorType.APPROVAL_REJECTION], FailureAction.ABORT)],
    });
  }

  /** Tags recording the approval decision on the pipeline. */
  public tags(): Record<string, string> {
    return this.approval ? { approval: 'required' } : { approval: 'skipped' };
  }

  /** Sentence appended to the pipeline description when the approval is skipped. */
  public describe(): string | undefined {
    return this.skipReason === undefined ? undefined : `Runs without human approval: ${this.skipReason}`;
  }
}
