import { ValidationError } from '../../core/errors';

/**
 * Runs `build`, locating a model error it throws in the construct at `where`: a model object built from a
 * construct's props (`workflow 'x': owner: ...`) then still names the construct (`team/x: workflow 'x': owner: ...`).
 * Problems that already name a construct keep it.
 * @param where the construct path
 */
export function buildInConstruct<T>(where: string, build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof ValidationError) throw e.inConstruct(where);
    throw e;
  }
}
