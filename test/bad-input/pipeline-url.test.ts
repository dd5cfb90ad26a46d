import { throwIfInvalid } from '../../src/core/value-problems';
import { PipelineStoreType } from '../../src/workflow/pipeline-url-props';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { type BadInput, failureOf } from './support';

// Pipeline URLs as Harness publishes them: the path form (`/ng/account/...`) and the hash route the older UI and
// many docs use (`/ng/#/account/...`), with the module as `module/<m>/`, a bare segment (`cd/`, `idp-admin/`) or none.

describe('pipeline-url', () => {
  const accepted: ReadonlyArray<readonly [string, string, Partial<PipelineUrl> & { module?: string }]> = [
    [
      'the Pipeline Studio URL',
      'https://app.harness.io/ng/account/acc/module/idp/orgs/default/projects/idp/pipelines/onboarding/pipeline-studio/?storeType=INLINE',
      { accountId: 'acc', orgId: 'default', projectId: 'idp', pipelineId: 'onboarding', storeType: PipelineStoreType.INLINE },
    ],
    [
      'the hash route /ng/#/account/...',
      'https://app.harness.io/ng/#/account/acc/cd/orgs/default/projects/idp/pipelines/onboarding/pipeline-studio/',
      { accountId: 'acc', orgId: 'default', projectId: 'idp', pipelineId: 'onboarding', storeType: PipelineStoreType.INLINE },
    ],
    [
      'the hash route with its query inside the hash',
      'https://app.harness.io/ng/#/account/acc/module/idp/orgs/default/projects/idp/pipelines/onboarding/pipeline-studio/?storeType=REMOTE&repoName=pipelines&branch=main',
      { accountId: 'acc', pipelineId: 'onboarding', storeType: PipelineStoreType.REMOTE },
    ],
    [
      'the IDP admin route /idp-admin/ (as in the IDP docs)',
      'https://app.harness.io/ng/account/acc/idp-admin/orgs/default/projects/idp/pipelines/onboarding/pipeline-studio?storeType=INLINE',
      { accountId: 'acc', orgId: 'default', projectId: 'idp', pipelineId: 'onboarding' },
    ],
    [
      'the module route /module/idp-admin/ (as in the trigger docs)',
      'https://app.harness.io/ng/account/acc/module/idp-admin/orgs/default/projects/projctidp/pipelines/newdjangoproject_Clone/pipeline-studio?storeType=INLINE',
      { accountId: 'acc', orgId: 'default', projectId: 'projctidp', pipelineId: 'newdjangoproject_Clone' },
    ],
    [
      'an execution URL of the pipeline',
      'https://app.harness.io/ng/account/acc/module/idp-admin/orgs/default/projects/idp/pipelines/onboarding/executions/abc/pipeline?storeType=INLINE',
      { pipelineId: 'onboarding' },
    ],
    [
      'no module segment',
      'https://harness.example.com/gateway/ng/account/acc/orgs/default/projects/idp/pipelines/onboarding/pipeline-studio/',
      { accountId: 'acc', pipelineId: 'onboarding' },
    ],
  ];
  test.each(accepted)('accepts %s', (_label, text, expected) => {
    const url = PipelineUrl.fromString(text);
    expect(() => throwIfInvalid(url)).not.toThrow();
    expect(url).toMatchObject(expected);
    expect(url.toString()).toBe(text);
  });

  const refused: BadInput[] = [
    [
      'text that is not a URL',
      () => String(PipelineUrl.fromString('app.harness.io/pipelines/x')),
      "pipeline URL: url: 'app.harness.io/pipelines/x' is not a URL. Fix: copy the URL from Pipeline Studio, or use PipelineUrl.inline()",
    ],
    [
      'a project URL without a pipeline',
      () => String(PipelineUrl.fromString('https://app.harness.io/ng/#/account/acc/cd/orgs/default/projects/idp/pipelines')),
      "pipeline URL: url: 'https://app.harness.io/ng/#/account/acc/cd/orgs/default/projects/idp/pipelines' is not a pipeline URL (expected .../ng/account/<acc>/module/idp/orgs/<org>/projects/<project>/pipelines/<pipeline>/...). Fix: copy the URL from Pipeline Studio, or use PipelineUrl.inline()",
    ],
    [
      'a remote pipeline without its branch, in the hash route',
      () =>
        String(
          PipelineUrl.fromString(
            'https://app.harness.io/ng/#/account/acc/cd/orgs/o/projects/p/pipelines/x/pipeline-studio/?storeType=REMOTE&repoName=r',
          ),
        ),
      'pipeline URL: branch: a pipeline stored in Git (storeType=REMOTE) needs branch in its URL, or the trigger cannot find the pipeline. Fix: pass branch (the repository and branch that hold the pipeline YAML)',
    ],
    [
      'an identifier Harness does not accept',
      () => String(PipelineUrl.fromString('https://app.harness.io/ng/account/acc/module/idp/orgs/default/projects/my-project/pipelines/x')),
      "pipeline URL: projectId: 'my-project' is not a valid Harness identifier (must match ^[a-zA-Z_][0-9a-zA-Z_]{0,127}$: a letter or _ first, then letters, digits or _, at most 128 characters; no '-', '.', '$' or spaces). Fix: use for example 'my_project'",
    ],
    [
      'a module segment with capitals',
      () => String(PipelineUrl.inline({ accountId: 'acc', orgId: 'o', projectId: 'p', pipelineId: 'x', module: 'IDP' })),
      "pipeline URL: module: 'IDP' is not a module segment. Fix: use 'idp' (or 'idp-admin', 'cd', 'ci', ...)",
    ],
  ];
  test.each(refused)('refuses %s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});
