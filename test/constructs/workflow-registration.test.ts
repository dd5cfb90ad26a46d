import { throwIfInvalid } from '../../src/core/value-problems';
import { defaultWorkflowPath } from '../../src/constructs/idp-workflow';
import { WorkflowRegistration } from '../../src/constructs/workflow-registration';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { Workflow } from '../../src/workflow/workflow';

const base = { repository: 'platform-gitops', connectorRef: 'account.github_gitops' };
const FIX_PATH = "use a plain relative path such as 'workflows/payments/onboarding.yaml'";

describe('WorkflowRegistration.gitOps', () => {
  test.each([
    ['../../outside.yaml', "'../../outside.yaml'"],
    ['workflows/../../x.yaml', "'workflows/../../x.yaml'"],
    ['./w.yaml', "'./w.yaml'"],
    ['a//b.yaml', "'a//b.yaml'"],
    ['a\\b.yaml', "'a\\b.yaml'"],
  ])('keeps the file inside the repository: %s is refused', (filePath, shown) => {
    expect(() => throwIfInvalid(WorkflowRegistration.gitOps({ ...base, filePath }))).toThrow(
      `WorkflowRegistration.gitOps: filePath: ${shown} does not stay inside the repository (no '..', '.', empty segments, backslashes or control characters). Fix: ${FIX_PATH}`,
    );
  });

  test('an absolute path is refused', () => {
    expect(() => throwIfInvalid(WorkflowRegistration.gitOps({ ...base, filePath: '/etc/w.yaml' }))).toThrow(
      "WorkflowRegistration.gitOps: filePath: '/etc/w.yaml' is absolute. Fix: use a path relative to the repository root",
    );
    expect(() => throwIfInvalid(WorkflowRegistration.gitOps({ ...base, filePath: 'C:/w.yaml' }))).toThrow(
      "WorkflowRegistration.gitOps: filePath: 'C:/w.yaml' is absolute. Fix: use a path relative to the repository root",
    );
  });

  test.each(['', ' ', 'a b', 'x..y', 'feature/', '-x', 'a@{b', 'refs~1', 'x.lock'])('refuses the branch %j', (branch) => {
    expect(() => throwIfInvalid(WorkflowRegistration.gitOps({ ...base, branch }))).toThrow(
      `WorkflowRegistration.gitOps: branch: '${branch}' is not a Git branch name. Fix: use a branch name such as 'main' or 'platform/workflows'`,
    );
  });

  test('JavaScript callers: a missing or empty repository, a non-string branch, no props at all', () => {
    const fix = "Fix: give the repository name without owner or URL, e.g. 'platform-gitops'";
    expect(() => throwIfInvalid(WorkflowRegistration.gitOps({ connectorRef: 'account.c' } as any))).toThrow(
      `WorkflowRegistration.gitOps: repository: undefined is not a GitHub repository name. ${fix}`,
    );
    expect(() => throwIfInvalid(WorkflowRegistration.gitOps({ ...base, repository: '' }))).toThrow(
      `WorkflowRegistration.gitOps: repository: '' is not a GitHub repository name. ${fix}`,
    );
    expect(() => throwIfInvalid(WorkflowRegistration.gitOps({ ...base, branch: 7 as any }))).toThrow(
      "WorkflowRegistration.gitOps: branch: number is not a Git branch name. Fix: use a branch name such as 'main' or 'platform/workflows'",
    );
    expect(() => throwIfInvalid((WorkflowRegistration.gitOps as (p?: unknown) => WorkflowRegistration)())).toThrow(
      "WorkflowRegistration.gitOps: props: expects an object of props, got undefined. Fix: pass the props, e.g. WorkflowRegistration.gitOps({ repository: 'platform-gitops', connectorRef: 'account.github_gitops' })",
    );
  });

  test('accepts ordinary branches and nested paths', () => {
    expect(WorkflowRegistration.gitOps({ ...base, branch: 'platform/workflows', filePath: 'idp/payments/w.yml' }).mode).toBe('gitops');
  });
});

describe('defaultWorkflowPath', () => {
  const trigger = () =>
    new PipelineTrigger({
      name: 'Run',
      url: PipelineUrl.fromString(
        'https://app.harness.io/ng/account/a/module/idp/orgs/o/projects/p/pipelines/x/pipeline-studio/?storeType=INLINE',
      ),
    });
  test('one folder per org and project', () => {
    const wf = (orgIdentifier?: string, projectIdentifier?: string) =>
      new Workflow({ identifier: 'w', type: 'service', orgIdentifier, projectIdentifier, trigger: trigger() });
    expect(defaultWorkflowPath(wf('o', 'p'))).toBe('workflows/o/p/w.yaml');
    expect(defaultWorkflowPath(wf('o'))).toBe('workflows/o/w.yaml');
    expect(defaultWorkflowPath(wf())).toBe('workflows/w.yaml');
  });
});
