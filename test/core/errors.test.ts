import { fail, formatProblem, HarnessModelError, HarnessValidationError, type ValidationProblem } from '../../src/core/errors';

const problem: ValidationProblem = {
  path: "pipeline 'onboarding' > stage 'build' > step 'clone'",
  field: 'spec.timeout',
  problem: "'5s' is rejected",
  fix: "use '10s' or more",
};

describe('formatProblem', () => {
  test('formats <path>: <field>: <problem>. Fix: <fix>', () => {
    expect(formatProblem(problem)).toBe(
      "pipeline 'onboarding' > stage 'build' > step 'clone': spec.timeout: '5s' is rejected. Fix: use '10s' or more",
    );
  });
});

describe('HarnessModelError', () => {
  test('carries the problem fields and the formatted message', () => {
    const e = new HarnessModelError(problem);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('HarnessModelError');
    expect(e.message).toBe(formatProblem(problem));
    expect({ path: e.path, field: e.field, problem: e.problem, fix: e.fix }).toEqual(problem);
  });
});

describe('HarnessValidationError', () => {
  test('lists every problem on its own line', () => {
    const second: ValidationProblem = {
      path: "pipeline 'p'",
      field: 'stages',
      problem: 'the pipeline has no stages',
      fix: 'add a stage with addStage()',
    };
    const e = new HarnessValidationError([problem, second]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('HarnessValidationError');
    expect(e.problems).toEqual([problem, second]);
    expect(e.message).toBe(
      [
        'Validation failed with 2 problem(s):',
        `  - ${formatProblem(problem)}`,
        "  - pipeline 'p': stages: the pipeline has no stages. Fix: add a stage with addStage()",
      ].join('\n'),
    );
  });
});

describe('fail', () => {
  test('throws a HarnessModelError built from its arguments', () => {
    let thrown: unknown;
    try {
      fail("step 'a'", 'identifier', 'bad', 'fix it');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(HarnessModelError);
    expect((thrown as HarnessModelError).message).toBe("step 'a': identifier: bad. Fix: fix it");
    expect((thrown as HarnessModelError).field).toBe('identifier');
  });
});

describe('dedupeProblems', () => {
  test('keeps the first of problems with the same path, field and problem', () => {
    const { dedupeProblems } = jest.requireActual('../../src/core/errors');
    const a = { path: 'p', field: 'f', problem: 'x', fix: 'one' };
    const b = { path: 'p', field: 'f', problem: 'x', fix: 'two' };
    const c = { path: 'p', field: 'g', problem: 'x', fix: 'three' };
    expect(dedupeProblems([a, b, c])).toEqual([a, c]);
  });
});
