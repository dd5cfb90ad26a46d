import { describeValue, requireInstance, requireNumber, requireString } from '../core/arguments';
import { fail } from '../core/errors';
import { usesExecutionInput } from '../core/expr';
import { containsExpression, Expression } from '../core/expression';
import { RuntimeInput } from '../core/runtime-input';

/**
 * A step or stage timeout in a form the Harness schema accepts: `Nm`, `Nh`, `Nd`, `Nw`, combinations
 * such as `1h30m`, or seconds with at least two digits (`10s`, `30s`). The schema rejects `1s`..`9s` and `ms`.
 */
export class Timeout {
  /** Seconds: at least 10 (the schema rejects single-digit seconds). */
  public static seconds(n: number): Timeout {
    return Timeout.parse(`${unitCount(n, 'seconds')}s`);
  }

  /** Minutes. */
  public static minutes(n: number): Timeout {
    return Timeout.parse(`${unitCount(n, 'minutes')}m`);
  }

  /** Hours. */
  public static hours(n: number): Timeout {
    return Timeout.parse(`${unitCount(n, 'hours')}h`);
  }

  /** Days. */
  public static days(n: number): Timeout {
    return Timeout.parse(`${unitCount(n, 'days')}d`);
  }

  /** Weeks. */
  public static weeks(n: number): Timeout {
    return Timeout.parse(`${unitCount(n, 'weeks')}w`);
  }

  /** A timeout taken from an expression, e.g. a pipeline variable. */
  public static fromExpression(expr: Expression): Timeout {
    requireInstance(
      expr,
      Expression,
      'an expression',
      'Timeout.fromExpression',
      'expression',
      'pass e.g. a PipelineVariable, or use Timeout.of(text)',
    );
    if (expr instanceof RuntimeInput && expr.isExecutionInput) return Timeout.parse(expr.resolve());
    return new Timeout(expr.toString());
  }

  /**
   * Parses timeout text and throws a clear error when the schema would reject it.
   * @param text e.g. `10m`, `1h30m`, `30s`, `1d`
   * @param path where the timeout is set, for the error message
   */
  public static parse(text: string, path = 'timeout'): Timeout {
    requireString(text, path, 'timeout', "pass text such as '10m', or use Timeout.minutes(10)");
    if (containsExpression(text) || /<\+.*>/.test(text)) {
      if (usesExecutionInput(text)) {
        const shown = containsExpression(text) ? 'the timeout expression' : `'${text}'`;
        fail(
          path,
          'timeout',
          `${shown} uses .executionInput(), which the schema rejects in timeouts`,
          'use a fixed timeout or a plain runtime input',
        );
      }
      return new Timeout(text);
    }
    if (/^\d+ms$/.test(text)) {
      fail(path, 'timeout', `'${text}' uses milliseconds, which the Harness schema rejects`, "use at least 10s, or minutes (e.g. '1m')");
    }
    const secondsOnly = /^(\d+)s$/.exec(text);
    if (secondsOnly) {
      if (Number(secondsOnly[1]) < 10 || !/^[1-9]\d+s$/.test(text)) {
        fail(
          path,
          'timeout',
          `'${text}' is rejected by the Harness schema (seconds need at least two digits)`,
          "use '10s' or more, or '1m'",
        );
      }
      return new Timeout(text);
    }
    if (!/^([1-9]\d*[mhdw])+(\s?\d+[smhdw])*$/.test(text)) {
      fail(path, 'timeout', `'${text}' is not a Harness timeout`, "use forms such as '30s', '10m', '1h30m', '1d' or '1w'");
    }
    return new Timeout(text);
  }

  /** Accepts either a Timeout or its text; anything else (a number from a JavaScript caller) is refused. */
  public static of(value: Timeout | string, path = 'timeout'): Timeout {
    if (value instanceof Timeout) return value;
    if (typeof value !== 'string') {
      fail(path, 'timeout', `expects a Timeout or text such as '10m', got ${describeValue(value)}`, "pass Timeout.minutes(10) or '10m'");
    }
    return Timeout.parse(value, path);
  }

  private constructor(private readonly text: string) {}

  /** The text emitted in YAML. */
  public toString(): string {
    return this.text;
  }
}

/** The count of a unit factory (`Timeout.minutes(n)`): a number (docs/rules.md#argument-types). */
function unitCount(n: unknown, unit: string): number {
  return requireNumber(n, `Timeout.${unit}`, unit, `pass a number, e.g. Timeout.${unit}(10)`);
}
