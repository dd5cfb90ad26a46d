import { parse } from 'yaml';
import { GitProvider, GitPushTrigger, type GitPushTriggerProps } from '../../../src/pipeline/triggers/git-push-trigger';

const target = { orgIdentifier: 'default', projectIdentifier: 'idp_platform', pipelineIdentifier: 'deliver_payments' };
const base: GitPushTriggerProps = {
  identifier: 'on_change',
  connectorRef: 'account.github_gitops',
  repoName: 'platform-gitops',
  branch: 'main',
  changedFiles: ['stacks/payments-team.ts'],
};

describe('GitPushTrigger', () => {
  test('renders a webhook trigger on pushes to one branch that change the given files', () => {
    const trigger = new GitPushTrigger({
      ...base,
      name: 'On change',
      description: 'Delivers payments',
      autoAbortPreviousExecutions: false,
    });
    expect(parse(trigger.toYaml(target))).toEqual({
      trigger: {
        name: 'On change',
        identifier: 'on_change',
        enabled: true,
        description: 'Delivers payments',
        orgIdentifier: 'default',
        projectIdentifier: 'idp_platform',
        pipelineIdentifier: 'deliver_payments',
        source: {
          type: 'Webhook',
          spec: {
            type: 'Github',
            spec: {
              type: 'Push',
              spec: {
                connectorRef: 'account.github_gitops',
                repoName: 'platform-gitops',
                autoAbortPreviousExecutions: false,
                payloadConditions: [
                  { key: 'targetBranch', operator: 'Equals', value: 'main' },
                  { key: 'changedFiles', operator: 'Regex', value: '^(stacks/payments-team\\.ts)$' },
                ],
              },
            },
          },
        },
      },
    });
  });

  test('leaves out what was not given: name defaults to the identifier, no description, no auto-abort', () => {
    const doc = new GitPushTrigger(base).toObject(target) as any;
    expect(doc.trigger.name).toBe('on_change');
    expect(Object.keys(doc.trigger)).toEqual([
      'name',
      'identifier',
      'enabled',
      'orgIdentifier',
      'projectIdentifier',
      'pipelineIdentifier',
      'source',
    ]);
    expect(Object.keys(doc.trigger.source.spec.spec.spec)).toEqual(['connectorRef', 'repoName', 'payloadConditions']);
  });

  test('the changed-files pattern matches the files and everything below the folders, nothing else', () => {
    const trigger = new GitPushTrigger({ ...base, changedFiles: ['stacks/payments-team.ts', 'stacks/payments/', 'a+b (1).ts'] });
    expect(trigger.changedFilesPattern).toBe('^(stacks/payments-team\\.ts|stacks/payments/.*|a\\+b \\(1\\)\\.ts)$');
    const re = new RegExp(trigger.changedFilesPattern);
    expect(['stacks/payments-team.ts', 'stacks/payments/x/y.ts', 'a+b (1).ts'].filter((f) => re.test(f))).toHaveLength(3);
    expect(
      ['stacks/payments-team.tsx', 'stacks/payments-teamXts', 'other/stacks/payments/x.ts', 'stacks/paymentsx/y', 'ab (1).ts'].filter((f) =>
        re.test(f),
      ),
    ).toEqual([]);
  });

  test('takes GitLab and Bitbucket push webhooks', () => {
    for (const provider of [GitProvider.GITLAB, GitProvider.BITBUCKET]) {
      const doc = new GitPushTrigger({ ...base, provider }).toObject(target) as any;
      expect([doc.trigger.source.spec.type, doc.trigger.source.spec.spec.type]).toEqual([provider, 'Push']);
    }
  });

  describe('validation', () => {
    test('the source: provider, connector, repository and branch', () => {
      expect(() => new GitPushTrigger({ ...base, provider: 'Svn' as any })).toThrow(
        "trigger 'on_change': source.spec.type: 'Svn' is not a supported Git provider. Fix: use one of Github, Gitlab, Bitbucket",
      );
      expect(() => new GitPushTrigger({ ...base, connectorRef: 'https://github.com' })).toThrow(
        "trigger 'on_change': connectorRef: 'https://github.com' is not a connector reference. Fix: give the Git connector, e.g. 'account.github_gitops'",
      );
      expect(() => new GitPushTrigger({ ...base, repoName: 'platform gitops' })).toThrow(
        "trigger 'on_change': repoName: 'platform gitops' is not a repository name. Fix: give the repository's name, e.g. 'platform-gitops'",
      );
      expect(() => new GitPushTrigger({ ...base, branch: 'feature..x' })).toThrow(
        "trigger 'on_change': branch: 'feature..x' is not a Git branch name. Fix: use a branch name such as 'main'",
      );
      expect(() => new GitPushTrigger({ ...base, identifier: 'on-change' })).toThrow(
        /^trigger 'on-change': identifier: 'on-change' is not a valid Harness identifier/,
      );
    });

    test('at least one changed-files path, each inside the repository', () => {
      expect(() => new GitPushTrigger({ ...base, changedFiles: [] })).toThrow(
        "trigger 'on_change': changedFiles: no path is given, so every push would start the pipeline. Fix: list the files or folders (ending in '/') to watch",
      );
      for (const path of ['../secrets.ts', '/abs/path.ts', 'a//b.ts', 'a/./b.ts', 'a\\b.ts', '']) {
        expect(() => new GitPushTrigger({ ...base, changedFiles: [path] })).toThrow(
          `trigger 'on_change': changedFiles: '${path}' is not a path inside the repository. Fix: use a relative path without '..', '.' or empty segments, e.g. 'stacks/payments.ts' or the folder 'stacks/payments/'`,
        );
      }
    });
  });
});
