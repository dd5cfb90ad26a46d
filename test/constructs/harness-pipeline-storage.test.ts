import 'cdktf/lib/testing/adapters/jest';
import { Testing } from 'cdktf';
import { GitStorage } from '../../src/constructs/git-storage';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { SelfServiceWorkflow } from '../../src/constructs/self-service-workflow';
import { WorkflowRegistration } from '../../src/constructs/workflow-registration';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { synthDocuments } from '../../src/testing/synth-documents';
import { FormPage } from '../../src/workflow/form-page';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { evaluateWithTerraform } from '../support/terraform';

Testing.setupJest();

const HOSTILE = 'Deploy ${var.harness_platform_api_key} ${file("/etc/hostname")} %{ if true }x%{ endif } $${ %%{ ${{ p }}';

function platform(): HarnessPlatformStack {
  return new HarnessPlatformStack(Testing.app(), 'team', {
    orgId: 'default',
    projectId: 'payments',
    accountId: 'ACC',
    github: { owner: 'acme' },
  });
}

function model(id = 'deploy', input?: WorkflowInput): Pipeline {
  return new Pipeline({ identifier: id, name: `Deploy ${id}`, variables: input ? [input] : [], tags: {} }).addStage(
    new CustomStage({
      identifier: 'main',
      description: 'Main',
      tags: {},
      steps: [new RunStep({ identifier: 'go', command: input ? `deploy ${input}` : 'deploy', shell: Shell.BASH, timeout: '5m' })],
    }),
  );
}

function resources(s: HarnessPlatformStack, type: string): Record<string, any>[] {
  return Object.values(JSON.parse(Testing.synth(s, true)).resource[type] ?? {});
}

describe('HarnessPipeline stored in Git', () => {
  test('remote: the YAML goes to Harness with git_details, which commits it to the repository', () => {
    const s = platform();
    const hp = new HarnessPipeline(s, 'deploy', {
      pipeline: model(),
      storage: GitStorage.remote({
        connectorRef: 'account.github',
        repoName: 'pipelines',
        branch: 'main',
        commitMessage: 'Deploy pipeline',
      }),
    });
    const [r] = resources(s, 'harness_platform_pipeline');
    expect(r).toMatchObject({
      identifier: 'deploy',
      org_id: 'default',
      project_id: 'payments',
      git_details: {
        store_type: 'REMOTE',
        connector_ref: 'account.github',
        repo_name: 'pipelines',
        branch_name: 'main',
        file_path: '.harness/pipelines/default/payments/deploy.yaml',
        commit_message: 'Deploy pipeline',
      },
    });
    expect(r.git_details.base_branch).toBeUndefined();
    expect(r.yaml).toContain('identifier: deploy');
    expect(hp.remotePipeline).toEqual({ connectorRef: 'account.github', repoName: 'pipelines', branch: 'main' });
    expect(hp.triggerUrl({ accountId: 'ACC' })).toBe(
      'https://app.harness.io/ng/account/ACC/module/idp/orgs/default/projects/payments/pipelines/deploy/pipeline-studio/?storeType=REMOTE&connectorRef=account.github&repoName=pipelines&branch=main',
    );
    expect(() => hp.triggerUrl({ accountId: 'ACC', remote: { repoName: 'other', branch: 'main' } })).toThrow(
      "team/deploy: remote.repoName: 'other' differs from the pipeline's storage, which says 'pipelines'. Fix: leave remote out: the URL takes repository and branch from the pipeline's storage",
    );
  });

  test('gitOps: the YAML is committed with the GitHub provider (in order) and the pipeline is imported from it', () => {
    const s = platform();
    const storage = () => GitStorage.gitOps({ repository: 'platform-gitops', connectorRef: 'account.github_gitops' });
    const first = new HarnessPipeline(s, 'first', { pipeline: model('first'), storage: storage() });
    new HarnessPipeline(s, 'second', { pipeline: model('second'), storage: storage() });
    const json = JSON.parse(Testing.synth(s, true));
    const files = json.resource.github_repository_file as Record<string, Record<string, any>>;
    const [firstKey, secondKey] = ['first', 'second'].map(
      (id) => Object.keys(files).find((k) => files[k].file === `.harness/pipelines/default/payments/${id}.yaml`)!,
    );
    expect(files[firstKey]).toMatchObject({
      repository: 'platform-gitops',
      branch: 'main',
      commit_message: 'Update Harness pipeline first (managed by cdktf)',
      overwrite_on_create: true,
    });
    expect(files[secondKey].depends_on).toEqual([`github_repository_file.${firstKey}`]);
    const pipelines = Object.values(json.resource.harness_platform_pipeline) as Record<string, any>[];
    const imported = pipelines.find((p) => p.identifier === 'first')!;
    expect(imported).toMatchObject({
      import_from_git: true,
      git_import_info: {
        connector_ref: 'account.github_gitops',
        repo_name: 'platform-gitops',
        branch_name: 'main',
        file_path: '.harness/pipelines/default/payments/first.yaml',
      },
      pipeline_import_request: { pipeline_name: 'Deploy first' },
      depends_on: [`github_repository_file.${firstKey}`],
    });
    expect(imported.yaml).toBeUndefined();
    expect(first.repositoryFile).toBeDefined();
    const docs = synthDocuments(s);
    expect(Object.keys(docs)).toEqual([
      'team/diagrams/first.md',
      'team/diagrams/second.md',
      'team/pipelines/first.yaml',
      'team/pipelines/second.yaml',
    ]);
    expect(docs['team/pipelines/first.yaml']).toBe(first.renderYaml());
  });

  test('SelfServiceWorkflow: the trigger URL names the repository and branch of the storage', () => {
    const s = platform();
    const who = WorkflowInput.string('who', { title: 'Who' });
    const ssw = new SelfServiceWorkflow(s, 'deploy', {
      pipeline: model('deploy', who),
      storage: GitStorage.gitOps({ repository: 'platform-gitops', branch: 'pipelines', connectorRef: 'account.github_gitops' }),
      registration: WorkflowRegistration.gitOps({
        repository: 'platform-gitops',
        branch: 'pipelines',
        connectorRef: 'account.github_gitops',
      }),
      workflow: { type: 'operations', pages: [new FormPage({ title: 'Who', inputs: [who] })] },
    });
    const docs = synthDocuments(s);
    expect(docs['team/workflows/deploy.yaml']).toContain(
      'url: https://app.harness.io/ng/account/ACC/module/idp/orgs/default/projects/payments/pipelines/deploy/pipeline-studio/?storeType=REMOTE&connectorRef=account.github_gitops&repoName=platform-gitops&branch=pipelines\n',
    );
    expect(ssw.trigger.url.storeType).toBe('REMOTE');
    // The workflow file and the pipeline file go to the same repository and branch: one commit after the other.
    const files = JSON.parse(Testing.synth(s, true)).resource.github_repository_file as Record<string, Record<string, any>>;
    const pipelineFile = Object.keys(files).find((k) => files[k].file.startsWith('.harness/'))!;
    const workflowFile = Object.keys(files).find((k) => files[k].file.startsWith('workflows/'))!;
    expect(files[workflowFile].depends_on).toContain(`github_repository_file.${pipelineFile}`);
  });

  test('SelfServiceWorkflow: a remote location must agree with the storage, and needs one', () => {
    const who = WorkflowInput.string('who', { title: 'Who' });
    const props = (extra: object) => ({
      pipeline: model('deploy', who),
      workflow: { type: 'operations', pages: [new FormPage({ title: 'Who', inputs: [who] })], ...extra },
    });
    expect(() => new SelfServiceWorkflow(platform(), 'w', props({ remotePipeline: { repoName: 'pipelines', branch: 'main' } }))).toThrow(
      'team/w: workflow.remotePipeline: the trigger URL would say the pipeline is stored in Git (storeType=REMOTE), but this construct stores it in Harness (inline). Fix: set storage: GitStorage.remote({...}) or GitStorage.gitOps({...}), or leave remotePipeline out',
    );
    const storage = GitStorage.remote({ connectorRef: 'account.github', repoName: 'pipelines', branch: 'main' });
    expect(
      () => new SelfServiceWorkflow(platform(), 'w', { ...props({ remotePipeline: { repoName: 'pipelines', branch: 'dev' } }), storage }),
    ).toThrow(
      "team/w: workflow.remotePipeline.branch: 'dev' differs from the pipeline's storage, which says 'main'. Fix: leave workflow.remotePipeline out: the URL takes repository and branch from the pipeline's storage",
    );
  });

  test('two pipelines stored in one file, or a pipeline and a workflow, fail the synth naming both', () => {
    const s = platform();
    const storage = () =>
      GitStorage.remote({ connectorRef: 'account.github', repoName: 'platform-gitops', branch: 'main', filePath: 'x.yaml' });
    new HarnessPipeline(s, 'a', { pipeline: model('a'), storage: storage() });
    new HarnessPipeline(s, 'b', { pipeline: model('b'), storage: storage() });
    expect(() => Testing.synth(s, true)).toThrow(
      "team/b: identifier: GitOps file 'platform-gitops@main:x.yaml' in the account is also created by team/a; the second would overwrite the first. Fix: give one of them another filePath or branch, or store it in another repository",
    );
    const t = platform();
    const path = 'workflows/default/payments/w.yaml';
    new HarnessPipeline(t, 'p', {
      pipeline: model('p'),
      storage: GitStorage.gitOps({ repository: 'gitops', connectorRef: 'gh', filePath: path }),
    });
    const who = WorkflowInput.string('who', { title: 'Who' });
    new SelfServiceWorkflow(t, 'w', {
      pipeline: model('w', who),
      registration: WorkflowRegistration.gitOps({ repository: 'gitops', connectorRef: 'gh' }),
      workflow: { type: 'operations', pages: [new FormPage({ title: 'Who', inputs: [who] })] },
    });
    expect(() => Testing.synth(t, true)).toThrow(
      `team/w/workflow: identifier: GitOps file 'gitops@main:${path}' in the account is also created by team/p; the second would overwrite the first. Fix: give one of them another filePath or branch, or register it in another repository`,
    );
  });

  test('Terraform evaluates every new attribute to the text given', () => {
    const s = platform();
    new HarnessPipeline(s, 'remote', {
      pipeline: model('remote'),
      storage: GitStorage.remote({
        connectorRef: 'account.gh',
        repoName: 'repo_${x}',
        branch: 'feature/${x}',
        baseBranch: 'main',
        filePath: 'pipes/${x}/%{y}.yaml',
        commitMessage: HOSTILE,
      }),
    });
    new HarnessPipeline(s, 'gitops', {
      pipeline: model('gitops'),
      storage: GitStorage.gitOps({ repository: 'gitops', connectorRef: 'account.gh', filePath: 'p/${x}.yaml', commitMessage: HOSTILE }),
    });
    const json = JSON.parse(Testing.synth(s, true));
    const pipelines = Object.values(json.resource.harness_platform_pipeline) as Record<string, any>[];
    const remote = pipelines.find((p) => p.identifier === 'remote')!.git_details;
    const imported = pipelines.find((p) => p.identifier === 'gitops')!;
    const file = Object.values(json.resource.github_repository_file)[0] as Record<string, string>;
    expect(
      evaluateWithTerraform({
        repo: remote.repo_name,
        branch: remote.branch_name,
        base: remote.base_branch,
        path: remote.file_path,
        message: remote.commit_message,
        import_path: imported.git_import_info.file_path,
        import_name: imported.pipeline_import_request.pipeline_name,
        file: file.file,
        file_message: file.commit_message,
      }),
    ).toEqual({
      repo: 'repo_${x}',
      branch: 'feature/${x}',
      base: 'main',
      path: 'pipes/${x}/%{y}.yaml',
      message: HOSTILE,
      import_path: 'p/${x}.yaml',
      import_name: 'Deploy gitops',
      file: 'p/${x}.yaml',
      file_message: HOSTILE,
    });
  });
});
