import { fail } from '../../../core/errors';
import { isLiteralText } from '../../../core/expression';
import type { Timeout } from '../../timeout';

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Seconds a literal timeout stands for, or `undefined` for an expression. */
export function timeoutSeconds(timeout: Timeout): number | undefined {
  const text = timeout.toString();
  if (!isLiteralText(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(/(\d+)\s?([smhdw])/g)) total += Number(m[1]) * UNIT_SECONDS[m[2]];
  return total;
}

/**
 * Throws when a literal timeout exceeds `maxWeeks` weeks (the HTTP and Harness Approval step docs: "The
 * maximum is 53w", docs/rules.md#max-timeout-53w).
 */
export function checkMaxTimeout(timeout: Timeout | undefined, maxWeeks: number, where: string): void {
  if (timeout === undefined) return;
  const seconds = timeoutSeconds(timeout);
  if (seconds !== undefined && seconds > maxWeeks * UNIT_SECONDS.w) {
    fail(where, 'timeout', `'${timeout}' is longer than the maximum of ${maxWeeks}w for this step`, `use at most '${maxWeeks}w'`);
  }
}
