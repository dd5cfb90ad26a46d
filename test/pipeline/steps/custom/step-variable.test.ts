import { Expr } from '../../../../src/core/expr';
import { SecretRef } from '../../../../src/core/secret-ref';
import { checkStepVariables, renderStepVariables } from '../../../../src/pipeline/steps/custom/step-variable';
import { VariableType } from '../../../../src/pipeline/variable';

describe('step variables', () => {
  test('render with the type always emitted; a SecretRef in a Secret variable becomes its identifier', () => {
    const ref = SecretRef.fromIdentifier('account.pat');
    expect(
      renderStepVariables([
        { name: 'a', value: 'x' },
        { name: 'b', type: VariableType.NUMBER, value: 2 },
        { name: 'c', type: VariableType.SECRET, value: ref },
        { name: 'd', type: VariableType.STRING, value: ref },
      ]),
    ).toEqual([
      { name: 'a', type: 'String', value: 'x' },
      { name: 'b', type: 'Number', value: 2 },
      { name: 'c', type: 'Secret', value: 'account.pat' },
      { name: 'd', type: 'String', value: ref },
    ]);
    expect(renderStepVariables(undefined)).toBeUndefined();
  });

  test('accepts numeric text and expressions for Number variables', () => {
    expect(() =>
      checkStepVariables(
        [
          { name: 'a', type: VariableType.NUMBER, value: '-1.5' },
          { name: 'b', type: VariableType.NUMBER, value: Expr.raw('<+x>') },
          { name: 'c', type: VariableType.NUMBER, value: '<+json.object(httpResponseBody).n>' },
        ],
        'w',
        'f',
      ),
    ).not.toThrow();
  });

  test('rejects bad names, duplicates, reserved names, missing values, bad types', () => {
    expect(() => checkStepVariables([{ name: 'a b', value: 'x' }], 'w', 'f')).toThrow(
      /^w: f\[0\].name: 'a b' is not a valid variable name/,
    );
    expect(() =>
      checkStepVariables(
        [
          { name: 'a', value: 'x' },
          { name: 'a', value: 'y' },
        ],
        'w',
        'f',
      ),
    ).toThrow(/f\[1\].name: variable 'a' is listed twice/);
    expect(() => checkStepVariables([{ name: 'var', value: 'x' }], 'w', 'f')).toThrow(
      "w: f[0].name: 'var' is a reserved word in Harness expressions and cannot be a variable name (<+pipeline.variables.var> would not parse). Fix: choose another name, for example 'var_value'",
    );
    expect(() => checkStepVariables([{ name: 'a', value: null } as any], 'w', 'f')).toThrow(/f\[0\].value: variable 'a' has no value/);
    expect(() => checkStepVariables([{ name: 'a', type: 'Bool' as any, value: 'x' }], 'w', 'f')).toThrow(
      /f\[0\].type: 'Bool' is not a variable type. Fix: use one of String, Number, Secret/,
    );
  });

  test('rejects non-numeric Number values and empty Secret values', () => {
    expect(() => checkStepVariables([{ name: 'n', type: VariableType.NUMBER, value: 'ten' }], 'w', 'f')).toThrow(
      "w: f[0].value: Number variable 'n' has the non-numeric value 'ten', which the schema rejects. Fix: give a number or an expression, or make the variable a String",
    );
    expect(() => checkStepVariables([{ name: 's', type: VariableType.SECRET, value: ' ' }], 'w', 'f')).toThrow(
      /f\[0\].value: Secret variable 's' has an empty value/,
    );
  });

  test('rejects a Secret value that renders <+secrets.getValue()> (SecretNGVariable wants the identifier)', () => {
    const ref = SecretRef.fromIdentifier('account.pat');
    for (const value of ['<+secrets.getValue("account.pat")>', Expr.raw('<+secrets.getValue("account.pat")>'), `${ref}`]) {
      expect(() => checkStepVariables([{ name: 's', type: VariableType.SECRET, value }], 'w', 'f')).toThrow(
        "w: f[0].value: a Secret variable's value is the secret identifier, not <+secrets.getValue(...). Fix: pass the identifier, e.g. 'account.my_secret'",
      );
    }
    expect(() =>
      checkStepVariables(
        [
          { name: 's', type: VariableType.SECRET, value: ref },
          { name: 't', value: `${ref}` },
        ],
        'w',
        'f',
      ),
    ).not.toThrow();
  });
});
