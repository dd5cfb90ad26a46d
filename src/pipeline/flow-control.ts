import { fail, type ValidationProblem } from '../core/errors';
import { isLiteralText } from '../core/expression';
import { validateIdentifier, validateName } from '../core/identifier';

/** A barrier (`flowControl.barriers[]`): stages running in parallel wait for each other at Barrier steps naming it. */
export interface PipelineBarrier {
  /** Barrier identifier, referenced by Barrier steps (`barrierRef`). */
  readonly identifier: string;
  /** Display name (the schema requires one). @default the identifier */
  readonly name?: string;
}

/**
 * The pipeline's `flowControl`.
 *
 * @see https://developer.harness.io/docs/continuous-delivery/x-platform-cd-features/cd-steps/flow-control/synchronize-deployments-using-barriers
 */
export interface FlowControl {
  /** Barriers that Barrier steps of the pipeline synchronize on. @default - none */
  readonly barriers?: readonly PipelineBarrier[];
}

/** Throws on a barrier without a valid identifier or name, or one declared twice. */
export function checkFlowControl(flowControl: FlowControl, where: string): void {
  const seen = new Set<string>();
  (flowControl.barriers ?? []).forEach((b, i) => {
    const at = `flowControl.barriers[${i}]`;
    validateIdentifier(b.identifier, where, `${at}.identifier`);
    if (b.name !== undefined) validateName(b.name, where, 'default', `${at}.name`);
    if (seen.has(b.identifier)) {
      fail(where, `${at}.identifier`, `barrier '${b.identifier}' is declared twice`, 'declare each barrier once');
    }
    seen.add(b.identifier);
  });
}

/** The rendered `flowControl` block. */
export function renderFlowControl(flowControl: FlowControl): Record<string, unknown> {
  return {
    barriers: flowControl.barriers?.map((b) => ({ identifier: b.identifier, name: b.name ?? b.identifier })),
  };
}

/** A rendered step node, as far as the barrier check reads it. */
interface StepNode {
  readonly type?: unknown;
  readonly spec?: { readonly barrierRef?: unknown };
}

/**
 * A Barrier step whose `barrierRef` names no barrier of the pipeline's `flowControl` never finds its partners. An
 * expression (e.g. a runtime input) is resolved at run time and not checked.
 */
export function barrierRefProblems(
  steps: ReadonlyArray<{ readonly node: StepNode; readonly path: string }>,
  flowControl: FlowControl | undefined,
  pipeline: string,
): ValidationProblem[] {
  const declared = (flowControl?.barriers ?? []).map((b) => b.identifier);
  const problems: ValidationProblem[] = [];
  for (const { node, path } of steps) {
    const ref = node.spec?.barrierRef;
    if (node.type !== 'Barrier' || !isLiteralText(ref) || declared.includes(ref)) continue;
    problems.push({
      path,
      field: 'spec.barrierRef',
      problem: `names barrier '${ref}', which ${pipeline} does not declare in flowControl.barriers`,
      fix:
        `declare it: new Pipeline({ flowControl: { barriers: [{ identifier: '${ref}' }] } }), ` +
        `or use one of: ${declared.join(', ') || '(none)'}`,
    });
  }
  return problems;
}
