import { fail, ValidationError } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { Timeout } from '../../timeout';

/**
 * Checks a duration field that takes the same text as a step timeout (`10s` or more, `5m`, `1h30m`, `1d`, `1w`, or an
 * expression), e.g. the Wait step's `duration` or an approval's `retryInterval`, and reports it under `field`.
 * @returns the text to render
 */
export function checkDuration(value: unknown, where: string, field: string, required: boolean): string | Expression | undefined {
  if (value === undefined) {
    if (required) fail(where, field, 'is required', "give a duration such as '30s', '10m' or '1h'");
    return undefined;
  }
  if (value instanceof Expression) return value;
  if (value instanceof Timeout) return value.toString();
  if (typeof value !== 'string') fail(where, field, `expects text, got ${typeof value}`, "give a duration such as '30s', '10m' or '1h'");
  try {
    return Timeout.parse(value, where).toString();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    // Timeout's wording, said of a duration.
    fail(where, field, e.problem.replace(/timeout/g, 'duration'), e.fix);
  }
}
