import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { isLiteralText, requireText } from '../common/field-checks';

/** Workload kinds the K8s Scale step accepts (docs/rules.md#k8s-scale-workload-kind). */
export const SCALABLE_KINDS: readonly string[] = ['Deployment', 'DaemonSet', 'StatefulSet'];

const WORKLOAD = /^(?:([^/\s]+)\/)?([^/\s]+)\/([^/\s]+)$/;

/**
 * Checks a workload reference `[namespace/]Kind/Name`. Only plain text is checked; expressions are resolved
 * at run time.
 * @param kinds the kinds allowed, or `undefined` for any kind
 */
export function checkWorkload(value: string | Expression, where: string, kinds?: readonly string[]): void {
  requireText(value, where, 'spec.workload', "give the workload as [namespace/]Kind/Name, e.g. 'payments/Deployment/payments-api'");
  if (!isLiteralText(value)) return;
  const m = WORKLOAD.exec(value);
  if (!m) {
    fail(
      where,
      'spec.workload',
      `'${value}' is not a workload reference ([namespace/]Kind/Name, one workload per step)`,
      "write it as e.g. 'payments/Deployment/payments-api' or 'Deployment/payments-api'",
    );
  }
  if (kinds && !kinds.includes(m[2])) {
    fail(
      where,
      'spec.workload',
      `kind '${m[2]}' of '${value}' is not supported by this step (supported: ${kinds.join(', ')})`,
      `use one of ${kinds.join(', ')} with this exact casing`,
    );
  }
}

/** Renders `commandFlags` (`[{commandType, flag}]`) or `undefined`. */
export function renderCommandFlags(commandType: string, flags: readonly string[] | undefined): Record<string, unknown>[] | undefined {
  return flags ? flags.map((flag) => ({ commandType, flag })) : undefined;
}

/** Checks that every command flag is a non-empty string. */
export function checkCommandFlags(flags: readonly string[] | undefined, where: string): void {
  (flags ?? []).forEach((f, i) => {
    if (typeof f !== 'string' || f.trim() === '')
      fail(where, `spec.commandFlags[${i}].flag`, 'is empty', "give the kubectl flag, e.g. '--field-manager=harness'");
  });
}

/** The `kubectl apply` options the deploy and rollback steps share. */
export interface K8sApplyCommandOptions {
  /** Extra `kubectl apply` flags (`commandFlags[] {commandType: Apply, flag}`). @default - none */
  readonly commandFlags?: readonly string[];
  /** Delegate selectors. @default - the infrastructure's */
  readonly delegateSelectors?: readonly string[];
}

/** The spec fields of {@link K8sApplyCommandOptions}, in the schema's order (after the step's own fields). */
export function renderApplyCommandOptions(p: K8sApplyCommandOptions): Record<string, unknown> {
  return {
    commandFlags: renderCommandFlags('Apply', p.commandFlags),
    delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
  };
}
