import { Expression } from './expression';
import { RawExpression } from './raw-expression';
import { splitExpressions } from './resolve';
import { RuntimeInput } from './runtime-input';
import { SecretRef } from './secret-ref';

/** Factories and built-ins for Harness expressions. */
export class Expr {
  /** Verbatim Harness expression text, e.g. `<+pipeline.sequenceId>`. */
  public static raw(text: string): Expression {
    return new RawExpression(text);
  }

  /** `<+pipeline.triggeredBy.email>`: e-mail of the user who ran the pipeline. */
  public static readonly TRIGGERED_BY_EMAIL: Expression = new RawExpression('<+pipeline.triggeredBy.email>');
  /** `<+pipeline.triggeredBy.name>`. */
  public static readonly TRIGGERED_BY_NAME: Expression = new RawExpression('<+pipeline.triggeredBy.name>');
  /** `<+pipeline.executionId>`. */
  public static readonly EXECUTION_ID: Expression = new RawExpression('<+pipeline.executionId>');
  /** `<+pipeline.executionUrl>`. */
  public static readonly EXECUTION_URL: Expression = new RawExpression('<+pipeline.executionUrl>');
  /** `<+pipeline.startTs>`: start time of the execution (epoch millis). */
  public static readonly PIPELINE_START_TS: Expression = new RawExpression('<+pipeline.startTs>');
  /** `<+account.identifier>`. */
  public static readonly ACCOUNT_ID: Expression = new RawExpression('<+account.identifier>');
  /** `<+org.identifier>`. */
  public static readonly ORG_ID: Expression = new RawExpression('<+org.identifier>');
  /** `<+project.identifier>`. */
  public static readonly PROJECT_ID: Expression = new RawExpression('<+project.identifier>');

  /** A JEXL equality condition, e.g. `<+pipeline.variables.action> == "enable"`. */
  public static equals(left: Expression, value: string | number | boolean): string {
    return `${left} == ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
  }

  /** A JEXL inequality condition. */
  public static notEquals(left: Expression, value: string | number | boolean): string {
    return `${left} != ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
  }
}

/** The parts of a value: the expression itself, or a string's literal fragments and embedded expressions. */
function partsOf(value: string | Expression): (string | Expression)[] {
  return value instanceof Expression ? [value] : splitExpressions(value);
}

/**
 * True if `value` renders a secret's value (`<+secrets.getValue(...)>`): a {@link SecretRef}, such text, or a
 * string built from either.
 */
export function readsSecretValue(value: string | Expression): boolean {
  return partsOf(value).some(
    (part) =>
      part instanceof SecretRef ||
      (typeof part === 'string' && part.includes('<+secrets.getValue(')) ||
      (part instanceof RawExpression && part.text.includes('<+secrets.getValue(')),
  );
}

/**
 * True if `value` holds an execution-time input (`<+input>.executionInput()`): such text, a
 * {@link RuntimeInput} made with `asExecutionInput()`, or a string built from either.
 */
export function usesExecutionInput(value: string | Expression): boolean {
  const pattern = /\.executionInput\(\)/;
  return partsOf(value).some(
    (part) =>
      (typeof part === 'string' && pattern.test(part)) ||
      (part instanceof RuntimeInput && part.isExecutionInput) ||
      (part instanceof RawExpression && pattern.test(part.text)),
  );
}
