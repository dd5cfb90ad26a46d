import { fail } from '../../../core/errors';
import { Expression, isLiteralText } from '../../../core/expression';
import { validateVariableName } from '../../../core/identifier';
import { checkSecretVariableValue, NUMBER_TEXT_PATTERN, variableValue, VariableType } from '../../variable';

/**
 * A variable of a step spec (`common/StringNGVariable | NumberNGVariable | SecretNGVariable`), as in
 * ShellScript `environmentVariables` / `outputVariables` and Http `outputVariables`. `type` is always
 * emitted (without it the schema's `oneOf` is ambiguous, docs/rules.md#variable-type-always).
 */
export interface StepVariable {
  /** Variable name, `^[a-zA-Z_][0-9a-zA-Z_.$-]{0,127}$`. */
  readonly name: string;
  /** Variable type, always emitted. @default VariableType.STRING */
  readonly type?: VariableType;
  /**
   * The value. For a Secret variable: the secret identifier, or a `SecretRef` (its identifier is emitted).
   * For a Number variable: a number, a numeric string or an expression.
   */
  readonly value: string | number | Expression;
}

/**
 * Checks a list of step variables: names valid and unique, a value present, Number values numeric,
 * Secret values not empty and not a secret's value (`<+secrets.getValue(...)>`).
 */
export function checkStepVariables(vars: readonly StepVariable[] | undefined, where: string, field: string): void {
  const seen = new Set<string>();
  (vars ?? []).forEach((v, i) => {
    const f = `${field}[${i}]`;
    validateVariableName(v.name, where, `${f}.name`);
    if (seen.has(v.name)) fail(where, `${f}.name`, `variable '${v.name}' is listed twice`, 'list each variable once');
    seen.add(v.name);
    const value: unknown = v.value;
    if (value === undefined || value === null)
      fail(where, `${f}.value`, `variable '${v.name}' has no value`, 'give the variable a value (the schema requires one)');
    const type = v.type ?? VariableType.STRING;
    if (!Object.values(VariableType).includes(type)) {
      fail(where, `${f}.type`, `'${String(type)}' is not a variable type`, `use one of ${Object.values(VariableType).join(', ')}`);
    }
    if (
      type === VariableType.NUMBER &&
      !(value instanceof Expression) &&
      typeof value !== 'number' &&
      isLiteralText(value) &&
      !NUMBER_TEXT_PATTERN.test(value)
    ) {
      fail(
        where,
        `${f}.value`,
        `Number variable '${v.name}' has the non-numeric value '${value}', which the schema rejects`,
        'give a number or an expression, or make the variable a String',
      );
    }
    if (type === VariableType.SECRET && typeof value === 'string' && value.trim() === '') {
      fail(
        where,
        `${f}.value`,
        `Secret variable '${v.name}' has an empty value`,
        'give the secret identifier (Harness rejects empty Secret variables)',
      );
    }
    if (type === VariableType.SECRET) checkSecretVariableValue(value, where, `${f}.value`);
  });
}

/** Renders step variables as `[{name, type, value}]`, or `undefined` for none. */
export function renderStepVariables(vars: readonly StepVariable[] | undefined): Record<string, unknown>[] | undefined {
  if (vars === undefined) return undefined;
  return vars.map((v) => {
    const type = v.type ?? VariableType.STRING;
    return { name: v.name, type, value: variableValue(type, v.value) };
  });
}
