/**
 * A problem found in a model: where it is, which field, what is wrong and how to fix it.
 *
 * Constructs prefix `path` with their construct path, so every message names the construct,
 * the field and the fix.
 */
export interface ValidationProblem {
  /** Where the problem is, e.g. `pipeline 'onboarding' > stage 'build' > step 'clone'`. */
  readonly path: string;
  /** The offending field, e.g. `identifier` or `spec.timeout`. */
  readonly field: string;
  /** What is wrong. */
  readonly problem: string;
  /** What to do about it. */
  readonly fix: string;
}

/** Formats a problem as `<path>: <field>: <problem>. Fix: <fix>`. */
export function formatProblem(p: ValidationProblem): string {
  return `${p.path}: ${p.field}: ${p.problem}. Fix: ${p.fix}`;
}

/** Thrown for invalid model input (eagerly, in constructors and `add*` methods). */
export class HarnessModelError extends Error implements ValidationProblem {
  public readonly path: string;
  public readonly field: string;
  public readonly problem: string;
  public readonly fix: string;

  constructor(problem: ValidationProblem) {
    super(formatProblem(problem));
    this.name = 'HarnessModelError';
    this.path = problem.path;
    this.field = problem.field;
    this.problem = problem.problem;
    this.fix = problem.fix;
  }
}

/** Thrown when rendering a model that still has validation problems (one line per problem). */
export class HarnessValidationError extends Error {
  public readonly problems: readonly ValidationProblem[];

  constructor(problems: readonly ValidationProblem[]) {
    super(`Validation failed with ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'HarnessValidationError';
    this.problems = problems;
  }
}

/** Shorthand: throws a {@link HarnessModelError}. */
export function fail(path: string, field: string, problem: string, fix: string): never {
  throw new HarnessModelError({ path, field, problem, fix });
}

/** Drops repeated problems (same path, field and problem), keeping the first. */
export function dedupeProblems(problems: readonly ValidationProblem[]): ValidationProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path}|${p.field}|${p.problem}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
