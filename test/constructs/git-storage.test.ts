import { throwIfInvalid } from '../../src/core/value-problems';
import { GitStorage, GitStorageMode } from '../../src/constructs/git-storage';

describe('GitStorage', () => {
  test('remote: Harness commits through the connector; the location has the default path unless one is given', () => {
    const s = GitStorage.remote({ connectorRef: 'account.github', repoName: 'platform-pipelines', branch: 'main' });
    expect(s.mode).toBe(GitStorageMode.REMOTE);
    expect(s.location('.harness/pipelines/o/p/x.yaml')).toEqual({
      connectorRef: 'account.github',
      repoName: 'platform-pipelines',
      branch: 'main',
      filePath: '.harness/pipelines/o/p/x.yaml',
    });
    const custom = GitStorage.remote({ connectorRef: 'gh', repoName: 'r', branch: 'dev', filePath: 'ci/x.yml', baseBranch: 'main' });
    expect(custom.location('unused.yaml').filePath).toBe('ci/x.yml');
  });

  test('gitOps: committed with the GitHub provider, on main unless told, and imported through the connector', () => {
    const s = GitStorage.gitOps({ repository: 'platform-gitops', connectorRef: 'account.github_gitops' });
    expect(s.mode).toBe(GitStorageMode.GITOPS);
    expect(s.location('.harness/pipelines/x.yaml')).toEqual({
      connectorRef: 'account.github_gitops',
      repoName: 'platform-gitops',
      branch: 'main',
      filePath: '.harness/pipelines/x.yaml',
    });
  });

  test('checks connector, repository, branches, path and commit message', () => {
    const remote = { connectorRef: 'account.github', repoName: 'r', branch: 'main' };
    expect(() => throwIfInvalid(GitStorage.remote({ ...remote, connectorRef: 'github connector' }))).toThrow(
      "GitStorage.remote: connectorRef: 'github connector' is not a connector reference. Fix: pass the Harness Git connector that can reach the repository, e.g. 'account.github'",
    );
    expect(() => throwIfInvalid(GitStorage.remote({ ...remote, repoName: 'my repo' }))).toThrow(
      "GitStorage.remote: repoName: 'my repo' is not a repository name. Fix: pass the repository as the connector sees it, e.g. 'platform-pipelines'",
    );
    expect(() => throwIfInvalid(GitStorage.remote({ ...remote, branch: 'a..b' }))).toThrow(
      "GitStorage.remote: branch: 'a..b' is not a Git branch name. Fix: use a branch name such as 'main' or 'platform/workflows'",
    );
    expect(() => throwIfInvalid(GitStorage.remote({ ...remote, baseBranch: 'x y' }))).toThrow(
      /^GitStorage\.remote: baseBranch: 'x y' is not a Git branch name/,
    );
    expect(() => throwIfInvalid(GitStorage.remote({ ...remote, commitMessage: ' ' }))).toThrow(
      'GitStorage.remote: commitMessage: the commit message is empty. Fix: leave commitMessage out (Harness writes its own), or say what changed',
    );
    expect(() => throwIfInvalid(GitStorage.remote({ ...remote, filePath: '../x.yaml' }))).toThrow(
      "GitStorage.remote: filePath: '../x.yaml' does not stay inside the repository (no '..', '.', empty segments, backslashes or control characters). Fix: use a plain relative path such as '.harness/pipelines/onboarding.yaml'",
    );
    expect(() => throwIfInvalid(GitStorage.gitOps({ repository: 'acme/gitops', connectorRef: 'account.gh' }))).toThrow(
      "GitStorage.gitOps: repository: 'acme/gitops' is not a GitHub repository name. Fix: give the repository name without owner or URL, e.g. 'platform-gitops'",
    );
    expect(() => throwIfInvalid(GitStorage.gitOps({ repository: 'gitops', connectorRef: '' }))).toThrow(
      /^GitStorage\.gitOps: connectorRef: '' is not a connector reference/,
    );
    expect(() => throwIfInvalid(GitStorage.gitOps({ repository: 'gitops', connectorRef: 'gh', filePath: 'x.json' }))).toThrow(
      "GitStorage.gitOps: filePath: 'x.json' is not a YAML file path. Fix: use a path ending in .yaml",
    );
    expect(() => throwIfInvalid(GitStorage.gitOps(null as never))).toThrow(
      "GitStorage.gitOps: props: expects an object, got null. Fix: pass { connectorRef: 'account.github', ... }",
    );
  });
});
