import { IConstruct } from 'constructs';
import { formatProblem, HarnessValidationError, ValidationProblem } from '../pipeline/errors';

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
