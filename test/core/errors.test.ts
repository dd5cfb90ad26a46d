import {
  collectingProblems,
  dedupeProblems,
  fail,
  failIn,
  formatProblem,
  locateProblem,
  ValidationError,
  type ValidationProblem,
} from '../../src/core/errors';

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

  test('puts the construct path first, and leaves out an empty model path', () => {
    expect(formatProblem({ ...problem, construct: 'team/onboarding' })).toBe(
      "team/onboarding: pipeline 'onboarding' > stage 'build' > step 'clone': spec.timeout: '5s' is rejected. Fix: use '10s' or more",
    );
    expect(formatProblem({ construct: 'team/x', path: '', field: 'orgId', problem: 'bad', fix: 'fix it' })).toBe(
      'team/x: orgId: bad. Fix: fix it',
    );
  });
});

describe('ValidationError', () => {
  test('with one problem: the problem is the message, and its fields are the error fields', () => {
    const e = new ValidationError([problem]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ValidationError');
    expect(e.message).toBe(formatProblem(problem));
    expect({ path: e.path, field: e.field, problem: e.problem, fix: e.fix }).toEqual(problem);
    expect(e.construct).toBeUndefined();
  });

  test('with several problems: a count, then one line per problem', () => {
    const second: ValidationProblem = {
      path: "pipeline 'p'",
      field: 'stages',
      problem: 'the pipeline has no stages',
      fix: 'add a stage with addStage()',
    };
    const e = new ValidationError([problem, second]);
    expect(e.problems).toEqual([problem, second]);
    expect(e.message).toBe(
      [
        '2 problems:',
        `  - ${formatProblem(problem)}`,
        "  - pipeline 'p': stages: the pipeline has no stages. Fix: add a stage with addStage()",
      ].join('\n'),
    );
  });

  test('inConstruct attaches the construct path once, as a field', () => {
    const located = new ValidationError([problem]).inConstruct('team/x');
    expect(located.construct).toBe('team/x');
    expect(located.path).toBe(problem.path);
    expect(located.message).toBe(`team/x: ${formatProblem(problem)}`);
    expect(located.inConstruct('other/y')).toBe(located);
  });
});

describe('locateProblem', () => {
  test('moves a model path that names the construct (itself, a child, or "<path>: rest") into the construct field', () => {
    const p = { field: 'f', problem: 'bad', fix: 'fix' };
    expect(locateProblem({ ...p, path: 'team/x' }, 'team/x')).toEqual({ ...p, construct: 'team/x', path: '' });
    expect(locateProblem({ ...p, path: 'team/x/Resource' }, 'team/x')).toEqual({ ...p, construct: 'team/x/Resource', path: '' });
    expect(locateProblem({ ...p, path: 'team/x: operationTimeout' }, 'team/x')).toEqual({
      ...p,
      construct: 'team/x',
      path: 'operationTimeout',
    });
    expect(locateProblem({ ...p, path: 'team/xy' }, 'team/x')).toEqual({ ...p, construct: 'team/x', path: 'team/xy' });
    expect(locateProblem({ ...p, construct: 'a/b', path: 'm' }, 'team/x')).toEqual({ ...p, construct: 'a/b', path: 'm' });
  });
});

describe('fail and failIn', () => {
  test('fail throws a ValidationError with one model problem', () => {
    let thrown: unknown;
    try {
      fail("step 'a'", 'identifier', 'bad', 'fix it');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).message).toBe("step 'a': identifier: bad. Fix: fix it");
    expect((thrown as ValidationError).field).toBe('identifier');
  });

  test('failIn throws a ValidationError with one problem of a construct', () => {
    expect(() => failIn('team/x', 'orgId', 'bad', 'fix it')).toThrow(/^team\/x: orgId: bad\. Fix: fix it$/);
  });
});

describe('collectingProblems', () => {
  test('turns a ValidationError into problems, giving a path to those without one, and reports whether fn completed', () => {
    const into: ValidationProblem[] = [];
    expect(collectingProblems(into, "step 'a'", () => fail('', 'f', 'bad', 'fix'))).toBe(false);
    expect(collectingProblems(into, "step 'a'", () => undefined)).toBe(true);
    expect(into).toEqual([{ path: "step 'a'", field: 'f', problem: 'bad', fix: 'fix' }]);
  });

  test('lets any other error through', () => {
    expect(() =>
      collectingProblems([], 'x', () => {
        throw new TypeError('boom');
      }),
    ).toThrow(TypeError);
  });
});

describe('dedupeProblems', () => {
  test('keeps the first of problems with the same construct, path, field and problem', () => {
    const a = { path: 'p', field: 'f', problem: 'x', fix: 'one' };
    const b = { path: 'p', field: 'f', problem: 'x', fix: 'two' };
    const c = { path: 'p', field: 'g', problem: 'x', fix: 'three' };
    const d = { construct: 'team/x', path: 'p', field: 'f', problem: 'x', fix: 'four' };
    expect(dedupeProblems([a, b, c, d])).toEqual([a, c, d]);
  });
});
