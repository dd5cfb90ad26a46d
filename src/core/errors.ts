/**
 * A problem found in a model or a construct: where it is, which field, what is wrong and how to fix it.
 * Printed in one form everywhere: `<construct path>: <model path>: <field>: <problem>. Fix: <fix>` (either path
 * left out when there is none).
 */
export interface ValidationProblem {
  /**
   * The construct the problem belongs to (its construct path, e.g. `payments/scale`), once a construct reports it.
   * @default - none: a problem of a model used on its own
   */
  readonly construct?: string;
  /** Where in the model, e.g. `pipeline 'onboarding' > stage 'build' > step 'clone'`; empty for a construct's own props. */
  readonly path: string;
  /** The offending field, e.g. `identifier` or `spec.timeout`. */
  readonly field: string;
  /** What is wrong. */
  readonly problem: string;
  /** What to do about it. */
  readonly fix: string;
}

/** Formats a problem as `<construct>: <path>: <field>: <problem>. Fix: <fix>` (empty parts left out). */
export function formatProblem(p: ValidationProblem): string {
  const where = [p.construct, p.path].filter((x) => x !== undefined && x !== '').join(': ');
  return `${where === '' ? '' : `${where}: `}${p.field}: ${p.problem}. Fix: ${p.fix}`;
}

/**
 * The one error the library throws for invalid input, like aws-cdk's `ValidationError`: it carries its problems
 * (one for a mistake found at once, all of them when a document or an app is validated) and, once a construct
 * reports it, the construct path as a field of each problem, attached once ({@link ValidationError.inConstruct}).
 */
export class ValidationError extends Error {
  /** Every problem, in the order found. */
  public readonly problems: readonly ValidationProblem[];

  /** @param problems every problem found; the message prints one per line, each with its fix */
  constructor(problems: readonly ValidationProblem[]) {
    super(formatProblems(problems));
    this.name = 'ValidationError';
    this.problems = problems;
  }

  /** The construct path of the first problem, if a construct reported it. */
  public get construct(): string | undefined {
    return this.problems[0]?.construct;
  }

  /** Model path of the first problem. */
  public get path(): string {
    return this.problems[0]?.path ?? '';
  }

  /** Field of the first problem. */
  public get field(): string {
    return this.problems[0]?.field ?? '';
  }

  /** What is wrong, for the first problem. */
  public get problem(): string {
    return this.problems[0]?.problem ?? '';
  }

  /** The fix of the first problem. */
  public get fix(): string {
    return this.problems[0]?.fix ?? '';
  }

  /**
   * The same problems, located in the construct at `constructPath`: each problem without a construct gets it, so the
   * path is attached once, by the construct that owns the model. A problem whose model path already names the
   * construct (the construct path itself, a child's path, or `<construct path>: <rest>`) is moved into the field.
   */
  public inConstruct(constructPath: string): ValidationError {
    if (this.problems.every((p) => p.construct !== undefined)) return this;
    return new ValidationError(this.problems.map((p) => locateProblem(p, constructPath)));
  }
}

/** `p` with its construct set (see {@link ValidationError.inConstruct}). */
export function locateProblem(p: ValidationProblem, constructPath: string): ValidationProblem {
  if (p.construct !== undefined) return p;
  if (p.path === constructPath || p.path.startsWith(`${constructPath}/`)) return { ...p, construct: p.path, path: '' };
  if (p.path.startsWith(`${constructPath}: `)) return { ...p, construct: constructPath, path: p.path.slice(constructPath.length + 2) };
  return { ...p, construct: constructPath };
}

/** The message of a list of problems: the problem itself, or a count and one line per problem. */
function formatProblems(problems: readonly ValidationProblem[]): string {
  if (problems.length === 1) return formatProblem(problems[0]);
  return `${problems.length} problems:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`;
}

/** Shorthand: throws a {@link ValidationError} with one problem of a model (no construct yet). */
export function fail(path: string, field: string, problem: string, fix: string): never {
  throw new ValidationError([{ path, field, problem, fix }]);
}

/** Shorthand: throws a {@link ValidationError} with one problem of a construct's own props. */
export function failIn(constructPath: string, field: string, problem: string, fix: string): never {
  throw new ValidationError([{ construct: constructPath, path: '', field, problem, fix }]);
}

/** Drops repeated problems (same construct, path, field and problem), keeping the first. */
export function dedupeProblems(problems: readonly ValidationProblem[]): ValidationProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.construct ?? ''}|${p.path}|${p.field}|${p.problem}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Runs `fn`, turning a {@link ValidationError} it throws into problems: how a render that collects every problem
 * goes on after one part failed. Problems without a model path get `path`.
 * @returns true if `fn` completed
 */
export function collectingProblems(into: ValidationProblem[], path: string, fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    into.push(...e.problems.map((p) => (p.path === '' && p.construct === undefined ? { ...p, path } : p)));
    return false;
  }
}
