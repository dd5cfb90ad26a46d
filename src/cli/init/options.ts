import { basename, resolve } from 'node:path';
import { ValidationError } from '../../core/errors';
import { validateIdentifier } from '../../core/identifier';
import { CliUsageError, parseCommandArgs } from '../command';
import { packageInfo } from '../package-info';

/** GitOps registration of the starter's workflow: its YAML is committed to a GitHub repository. */
export interface InitGitOps {
  /** Owner (organization or user) of the repository. */
  readonly owner: string;
  /** Repository name. */
  readonly repository: string;
  /** Harness Git connector that reads the repository. */
  readonly connectorRef: string;
}

/** What `init` writes, validated. */
export interface InitOptions {
  /** The target directory (absolute). */
  readonly dir: string;
  /** Write into a non-empty directory. */
  readonly force: boolean;
  /** npm package name of the new repo (from the directory name). */
  readonly packageName: string;
  /** Harness organization identifier. */
  readonly orgId: string;
  /** Harness project identifier; also the stack's id. */
  readonly projectId: string;
  /** Harness account identifier, if given (else the stack asks for the `harness_account_id` variable). */
  readonly accountId?: string;
  /** GitOps registration, if asked for. */
  readonly gitOps?: InitGitOps;
  /** The npm spec of cdktf-harness-idp the new repo depends on. */
  readonly librarySpec: string;
}

/** The command line options of `init`, for `util.parseArgs`. */
export const INIT_OPTIONS = Object.freeze({
  org: { type: 'string', default: 'default' },
  project: { type: 'string', default: 'platform' },
  account: { type: 'string' },
  'gitops-repo': { type: 'string' },
  'github-owner': { type: 'string' },
  'gitops-connector': { type: 'string', default: 'account.github_gitops' },
  library: { type: 'string' },
  force: { type: 'boolean', default: false },
} as const);

const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const GITHUB_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const GITHUB_REPOSITORY = /^(?!\.\.?$)[A-Za-z0-9_.-]{1,100}$/;
const CONNECTOR_REF = /^(?:(?:account|org)\.)?[a-zA-Z_][0-9a-zA-Z_]{0,127}$/;

/** Parses and validates `init [dir] [options]`; every problem is a {@link CliUsageError} naming the option and the fix. */
export function parseInitOptions(args: readonly string[], cwd: string): InitOptions {
  const { values, positionals } = parseCommandArgs(args, INIT_OPTIONS, true);
  if (positionals.length > 1) throw new CliUsageError(`expected at most one directory, got ${positionals.map((p) => `'${p}'`).join(', ')}`);
  const dir = resolve(cwd, positionals[0] ?? '.');
  const orgId = identifier('--org', values.org!);
  const projectId = identifier('--project', values.project!);
  const accountId =
    values.account === undefined ? undefined : matching('--account', values.account, ACCOUNT_ID, 'a Harness account identifier');
  const librarySpec = values.library ?? `^${packageInfo().version}`;
  if (librarySpec.trim() === '' || /[\s"]/.test(librarySpec)) {
    throw new CliUsageError(
      `--library: '${librarySpec}' is not an npm package spec. Fix: give a version range, a tarball path or a git URL`,
    );
  }
  return {
    dir,
    force: values.force === true,
    packageName: packageName(basename(dir)),
    orgId,
    projectId,
    accountId,
    gitOps: gitOps(values['gitops-repo'], values['github-owner'], values['gitops-connector']!),
    librarySpec,
  };
}

function gitOps(repository: string | undefined, owner: string | undefined, connectorRef: string): InitGitOps | undefined {
  if (repository === undefined && owner === undefined) return undefined;
  if (repository === undefined || owner === undefined) {
    const [given, missing] = repository === undefined ? ['--github-owner', '--gitops-repo'] : ['--gitops-repo', '--github-owner'];
    throw new CliUsageError(
      `${missing}: ${given} needs it (GitOps registration commits the workflow YAML to <owner>/<repo>). Fix: pass both`,
    );
  }
  return {
    owner: matching('--github-owner', owner, GITHUB_OWNER, 'a GitHub user or organization name'),
    repository: matching('--gitops-repo', repository, GITHUB_REPOSITORY, 'a GitHub repository name (without owner or URL)'),
    connectorRef: matching(
      '--gitops-connector',
      connectorRef,
      CONNECTOR_REF,
      "a Harness connector reference such as 'account.github_gitops'",
    ),
  };
}

/** A Harness identifier, checked by the library's own rule. */
function identifier(option: string, value: string): string {
  try {
    validateIdentifier(value, 'init', option);
  } catch (e) {
    if (e instanceof ValidationError) throw new CliUsageError(`${e.field}: ${e.problem}. Fix: ${e.fix}`);
    throw e;
  }
  return value;
}

function matching(option: string, value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new CliUsageError(`${option}: '${value}' is not ${what} (must match ${pattern.source}). Fix: correct it`);
  return value;
}

/** An npm package name from a directory name: lower case, other characters as `-`; `harness-idp-platform` if none is left. */
export function packageName(dirName: string): string {
  const name = dirName
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[._~-]+|[-]+$/g, '')
    .slice(0, 214);
  return name === '' || name === 'node_modules' || name === 'favicon.ico' ? 'harness-idp-platform' : name;
}
