import { Expr } from '../../src/core/expr';
import { RuntimeInput } from '../../src/core/runtime-input';
import { SecretRef } from '../../src/core/secret-ref';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable, validateRuntimeInput, VariableType } from '../../src/pipeline/variable';

/** Renders the variables through a pipeline that uses each of them, so the schema sees them. */
function render(...vars: PipelineVariable[]): { variables: unknown[]; pipeline: Pipeline } {
  const p = new Pipeline({ identifier: 'p', variables: vars }).addStage(
    new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'a', command: vars.map((v) => `echo ${v}`).join('\n') })] }),
  );
  return { variables: (p.toObject().pipeline as { variables: unknown[] }).variables, pipeline: p };
}

describe('PipelineVariable', () => {
  test('a String runtime input by default, always with its type; required only when given', () => {
    const { variables, pipeline } = render(new PipelineVariable({ name: 'owner', description: 'Team that owns it' }));
    expect(variables).toEqual([{ name: 'owner', type: 'String', description: 'Team that owns it', value: '<+input>' }]);
    expect(pipeline).toBeValidHarnessPipeline();
  });

  test('factories set the type; required renders only when given (true or false)', () => {
    const { variables, pipeline } = render(
      PipelineVariable.string('region', { value: 'eu-west-1' }),
      PipelineVariable.number('replicas', { value: 3 }),
      PipelineVariable.number('ratio', { value: '0.5' }),
      PipelineVariable.secret('token', { value: 'account.gh_token', required: true }),
      PipelineVariable.string('optional_input', { required: false }),
    );
    expect(variables).toEqual([
      { name: 'region', type: 'String', value: 'eu-west-1' },
      { name: 'replicas', type: 'Number', value: 3 },
      { name: 'ratio', type: 'Number', value: '0.5' },
      { name: 'token', type: 'Secret', required: true, value: 'account.gh_token' },
      { name: 'optional_input', type: 'String', required: false, value: '<+input>' },
    ]);
    expect(pipeline).toBeValidHarnessPipeline();
  });

  test('is an expression: <+pipeline.variables.name>', () => {
    const v = PipelineVariable.string('flag_name');
    expect(v.resolve()).toBe('<+pipeline.variables.flag_name>');
    const seen: string[] = [];
    v.resolve({ variable: (name) => seen.push(name) });
    expect(seen).toEqual(['flag_name']);
    expect(v.isRuntimeInput).toBe(true);
    expect(v.runtimeInput?.resolve()).toBe('<+input>');
    expect(PipelineVariable.string('fixed', { value: 'x' }).runtimeInput).toBeUndefined();
  });

  test('a value may be another expression', () => {
    const { variables, pipeline } = render(PipelineVariable.string('who', { value: Expr.TRIGGERED_BY_EMAIL }));
    expect(variables).toEqual([{ name: 'who', type: 'String', value: '<+pipeline.triggeredBy.email>' }]);
    expect(pipeline).toBeValidHarnessPipeline();
  });

  test('a number given to a String variable is emitted as a string (StringNGVariable.value is a string)', () => {
    const { variables, pipeline } = render(PipelineVariable.string('port', { value: 8080 }));
    expect(variables).toEqual([{ name: 'port', type: 'String', value: '8080' }]);
    expect(pipeline).toBeValidHarnessPipeline();
  });

  test('a Secret variable takes a SecretRef and emits the secret identifier', () => {
    const { variables, pipeline } = render(PipelineVariable.secret('token', { value: SecretRef.fromIdentifier('account.gh_token') }));
    expect(variables).toEqual([{ name: 'token', type: 'Secret', value: 'account.gh_token' }]);
    expect(pipeline).toBeValidHarnessPipeline();
  });

  test('a Number variable accepts an expression given as text, as the schema does', () => {
    const { variables, pipeline } = render(PipelineVariable.number('count', { value: '<+pipeline.sequenceId>' }));
    expect(variables).toEqual([{ name: 'count', type: 'Number', value: '<+pipeline.sequenceId>' }]);
    expect(pipeline).toBeValidHarnessPipeline();
  });

  describe('validation', () => {
    test('variable names', () => {
      expect(() => PipelineVariable.string('my var')).toThrow(
        "variable 'my var': name: 'my var' is not a valid variable name (pattern ^[a-zA-Z_][0-9a-zA-Z_.$-]{0,127}$). Fix: use for example 'my_var'",
      );
      expect(() => PipelineVariable.string('1st')).toThrow(/'1st' is not a valid variable name/);
    });

    test('a Number variable with a non-numeric value', () => {
      expect(() => PipelineVariable.number('replicas', { value: 'three' })).toThrow(
        "variable 'replicas': value: Number variable has the non-numeric value 'three'. Fix: give a number, or make the variable a String",
      );
      expect(() => PipelineVariable.number('replicas', { value: RuntimeInput.create().default('two') })).toThrow(
        "variable 'replicas': value: Number variable has the non-numeric value 'two'",
      );
      expect(() => PipelineVariable.number('replicas', { value: RuntimeInput.create().allowedValues([1, 'many']) })).toThrow(
        "variable 'replicas': value: Number variable allows the non-numeric value 'many'. Fix: allow numbers only, or make the variable a String",
      );
    });

    test('a Number variable with numeric values', () => {
      for (const value of [3, -1.5, '+2', '.5', RuntimeInput.create().default(2).allowedValues([1, 2, 3])]) {
        expect(() => PipelineVariable.number('n', { value })).not.toThrow();
      }
    });

    test('a Secret variable must not hold <+secrets.getValue()>', () => {
      expect(() => PipelineVariable.secret('token', { value: '<+secrets.getValue("account.x")>' })).toThrow(
        "variable 'token': value: a Secret variable's value is the secret identifier, not <+secrets.getValue(...). Fix: pass the identifier, e.g. 'account.my_secret'",
      );
    });

    test('nor an expression or text that renders <+secrets.getValue()> (SecretNGVariable rejects it)', () => {
      const ref = SecretRef.fromIdentifier('account.x');
      for (const value of [Expr.raw('<+secrets.getValue("account.x")>'), `${ref}`]) {
        expect(() => PipelineVariable.secret('token', { value })).toThrow(
          "variable 'token': value: a Secret variable's value is the secret identifier, not <+secrets.getValue(...). Fix: pass the identifier, e.g. 'account.my_secret'",
        );
      }
      expect(() => PipelineVariable.secret('token', { value: ref })).not.toThrow();
    });

    test('a Number variable whose text embeds an expression is resolved at run time, not rejected', () => {
      const replicas = PipelineVariable.number('replicas');
      const { variables, pipeline } = render(replicas, PipelineVariable.number('total', { value: `${replicas}` }));
      expect(variables).toEqual([
        { name: 'replicas', type: 'Number', value: '<+input>' },
        { name: 'total', type: 'Number', value: '<+pipeline.variables.replicas>' },
      ]);
      expect(pipeline).toBeValidHarnessPipeline();
    });

    test('runtime input rules apply to the variable', () => {
      expect(() => PipelineVariable.string('env', { value: RuntimeInput.create().allowedValues(['a,b', 'c']) })).toThrow(
        "variable 'env': value: allowed value 'a,b' contains ',', '(' or ')', which .allowedValues() cannot carry. Fix: use values without commas or parentheses",
      );
    });
  });
});

describe('validateRuntimeInput', () => {
  const check = (input: RuntimeInput) => () => validateRuntimeInput(input, "variable 'x'");

  test('a comma or parenthesis in an allowed value', () => {
    expect(check(RuntimeInput.create().allowedValues(['a,b']))).toThrow(/allowed value 'a,b' contains ',', '\(' or '\)'/);
    expect(check(RuntimeInput.create().allowedValues(['f(x)']))).toThrow(/allowed value 'f\(x\)' contains/);
  });

  test('duplicate allowed values', () => {
    expect(check(RuntimeInput.create().allowedValues(['a', 'b', 'a']))).toThrow(
      "variable 'x': value: allowed values [a, b, a] contain duplicates. Fix: list each value once",
    );
  });

  test('a default that is not an allowed value', () => {
    expect(check(RuntimeInput.create().default('Public').allowedValues(['public', 'private']))).toThrow(
      "variable 'x': value: default 'Public' is not one of the allowed values [public, private]. Fix: add the default to the allowed values or change the default",
    );
  });

  test('a default with parentheses', () => {
    expect(check(RuntimeInput.create().default('a(b)'))).toThrow(
      "variable 'x': value: default 'a(b)' contains '(' or ')', which .default() cannot carry. Fix: use a default without parentheses",
    );
  });

  test('a regex that does not compile', () => {
    expect(check(RuntimeInput.create().regex('([a-z]+'))).toThrow(
      "variable 'x': value: regex '([a-z]+' is not a valid regular expression (Invalid regular expression: /([a-z]+/: Unterminated group). Fix: fix the regular expression",
    );
  });

  test('a default that does not match the regex', () => {
    expect(check(RuntimeInput.create().default('ABC').regex('^[a-z]+$'))).toThrow(
      "variable 'x': value: default 'ABC' does not match regex '^[a-z]+$'. Fix: change the default or the regex",
    );
  });

  test('valid inputs pass', () => {
    expect(check(RuntimeInput.create().default('abc').regex('^[a-z]+$'))).not.toThrow();
    expect(check(RuntimeInput.create().default(2).allowedValues([1, 2]))).not.toThrow();
    expect(check(RuntimeInput.create())).not.toThrow();
  });
});

test('VariableType literals are the schema ones', () => {
  expect(Object.values(VariableType)).toEqual(['String', 'Number', 'Secret']);
});
