import { throwIfInvalid } from '../../src/core/value-problems';
import { Expr, readsSecretValue, usesExecutionInput } from '../../src/core/expr';
import { containsExpression, Expression, isLiteralText, StepOutput } from '../../src/core/expression';
import { encodeMarker } from '../../src/core/expression-marker';
import { RawExpression } from '../../src/core/raw-expression';
import { resolveString, resolveValue, splitExpressions } from '../../src/core/resolve';
import { RuntimeInput } from '../../src/core/runtime-input';
import { SecretRef } from '../../src/core/secret-ref';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';
import { FakeStep } from '../support/fake-step';

describe('Expression markers', () => {
  test('an expression embedded in a template literal resolves at render', () => {
    const e = Expr.raw('<+pipeline.sequenceId>');
    const text = `build #${e} done`;
    expect(text).not.toContain('<+');
    expect(containsExpression(text)).toBe(true);
    expect(resolveString(text)).toBe('build #<+pipeline.sequenceId> done');
  });

  test('the marker describes the expression: stable, the same for equal expressions, and JSON serialization yields it', () => {
    const e = Expr.raw('<+a>');
    expect(e.toString()).toBe(e.toString());
    expect(JSON.stringify({ v: e })).toBe(JSON.stringify({ v: e.toString() }));
    expect(resolveString(JSON.parse(JSON.stringify({ v: e })).v)).toBe('<+a>');
    expect(Expr.raw('<+a>').toString()).toBe(e.toString());
    expect(Expr.raw('<+b>').toString()).not.toBe(e.toString());
  });

  test('a string without markers is returned as is', () => {
    expect(containsExpression('plain ${HOME} text')).toBe(false);
    expect(resolveString('plain ${HOME} text')).toBe('plain ${HOME} text');
  });

  test('an expression whose text embeds another expression resolves both', () => {
    const inner = Expr.raw('<+pipeline.variables.env>');
    const outer = Expr.raw(`<+pipeline.stages.${inner}.name>`);
    expect(resolveString(`x ${outer}`)).toBe('x <+pipeline.stages.<+pipeline.variables.env>.name>');
  });

  test('an embedded expression of a kind no decoder at hand knows is an error, not silent text', () => {
    expect(() => resolveString(`a ${encodeMarker({ k: 'zz' })}`)).toThrow(
      "expression: kind: an embedded expression of kind 'zz' cannot be rendered here. Fix: render the document through the construct that owns it (e.g. a Create Resource module or an IDP workflow)",
    );
  });

  test('text shaped like a marker that this process did not make is ordinary text, never an expression', () => {
    const secret = SecretRef.fromIdentifier('account.very_secret');
    const real = String(secret);
    const payload = real.slice(real.indexOf(':') + 1, -1);
    for (const forged of ['\u27E6hx:47\u27E7', `\u27E6hxAAAAAAAAAAAA:${payload}\u27E7`, `\u27E6hx:${payload}\u27E7`]) {
      expect(containsExpression(forged)).toBe(false);
      expect(resolveString(`a ${forged} b`)).toBe(`a ${forged} b`);
      expect(splitExpressions(`a ${forged}`)).toEqual([`a ${forged}`]);
    }
    expect(resolveString(`a ${secret}`)).toBe('a <+secrets.getValue("account.very_secret")>');
  });
});

describe('resolveValue', () => {
  test('resolves expressions deeply and drops undefined fields and array items', () => {
    const v = Expr.raw('<+v>');
    expect(
      resolveValue({
        a: v,
        b: `pre ${v}`,
        c: [v, undefined, 'x', { d: v, e: undefined }],
        f: 1,
        g: true,
        h: null,
      }),
    ).toEqual({ a: '<+v>', b: 'pre <+v>', c: ['<+v>', 'x', { d: '<+v>' }], f: 1, g: true, h: null });
  });

  test('reports variables and step outputs to the visitor', () => {
    const x = PipelineVariable.string('x');
    const step = new RunStep({ identifier: 'a', command: 'echo', outputVariables: ['o'] });
    new CustomStage({ identifier: 's', steps: [step] });
    const seen: string[] = [];
    resolveValue(
      { cmd: `${x} ${step.outputVariable('o')}` },
      {
        variable: (name) => seen.push(`var:${name}`),
        stepOutput: (ref) => seen.push(`out:${ref.outputName}`),
      },
    );
    expect(seen).toEqual(['var:x', 'out:o']);
  });
});

describe('RawExpression and Expr', () => {
  test('raw text is emitted verbatim', () => {
    const e = Expr.raw('<+pipeline.triggeredBy.email>');
    expect(e).toBeInstanceOf(RawExpression);
    expect(e).toBeInstanceOf(Expression);
    expect(e.resolve()).toBe('<+pipeline.triggeredBy.email>');
  });

  test('built-ins', () => {
    expect(
      [
        Expr.TRIGGERED_BY_EMAIL,
        Expr.TRIGGERED_BY_NAME,
        Expr.EXECUTION_ID,
        Expr.EXECUTION_URL,
        Expr.PIPELINE_START_TS,
        Expr.ACCOUNT_ID,
        Expr.ORG_ID,
        Expr.PROJECT_ID,
      ].map((e) => e.resolve()),
    ).toEqual([
      '<+pipeline.triggeredBy.email>',
      '<+pipeline.triggeredBy.name>',
      '<+pipeline.executionId>',
      '<+pipeline.executionUrl>',
      '<+pipeline.startTs>',
      '<+account.identifier>',
      '<+org.identifier>',
      '<+project.identifier>',
    ]);
  });

  test('equals / notEquals build JEXL conditions, quoting strings as the feature-flag-toggle example does', () => {
    const action = PipelineVariable.string('action');
    expect(resolveString(Expr.equals(action, 'enable'))).toBe('<+pipeline.variables.action> == "enable"');
    expect(resolveString(Expr.notEquals(action, 'say "hi"'))).toBe('<+pipeline.variables.action> != "say \\"hi\\""');
    expect(resolveString(Expr.equals(action, 3))).toBe('<+pipeline.variables.action> == 3');
    expect(resolveString(Expr.notEquals(action, false))).toBe('<+pipeline.variables.action> != false');
  });
});

describe('StepOutput', () => {
  test('renders the FQN of the producer once it has a place', () => {
    const step = new FakeStep({ identifier: 'rotate', type: 'Http' });
    const ref = step.at('output.httpResponseBody');
    expect(ref).toBeInstanceOf(StepOutput);
    expect(ref.outputName).toBe('httpResponseBody');
    new CustomStage({ identifier: 'ops', steps: [step] });
    expect(ref.jexlPath()).toBe('pipeline.stages.ops.spec.execution.steps.rotate.output.httpResponseBody');
    expect(ref.resolve()).toBe('<+pipeline.stages.ops.spec.execution.steps.rotate.output.httpResponseBody>');
  });

  test('referencing an output of a step that has no place is an error', () => {
    const step = new FakeStep({ identifier: 'orphan', type: 'Run' });
    expect(() => step.out('x').resolve()).toThrow(
      "step 'orphan': outputs: an output of this step is referenced, but the step has not been added to a stage. Fix: add the step to a stage before rendering the pipeline",
    );
  });

  test('an output read from a string finds its step through the context, or names the step it cannot find', () => {
    const step = new FakeStep({ identifier: 'make', type: 'Run' });
    new CustomStage({ identifier: 'ops', steps: [step] });
    const text = `url=${step.out('x')}`;
    expect(resolveString(text, { producer: (id) => (id === step.producerId ? step : undefined) })).toBe(
      'url=<+pipeline.stages.ops.spec.execution.steps.make.output.outputVariables.x>',
    );
    const [, part] = splitExpressions(text);
    expect(part).toBeInstanceOf(StepOutput);
    expect((part as StepOutput).producer.describe()).toBe("stage 'ops' > step 'make'");
    expect(resolveString(text)).toBe('url=<+unknown.steps.make.output.outputVariables.x>');
  });
});

describe('RuntimeInput', () => {
  test('renders <+input> and its modifiers in the order Harness parses them', () => {
    expect(RuntimeInput.create().resolve()).toBe('<+input>');
    expect(RuntimeInput.create().default('private').resolve()).toBe('<+input>.default(private)');
    expect(RuntimeInput.create().default('private').allowedValues(['private', 'public']).resolve()).toBe(
      '<+input>.default(private).allowedValues(private,public)',
    );
    expect(RuntimeInput.create().regex('^[a-z]+$').resolve()).toBe('<+input>.regex(^[a-z]+$)');
    expect(RuntimeInput.create().allowedValues([1, 2]).asExecutionInput().resolve()).toBe('<+input>.allowedValues(1,2).executionInput()');
  });

  test('is immutable: each modifier returns a new input', () => {
    const base = RuntimeInput.create();
    const withDefault = base.default('x');
    expect(withDefault).not.toBe(base);
    expect(base.resolve()).toBe('<+input>');
    expect(base.defaultValue).toBeUndefined();
    expect(withDefault.defaultValue).toBe('x');
  });

  test('exposes its parts', () => {
    const i = RuntimeInput.create().default(2).allowedValues([1, 2]).regex('\\d').asExecutionInput();
    expect([i.defaultValue, i.allowed, i.pattern, i.isExecutionInput]).toEqual([2, [1, 2], '\\d', true]);
    expect(RuntimeInput.create().isExecutionInput).toBe(false);
  });

  test('a variable with a runtime input passes the schema', () => {
    const visibility = PipelineVariable.string('visibility', {
      value: RuntimeInput.create().default('private').allowedValues(['private', 'public']),
    });
    const name = PipelineVariable.string('name', { value: RuntimeInput.create().regex('^[a-z][a-z0-9-]*$') });
    const p = new Pipeline({ identifier: 'p', variables: [visibility, name] }).addStage(
      new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'a', command: `echo ${visibility} ${name}` })] }),
    );
    expect(p.toObject()).toEqual(
      expect.objectContaining({
        pipeline: expect.objectContaining({
          variables: [
            { name: 'visibility', type: 'String', value: '<+input>.default(private).allowedValues(private,public)' },
            { name: 'name', type: 'String', value: '<+input>.regex(^[a-z][a-z0-9-]*$)' },
          ],
        }),
      }),
    );
    expect(p).toBeValidHarnessPipeline();
  });
});

describe('isLiteralText', () => {
  test('plain strings only: no embedded expression, no <+...> text', () => {
    expect(isLiteralText('main')).toBe(true);
    expect(isLiteralText(`${Expr.raw('<+x>')}-svc`)).toBe(false);
    expect(isLiteralText('<+pipeline.variables.x>')).toBe(false);
    expect(isLiteralText(Expr.raw('<+x>'))).toBe(false);
    expect(isLiteralText(3)).toBe(false);
  });
});

describe('readsSecretValue', () => {
  const ref = SecretRef.fromIdentifier('account.pat');
  test('a SecretRef, getValue text or expression, or a string built from them', () => {
    for (const v of [
      ref,
      `Bearer ${ref}`,
      '<+secrets.getValue("account.pat")>',
      Expr.raw('<+secrets.getValue("x")>'),
      `x ${Expr.raw('<+secrets.getValue("x")>')}`,
    ]) {
      expect(readsSecretValue(v)).toBe(true);
    }
  });

  test('anything else', () => {
    for (const v of [
      'account.pat',
      PipelineVariable.secret('token'),
      Expr.raw('<+pipeline.variables.token>'),
      `${PipelineVariable.string('x')}`,
    ]) {
      expect(readsSecretValue(v)).toBe(false);
    }
  });
});

describe('usesExecutionInput', () => {
  const ask = RuntimeInput.create().asExecutionInput();
  test('execution-time input text, a RuntimeInput asking at execution time, or a string built from them', () => {
    for (const v of [ask, `${ask} == "yes"`, '<+input>.executionInput()', Expr.raw('<+input>.default(a).executionInput()')]) {
      expect(usesExecutionInput(v)).toBe(true);
    }
  });

  test('anything else, plain runtime inputs included', () => {
    for (const v of [
      RuntimeInput.create(),
      `${RuntimeInput.create().default('a')}`,
      '<+input>',
      Expr.raw('<+pipeline.variables.x>'),
      'executionInput',
    ]) {
      expect(usesExecutionInput(v)).toBe(false);
    }
  });
});

describe('SecretRef', () => {
  test.each(['account.slack_bot_token', 'org.my_pat', 'my_pat', 'account.github-pat', 'a$b'])('%s renders <+secrets.getValue()>', (id) => {
    const s = SecretRef.fromIdentifier(id);
    expect(s.identifier).toBe(id);
    expect(s.resolve()).toBe(`<+secrets.getValue("${id}")>`);
  });

  test.each(['', 'my pat', 'project.x', '1abc', 'account.'])("rejects '%s'", (id) => {
    expect(() => throwIfInvalid(SecretRef.fromIdentifier(id))).toThrow(
      `SecretRef.fromIdentifier: identifier: '${id}' is not a secret identifier. Fix: pass the secret's identifier with its scope, e.g. 'account.slack_bot_token'`,
    );
  });

  test('rejects a missing identifier (JavaScript callers), which the pattern used to accept as the text "undefined"', () => {
    expect(() => throwIfInvalid(SecretRef.fromIdentifier(undefined as any))).toThrow(
      "SecretRef.fromIdentifier: identifier: 'undefined' is not a secret identifier. Fix: pass the secret's identifier with its scope",
    );
  });
});
