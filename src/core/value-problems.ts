import { isPlainObject } from './arguments';
import { collectingProblems, ValidationError, type ValidationProblem } from './errors';

/**
 * Values made by factories (`SecretRef.fromIdentifier`, `ApprovalGate.required`, `InstanceSelection.count`,
 * `PipelineUrl.fromString`, `WorkflowRegistration.gitOps`, ...) are built before the construct or model that
 * receives them exists, so a factory cannot know the construct path an error should name. Instead of throwing, a
 * factory that finds a problem in its arguments returns a value that *carries* the problem
 * (docs/rules.md#factory-value-problems):
 *
 * - the construct or model that receives the value reports the problem at once, located at itself and at the prop
 *   that holds the value: `team/scale: approval.userGroups: no approver user group is given. Fix: ...`
 *   (constructs scan their props, a step its props, a workflow its trigger);
 * - a value that reaches a document any other way throws the problem as soon as it is used (embedded in a string,
 *   rendered, asked for a step), so a problem is never lost.
 *
 * The error type stays {@link ValidationError}. The problems live on the value under a registered symbol, not in
 * module state.
 */

const PROBLEMS = Symbol.for('cdktf-harness-idp.valueProblems');

/** `value` with `problems` attached (nothing attached when there are none); returns the value. */
export function withProblems<T extends object>(value: T, problems: readonly ValidationProblem[]): T {
  if (problems.length > 0) Object.defineProperty(value, PROBLEMS, { value: [...problems], enumerable: false });
  return value;
}

/** The problems a factory value carries (none for any other value). */
export function problemsOf(value: unknown): readonly ValidationProblem[] {
  if (value === null || typeof value !== 'object') return [];
  return ((value as Record<symbol, unknown>)[PROBLEMS] as readonly ValidationProblem[] | undefined) ?? [];
}

/**
 * Runs a factory's checks (which throw with `fail(...)`), returning the problem they found instead of throwing it.
 * @param where the factory, e.g. `ApprovalGate.required`, for problems that do not name a path
 */
export function checkedProblems(where: string, checks: () => void): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  collectingProblems(problems, where, checks);
  return problems;
}

/** Throws the problems `value` carries as they are: how a value refuses to be used. */
export function throwIfInvalid(value: object): void {
  const problems = problemsOf(value);
  if (problems.length > 0) throw new ValidationError(problems);
}

/**
 * The problems of `value` located at the model or construct that received it: path `where` (or construct
 * `construct`), field `<field>.<the factory's field>`.
 */
export function locateValueProblems(value: unknown, where: string, field: string, construct?: string): ValidationProblem[] {
  return problemsOf(value).map((p) => ({
    ...(construct === undefined ? {} : { construct }),
    path: where,
    field: p.field === '' || p.field === 'props' ? field : `${field}.${p.field}`,
    problem: p.problem,
    fix: p.fix,
  }));
}

/**
 * The problems of every factory value among `props` (their fields, list items and nested plain objects), located
 * at `where` and the prop that holds each value.
 * @param construct the construct path, when a construct receives the props @default - none (a model)
 */
export function propValueProblems(props: unknown, where: string, construct?: string): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, field: string, depth: number): void => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 4) return;
    seen.add(value);
    const own = locateValueProblems(value, where, field, construct);
    if (own.length > 0) {
      out.push(...own);
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${field}[${i}]`, depth + 1));
    else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) visit(v, field === '' ? k : `${field}.${k}`, depth + 1);
  };
  visit(props, '', 0);
  return out;
}

/** Throws the problems of the factory values among `props` (see {@link propValueProblems}). */
export function rejectPropValueProblems(props: unknown, where: string, construct?: string): void {
  const problems = propValueProblems(props, where, construct);
  if (problems.length > 0) throw new ValidationError(problems);
}
