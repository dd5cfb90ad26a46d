import { checkedProblems, throwIfInvalid, withProblems } from '../core/value-problems';
import { fail } from '../core/errors';
import { SCOPED_IDENTIFIER_PATTERN } from '../core/identifier';
import { hasControlCharacter } from '../core/text';
import { checkBranch, checkFilePath, checkRepository, describe } from './private/git-checks';

/** How a pipeline or template stored in Git gets there. */
export enum GitStorageMode {
  /** Harness writes the YAML to Git itself through a Git connector (`git_details`, `store_type = "REMOTE"`). */
  REMOTE = 'remote',
  /** The YAML is committed with `github_repository_file`, and Harness imports it from Git (`import_from_git`). */
  GITOPS = 'gitops',
}

/** Props of {@link GitStorage.remote}. */
export interface RemoteGitStorageProps {
  /** Harness Git connector with write access to the repository, e.g. `account.github`. */
  readonly connectorRef: string;
  /** Repository name, as the connector sees it. */
  readonly repoName: string;
  /** Branch Harness commits to and runs the pipeline from. */
  readonly branch: string;
  /**
   * Path of the YAML file in the repository.
   * @default - `.harness/pipelines/<org>/<project>/<id>.yaml` (templates: `.harness/templates/...`)
   */
  readonly filePath?: string;
  /** Commit message of Harness' commits. @default - Harness' own */
  readonly commitMessage?: string;
  /** Branch to create `branch` from when it does not exist yet. @default - none: `branch` exists */
  readonly baseBranch?: string;
}

/** Props of {@link GitStorage.gitOps}. */
export interface GitOpsStorageProps {
  /** GitHub repository (name, without owner) the YAML is committed to. */
  readonly repository: string;
  /** Harness Git connector that can read the repository (for the import), e.g. `account.github_gitops`. */
  readonly connectorRef: string;
  /** Branch to commit to; the pipeline runs from it. @default 'main' */
  readonly branch?: string;
  /**
   * Path of the YAML file in the repository.
   * @default - `.harness/pipelines/<org>/<project>/<id>.yaml` (templates: `.harness/templates/...`)
   */
  readonly filePath?: string;
  /** Commit message. @default 'Update Harness pipeline <identifier> (managed by cdktf)' (templates: 'Update Harness template ...') */
  readonly commitMessage?: string;
}

/** Where a stored entity's YAML is: repository, branch, file, and the connector Harness reads it with. */
export interface GitLocation {
  /** Harness Git connector. */
  readonly connectorRef: string;
  /** Repository name. */
  readonly repoName: string;
  /** Branch. */
  readonly branch: string;
  /** File path in the repository. */
  readonly filePath: string;
}

/**
 * Where a pipeline's (or template's) YAML is kept when not in Harness: Harness Git Experience. `remote()` lets
 * Harness commit the file; `gitOps()` commits it with the GitHub provider, in order with the other files of the
 * repository, and imports it. Either way the entity is `REMOTE`: Harness reads it from Git when it runs, and an IDP
 * workflow's trigger URL names repository and branch (docs/rules.md#pipeline-url-remote).
 * @see https://developer.harness.io/docs/platform/git-experience/git-experience-overview
 */
export class GitStorage {
  /** Harness commits the YAML to Git through `connectorRef` (`git_details` with `store_type = "REMOTE"`). */
  public static remote(props: RemoteGitStorageProps): GitStorage {
    const problems = checkedProblems('GitStorage.remote', () => checkRemote(props));
    return withProblems(new GitStorage(GitStorageMode.REMOTE, problems.length === 0 ? props : undefined), problems);
  }

  /**
   * The YAML is committed with `github_repository_file` and imported (`import_from_git`) through `connectorRef`.
   * A problem is carried to the construct that receives the storage (docs/rules.md#factory-value-problems).
   */
  public static gitOps(props: GitOpsStorageProps): GitStorage {
    const where = 'GitStorage.gitOps';
    const problems = checkedProblems(where, () => {
      checkProps(props, where);
      checkRepository(props.repository, where);
      checkConnector(props.connectorRef, where);
      if (props.branch !== undefined) checkBranch(props.branch, where);
      if (props.filePath !== undefined) checkFilePath(props.filePath, where, '.harness/pipelines/onboarding.yaml');
    });
    return withProblems(new GitStorage(GitStorageMode.GITOPS, undefined, problems.length === 0 ? props : undefined), problems);
  }

  private constructor(
    /** How the YAML gets to Git. */
    public readonly mode: GitStorageMode,
    /** The settings of {@link GitStorage.remote}. */
    public readonly remoteProps?: RemoteGitStorageProps,
    /** The settings of {@link GitStorage.gitOps}. */
    public readonly gitOpsProps?: GitOpsStorageProps,
  ) {}

  /** Where the YAML is, given the default file path of the entity. */
  public location(defaultFilePath: string): GitLocation {
    throwIfInvalid(this);
    if (this.remoteProps) {
      const r = this.remoteProps;
      return { connectorRef: r.connectorRef, repoName: r.repoName, branch: r.branch, filePath: r.filePath ?? defaultFilePath };
    }
    const g = this.gitOpsProps!;
    return { connectorRef: g.connectorRef, repoName: g.repository, branch: g.branch ?? 'main', filePath: g.filePath ?? defaultFilePath };
  }
}

/** The rules of {@link GitStorage.remote}'s props (docs/rules.md#git-storage). */
function checkRemote(props: RemoteGitStorageProps): void {
  const where = 'GitStorage.remote';
  checkProps(props, where);
  checkConnector(props.connectorRef, where);
  const repo = props.repoName;
  if (typeof repo !== 'string' || !/^\S+$/.test(repo) || hasControlCharacter(repo)) {
    fail(
      where,
      'repoName',
      `${describe(repo)} is not a repository name`,
      "pass the repository as the connector sees it, e.g. 'platform-pipelines'",
    );
  }
  if (props.commitMessage !== undefined && (typeof props.commitMessage !== 'string' || props.commitMessage.trim() === '')) {
    fail(where, 'commitMessage', 'the commit message is empty', 'leave commitMessage out (Harness writes its own), or say what changed');
  }
  checkBranch(props.branch, where);
  if (props.baseBranch !== undefined) checkBranch(props.baseBranch, where, 'baseBranch');
  if (props.filePath !== undefined) checkFilePath(props.filePath, where, '.harness/pipelines/onboarding.yaml');
}

function checkProps(props: unknown, where: string): void {
  if (props === null || typeof props !== 'object') {
    fail(where, 'props', `expects an object, got ${describe(props)}`, "pass { connectorRef: 'account.github', ... }");
  }
}

function checkConnector(connectorRef: unknown, where: string): void {
  if (typeof connectorRef !== 'string' || !SCOPED_IDENTIFIER_PATTERN.test(connectorRef)) {
    fail(
      where,
      'connectorRef',
      `${describe(connectorRef)} is not a connector reference`,
      "pass the Harness Git connector that can reach the repository, e.g. 'account.github'",
    );
  }
}
