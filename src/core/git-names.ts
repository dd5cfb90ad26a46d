import { hasControlCharacter } from './text';

/** Names and paths of Git repositories that several rules check. */

/** A Git branch name (git check-ref-format, in short): no spaces, control characters, `..`, `~^:?*[\`, `@{`. */
export function isGitBranchName(branch: unknown): branch is string {
  return (
    typeof branch === 'string' &&
    branch.trim() !== '' &&
    !hasControlCharacter(branch) &&
    !/[\s~^:?*[\\]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|^-|\.$/.test(branch)
  );
}

/**
 * A path that stays inside a repository: relative (no leading `/`, no drive letter), no `..`, `.` or empty segments,
 * no backslashes or control characters. A trailing `/` (a folder) is allowed when `folder` is true.
 */
export function isRepositoryPath(path: unknown, folder = false): path is string {
  if (typeof path !== 'string' || path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return false;
  const segments = (folder && path.endsWith('/') ? path.slice(0, -1) : path).split('/');
  return !path.includes('\\') && !hasControlCharacter(path) && segments.every((s) => s !== '' && s !== '.' && s !== '..');
}
