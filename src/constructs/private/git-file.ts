import { RepositoryFile } from '@cdktf/provider-github/lib/repository-file';
import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import type { Construct } from 'constructs';
import { terraformArgs } from '../../terraform/terraform-args';
import { type GitLocation, type GitStorage, GitStorageMode } from '../git-storage';
import { orderGitWrite } from './gitops-commit-order';
import { requireGithubProvider } from './github-provider-check';
import { claimIdentity } from './identity-registry';
import { lazyText } from './lazy-text';
import { withUserCreationStacks } from '../../terraform/user-creation-stacks';

/** What {@link commitGitFile} commits. */
export interface GitFileProps {
  /** Repository, branch and path. */
  readonly location: GitLocation;
  /** The file's text (escaped for Terraform), produced at synth. */
  readonly content: () => string;
  /** Commit message. */
  readonly commitMessage: string;
  /** GitHub provider. @default - the stack's default */
  readonly githubProvider?: TerraformProvider;
}

/** How {@link placeInGit} places an entity's YAML. */
export interface GitPlacement {
  /** Path of the file when the storage names none. */
  readonly defaultPath: string;
  /** The file's text (escaped for Terraform), produced at synth. */
  readonly content: () => string;
  /** Commit message when the storage names none (`GitStorage.gitOps`). */
  readonly commitMessage: string;
  /** GitHub provider. @default - the stack's default */
  readonly githubProvider?: TerraformProvider;
}

/**
 * Places a pipeline's or template's YAML in Git as `storage` says: commits it (`GitStorage.gitOps`) or claims the file
 * Harness writes (`GitStorage.remote`). Nothing without storage.
 */
export function placeInGit(
  scope: Construct,
  storage: GitStorage | undefined,
  placement: GitPlacement,
): { readonly location?: GitLocation; readonly file?: RepositoryFile } {
  if (!storage) return {};
  const location = storage.location(placement.defaultPath);
  if (storage.mode !== GitStorageMode.GITOPS) {
    claimGitFile(scope, location);
    return { location };
  }
  const commitMessage = storage.gitOpsProps?.commitMessage ?? placement.commitMessage;
  return {
    location,
    file: commitGitFile(scope, { location, content: placement.content, commitMessage, githubProvider: placement.githubProvider }),
  };
}

/**
 * Claims a file in Git for `scope`: two constructs of the app must not write one file (repository + branch + path).
 * A file Harness writes (remote storage) and a file the GitHub provider commits are claimed alike.
 */
export function claimGitFile(scope: Construct, location: GitLocation): void {
  claimIdentity(scope, {
    kind: 'GitOps file',
    identifier: `${location.repoName}@${location.branch}:${location.filePath}`,
    fix: 'give one of them another filePath or branch, or store it in another repository',
  });
}

/**
 * Commits a file with `github_repository_file` (construct id `file`), after the previous commit to the same
 * repository and branch, and claims it.
 */
export function commitGitFile(scope: Construct, props: GitFileProps): RepositoryFile {
  const { location } = props;
  claimGitFile(scope, location);
  const file = orderGitWrite(scope, location.repoName, location.branch, (previous?: ITerraformDependable) =>
    withUserCreationStacks(
      () =>
        new RepositoryFile(
          scope,
          'file',
          terraformArgs({
            provider: props.githubProvider,
            repository: location.repoName,
            branch: location.branch,
            file: location.filePath,
            content: lazyText(props.content),
            commitMessage: props.commitMessage,
            overwriteOnCreate: true,
            dependsOn: previous ? [previous] : [],
          }),
        ),
    ),
  );
  requireGithubProvider(scope, file, 'storage', `${location.repoName}@${location.branch}:${location.filePath}`);
  return file;
}
