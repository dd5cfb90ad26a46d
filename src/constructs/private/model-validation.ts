import type { IConstruct } from 'constructs';
import { formatProblem, HarnessModelError, HarnessValidationError, type ValidationProblem } from '../../core/errors';

/**
 * Registers a model's deferred checks as a construct validation, so `cdktf synth` (and
 * `Testing.synth(stack, true)`) fails with messages that start with the construct path (CDKTF prefixes
 * each validation message with `[<construct path>]`).
 */
export function addModelValidation(construct: IConstruct, problems: () => readonly ValidationProblem[]): void {
  construct.node.addValidation({
    validate: () => problems().map(formatProblem),
  });
}

/**
 * Runs `render`, turning model errors into errors that name the construct path.
 */
export function renderInConstruct<T>(construct: IConstruct, render: () => T): T {
  try {
    return render();
  } catch (e) {
    if (e instanceof HarnessValidationError) {
      throw new Error(`[${construct.node.path}] ${e.message}`);
    }
    if (e instanceof Error) {
      e.message = `[${construct.node.path}] ${e.message}`;
    }
    throw e;
  }
}

/**
 * Runs `build`, prefixing a model error it throws with the construct path: a model object built from a
 * construct's props (`workflow 'x': owner: ...`) then still names the construct (`team/x: workflow 'x': owner: ...`).
 * Errors that already start with the path (from `fail(this.node.path, ...)`) are left as they are.
 * @param where the construct path
 */
export function buildInConstruct<T>(where: string, build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof HarnessModelError && e.path !== where && !e.path.startsWith(`${where}/`) && !e.path.startsWith(`${where}:`)) {
      throw new HarnessModelError({ path: `${where}: ${e.path}`, field: e.field, problem: e.problem, fix: e.fix });
    }
    throw e;
  }
}
