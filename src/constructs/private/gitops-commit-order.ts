import { type ITerraformDependable, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';

/** The last writer per repository and branch, kept on the stack object (never in module state). */
const LAST_WRITE = Symbol.for('cdktf-harness-idp.GitWrites');

/**
 * The GitHub provider fails when two commits to the same repository and branch run at once. Every
 * repository file registered here depends on the previous one for the same repository and branch (in
 * construction order), so Terraform commits them one after another.
 *
 * @param create makes the writer, given the previous writer of the same repository and branch to depend on
 * @returns the writer `create` made
 */
export function orderGitWrite<T extends ITerraformDependable>(
  scope: IConstruct,
  repository: string,
  branch: string,
  create: (previous?: ITerraformDependable) => T,
): T {
  const byTarget = writesOf(TerraformStack.of(scope));
  const key = `${repository}@${branch}`;
  const writer = create(byTarget.get(key));
  byTarget.set(key, writer);
  return writer;
}

function writesOf(stack: TerraformStack): Map<string, ITerraformDependable> {
  const holder = stack as unknown as Record<symbol, Map<string, ITerraformDependable> | undefined>;
  let writes = holder[LAST_WRITE];
  if (!writes) {
    writes = new Map();
    Object.defineProperty(stack, LAST_WRITE, { value: writes, enumerable: false });
  }
  return writes;
}
