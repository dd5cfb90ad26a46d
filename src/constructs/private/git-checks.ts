import { fail } from '../../core/errors';
import { isGitBranchName, isRepositoryPath } from '../../core/git-names';

/**
 * Checks of the Git locations the library writes to or reads from (GitOps registration of workflows, pipelines and
 * templates stored in Git): a repository name, a branch, a relative YAML path inside the repository.
 */

/** A GitHub repository name, without owner or URL. */
export function checkRepository(repository: unknown, where: string, field = 'repository'): void {
  if (typeof repository !== 'string' || !/^[A-Za-z0-9_.-]+$/.test(repository) || /^\.+$/.test(repository)) {
    fail(
      where,
      field,
      `${describe(repository)} is not a GitHub repository name`,
      "give the repository name without owner or URL, e.g. 'platform-gitops'",
    );
  }
}

/** A Git branch name (git check-ref-format, in short): no spaces, control characters, `..`, `~^:?*[\`, `@{`. */
export function checkBranch(branch: unknown, where: string, field = 'branch'): void {
  if (!isGitBranchName(branch))
    fail(where, field, `${describe(branch)} is not a Git branch name`, "use a branch name such as 'main' or 'platform/workflows'");
}

/** A relative path inside the repository, to a YAML file. */
export function checkFilePath(path: unknown, where: string, example: string, field = 'filePath'): void {
  if (typeof path !== 'string' || !/\.ya?ml$/.test(path)) {
    fail(where, field, `${describe(path)} is not a YAML file path`, 'use a path ending in .yaml');
  }
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
    fail(where, field, `'${path}' is absolute`, 'use a path relative to the repository root');
  }
  if (!isRepositoryPath(path)) {
    fail(
      where,
      field,
      `'${path}' does not stay inside the repository (no '..', '.', empty segments, backslashes or control characters)`,
      `use a plain relative path such as '${example}'`,
    );
  }
}

/** A value, quoted when it is text, for messages. */
export function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : `${value === null ? 'null' : typeof value}`;
}
