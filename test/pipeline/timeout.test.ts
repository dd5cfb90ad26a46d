import { Expr } from '../../src/core/expr';
import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { Timeout } from '../../src/pipeline/timeout';
import { PipelineVariable } from '../../src/pipeline/variable';
import { validateHarnessPipeline } from '../../src/testing/harness-schema';

/** A pipeline whose only step has this timeout (set through the model, or forced with addOverride). */
function pipelineWithStepTimeout(timeout: Timeout | string, force = false): Pipeline {
  const step = force
    ? new RunStep({ identifier: 'a', command: 'echo' }).addOverride('timeout', timeout)
    : new RunStep({ identifier: 'a', command: 'echo', timeout });
  return new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 's', steps: [step] }));
}

describe('Timeout factories', () => {
  test.each([
    [Timeout.seconds(10), '10s'],
    [Timeout.seconds(90), '90s'],
    [Timeout.minutes(10), '10m'],
    [Timeout.hours(1), '1h'],
    [Timeout.days(1), '1d'],
    [Timeout.weeks(2), '2w'],
  ])('%s', (t, text) => {
    expect(t.toString()).toBe(text);
  });

  test('seconds below 10 are rejected (the schema needs two digits)', () => {
    expect(() => Timeout.seconds(5)).toThrow(
      "timeout: timeout: '5s' is rejected by the Harness schema (seconds need at least two digits). Fix: use '10s' or more, or '1m'",
    );
  });

  test('zero minutes is not a timeout', () => {
    expect(() => Timeout.minutes(0)).toThrow(
      "timeout: timeout: '0m' is not a Harness timeout. Fix: use forms such as '30s', '10m', '1h30m', '1d' or '1w'",
    );
  });
});

describe('Timeout.parse', () => {
  test.each(['10s', '30s', '100s', '10m', '1h', '1h30m', '1h 30m', '1m30s', '1d', '2w'])('accepts %s, and so does the schema', (text) => {
    const t = Timeout.parse(text);
    expect(t.toString()).toBe(text);
    expect(pipelineWithStepTimeout(t)).toBeValidHarnessPipeline();
  });

  test.each([
    ['5s', "'5s' is rejected by the Harness schema (seconds need at least two digits). Fix: use '10s' or more, or '1m'"],
    ['05s', "'05s' is rejected by the Harness schema (seconds need at least two digits)"],
    ['500ms', "'500ms' uses milliseconds, which the Harness schema rejects. Fix: use at least 10s, or minutes (e.g. '1m')"],
    ['abc', "'abc' is not a Harness timeout. Fix: use forms such as '30s', '10m', '1h30m', '1d' or '1w'"],
    ['10', "'10' is not a Harness timeout"],
    ['abc10m', "'abc10m' is not a Harness timeout"],
    ['10m ', "'10m ' is not a Harness timeout"],
  ])("rejects '%s'", (text, message) => {
    expect(() => Timeout.parse(text, "step 'a'")).toThrow(`step 'a': timeout: ${message}`);
  });

  test.each(['5s', '500ms', 'abc'])("the schema rejects '%s' too", (text) => {
    const result = validateHarnessPipeline(pipelineWithStepTimeout(text, true).toYaml());
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatch(/^stages\[0\]\.stage\.spec\.execution\.steps\[0\]\.step \(Run\): \/timeout must match pattern/);
  });

  test('an expression is accepted, unless it asks for an execution-time input', () => {
    expect(Timeout.parse('<+pipeline.variables.timeout>').toString()).toBe('<+pipeline.variables.timeout>');
    expect(pipelineWithStepTimeout('<+input>')).toBeValidHarnessPipeline();
    expect(() => Timeout.parse('<+input>.executionInput()', "step 'a'")).toThrow(
      "step 'a': timeout: '<+input>.executionInput()' uses .executionInput(), which the schema rejects in timeouts. Fix: use a fixed timeout or a plain runtime input",
    );
  });

  test('an execution-time input embedded in the text is rejected too', () => {
    expect(() => Timeout.parse(`${RuntimeInput.create().asExecutionInput()}`, "step 'a'")).toThrow(
      "step 'a': timeout: the timeout expression uses .executionInput(), which the schema rejects in timeouts. Fix: use a fixed timeout or a plain runtime input",
    );
    expect(() => Timeout.parse(`${RuntimeInput.create()}`, "step 'a'")).not.toThrow();
  });
});

describe('Timeout.fromExpression', () => {
  test('renders the expression, e.g. a pipeline variable', () => {
    const limit = PipelineVariable.string('limit', { value: '10m' });
    const step = new RunStep({ identifier: 'a', command: 'echo', timeout: Timeout.fromExpression(limit) });
    const p = new Pipeline({ identifier: 'p', variables: [limit] }).addStage(new CustomStage({ identifier: 's', steps: [step] }));
    const rendered = p.toObject() as {
      pipeline: { stages: Array<{ stage: { spec: { execution: { steps: Array<{ step: { timeout: string } }> } } } }> };
    };
    expect(rendered.pipeline.stages[0].stage.spec.execution.steps[0].step.timeout).toBe('<+pipeline.variables.limit>');
    expect(p).toBeValidHarnessPipeline();
    expect(Timeout.fromExpression(Expr.raw('<+input>')).toString()).toContain('\u27E6hx');
  });

  test('rejects an execution-time input, which the schema rejects in timeouts', () => {
    expect(() => Timeout.fromExpression(RuntimeInput.create().asExecutionInput())).toThrow(
      "timeout: timeout: '<+input>.executionInput()' uses .executionInput(), which the schema rejects in timeouts. Fix: use a fixed timeout or a plain runtime input",
    );
  });
});

describe('Timeout.of', () => {
  test('passes a Timeout through and parses text', () => {
    const t = Timeout.minutes(5);
    expect(Timeout.of(t)).toBe(t);
    expect(Timeout.of('1h').toString()).toBe('1h');
    expect(() => Timeout.of('5s', "stage 's'")).toThrow(/^stage 's': timeout: '5s' is rejected/);
  });
});
