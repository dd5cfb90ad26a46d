import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { isLiteralText, requireText } from './field-checks';

/** What a GitClone step checks out (`steps/ci/Build.type`). */
export enum GitCloneBuildType {
  /** The head of a branch. */
  BRANCH = 'branch',
  /** A tag. */
  TAG = 'tag',
  /** A pull request, by number. */
  PULL_REQUEST = 'PR',
  /** A commit, by SHA. */
  COMMIT_SHA = 'commitSha',
}

/**
 * The `build` block of a GitClone step: `{ type, spec }` with the one key the type needs
 * (`BranchBuildSpec.branch`, `TagBuildSpec.tag`, `PRBuildSpec.number`, `CommitShaBuildSpec.commitSha`).
 */
export class GitCloneBuild {
  /** Clone the head of a branch, e.g. `GitCloneBuild.branch('main')`. */
  public static branch(name: string | Expression): GitCloneBuild {
    requireText(name, 'GitCloneBuild.branch()', 'build.spec.branch', "pass a branch name, e.g. 'main'");
    return new GitCloneBuild(GitCloneBuildType.BRANCH, 'branch', name);
  }

  /** Clone a tag, e.g. `GitCloneBuild.tag('v1.2.0')`. */
  public static tag(name: string | Expression): GitCloneBuild {
    requireText(name, 'GitCloneBuild.tag()', 'build.spec.tag', "pass a tag name, e.g. 'v1.2.0'");
    return new GitCloneBuild(GitCloneBuildType.TAG, 'tag', name);
  }

  /** Clone a pull request by number. The schema takes the number as a string; it is emitted as one. */
  public static pullRequest(pullRequestNumber: number | string | Expression): GitCloneBuild {
    const where = 'GitCloneBuild.pullRequest()';
    if (typeof pullRequestNumber === 'number') {
      if (!Number.isInteger(pullRequestNumber) || pullRequestNumber < 1) {
        fail(where, 'build.spec.number', `${pullRequestNumber} is not a pull request number`, 'pass a positive whole number');
      }
      return new GitCloneBuild(GitCloneBuildType.PULL_REQUEST, 'number', String(pullRequestNumber));
    }
    requireText(pullRequestNumber, where, 'build.spec.number', 'pass the pull request number, e.g. 42');
    if (isLiteralText(pullRequestNumber) && !/^[1-9]\d*$/.test(pullRequestNumber)) {
      fail(where, 'build.spec.number', `'${pullRequestNumber}' is not a pull request number`, 'pass a positive whole number, e.g. 42');
    }
    return new GitCloneBuild(GitCloneBuildType.PULL_REQUEST, 'number', pullRequestNumber);
  }

  /** Clone one commit by its SHA (7 to 64 hex digits). */
  public static commitSha(sha: string | Expression): GitCloneBuild {
    const where = 'GitCloneBuild.commitSha()';
    requireText(sha, where, 'build.spec.commitSha', 'pass a commit SHA');
    if (isLiteralText(sha) && !/^[0-9a-fA-F]{7,64}$/.test(sha)) {
      fail(where, 'build.spec.commitSha', `'${sha}' is not a commit SHA`, "pass 7 to 64 hexadecimal digits, e.g. '3f2a9c1'");
    }
    return new GitCloneBuild(GitCloneBuildType.COMMIT_SHA, 'commitSha', sha);
  }

  private constructor(
    /** The build type. */
    public readonly type: GitCloneBuildType,
    private readonly specKey: string,
    /** The branch, tag, pull request number or commit SHA. */
    public readonly value: string | Expression,
  ) {}

  /** The `build` object (values unresolved). */
  public toObject(): Record<string, unknown> {
    return { type: this.type, spec: { [this.specKey]: this.value } };
  }
}
