import { type ITerraformDependable, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';

const lastWrite = new WeakMap<TerraformStack, Map<string, ITerraformDependable>>();

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
  const stack = TerraformStack.of(scope);
  let byTarget = lastWrite.get(stack);
  if (!byTarget) {
    byTarget = new Map();
    lastWrite.set(stack, byTarget);
  }
  const key = `${repository}@${branch}`;
  const writer = create(byTarget.get(key));
  byTarget.set(key, writer);
  return writer;
}
