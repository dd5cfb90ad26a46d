import { compact } from '../../core/object';
import type { GitLocation, GitStorage } from '../git-storage';

/**
 * The `git_details` of a document Harness stores in Git itself (`GitStorageMode.REMOTE`): where it lives, and the
 * commit message and base branch of the remote storage. Shared by pipelines and templates.
 */
export function remoteGitDetails(storage: GitStorage, location: GitLocation): Record<string, unknown> {
  const r = storage.remoteProps!;
  return compact({
    storeType: 'REMOTE',
    connectorRef: location.connectorRef,
    repoName: location.repoName,
    branchName: location.branch,
    filePath: location.filePath,
    commitMessage: r.commitMessage,
    baseBranch: r.baseBranch,
  });
}
