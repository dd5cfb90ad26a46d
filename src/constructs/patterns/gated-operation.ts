import { fail } from '../../pipeline/errors';
import { Expr, Expression } from '../../pipeline/expression';
import { Pipeline } from '../../pipeline/pipeline';
import { HarnessApprovalStep } from '../../pipeline/steps/custom/harness-approval';
import { PipelineVariable } from '../../pipeline/variable';
import { ApprovalGate } from './approval-gate';
import { SelfServicePatternProps } from './self-service-pattern';

/**
 * Props of a pattern that changes something that matters (Kubernetes day-2 operations, token rotation):
 * a human approval is required unless the platform team opts out by name.
 */
export interface GatedOperationProps extends SelfServicePatternProps {
  /**
   * Who approves the operation before it runs: `ApprovalGate.required({ userGroups: [...] })`, or the
   * explicit opt-out `ApprovalGate.skip({ reason })`. No default: the approval cannot be dropped silently.
   */
  readonly approval: ApprovalGate;
  /**
   * Message shown to the approvers.
   * @default the pattern's: what is about to happen, with the form values, then "Requested by <e-mail>."
   */
  readonly approvalMessage?: string | Expression;
}

/**
 * Checks the `approval` prop of a gated pattern: it must be an {@link ApprovalGate}. Guards JavaScript callers
 * (and `as any`) who leave it out or pass something else, so the approval is never dropped silently.
 */
export function requireApprovalGate(value: unknown, where: string, field = 'approval'): ApprovalGate {
  if (value instanceof ApprovalGate) return value;
  const problem = value === undefined
    ? 'no approval decision is given; this pattern does not run without one'
    : `expects an ApprovalGate, got ${describeValue(value)}`;
  fail(where, field, problem,
    "pass ApprovalGate.required({ userGroups: ['account.sre_approvers'] }), or ApprovalGate.skip({ reason: '...' }) to run without a human approval");
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
  readonly identifier: string;
  readonly name: string;
  /** The approval decision; recorded in the pipeline's tags (and description when skipped). @default - none recorded */
  readonly gate?: ApprovalGate;
  /** The pipeline variables (the workflow inputs). */
  readonly variables: readonly PipelineVariable[];
}

/**
 * The pipeline of a gated pattern: tagged `approval: required|skipped`, and, when the approval is skipped,
 * described with the reason, so auditors see the decision in Harness.
 */
export function gatedPipeline(props: GatedPipelineProps): Pipeline {
  return new Pipeline({
    identifier: props.identifier,
    name: props.name,
    description: props.gate?.describe(),
    tags: props.gate?.tags() ?? {},
    variables: props.variables,
  });
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'object') return `an object (${(value as object).constructor?.name ?? 'Object'})`;
  return typeof value;
}
