import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GithubProvider } from '@cdktf/provider-github/lib/provider';
import { App, Testing } from 'cdktf';
import { GitStorage } from '../../src/constructs/git-storage';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { SelfServiceWorkflow } from '../../src/constructs/self-service-workflow';
import { WorkflowRegistration } from '../../src/constructs/workflow-registration';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { HarnessPlatformStack, type HarnessPlatformStackProps } from '../../src/stacks/harness-platform-stack';
import { FormPage } from '../../src/workflow/form-page';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { greetPipeline } from '../support/greet-pipeline';

// A file the library commits with the GitHub provider (GitOps registration, GitStorage.gitOps) needs a GitHub
// provider in its stack: without one the synth stops with the library's own message, before any stack is written.

const STACK: HarnessPlatformStackProps = { orgId: 'default', projectId: 'payments', accountId: 'ACC' };

function model(): Pipeline {
  return new Pipeline({ identifier: 'deploy', name: 'Deploy' }).addStage(
    new CustomStage({
      identifier: 'main',
      steps: [new RunStep({ identifier: 'go', command: 'deploy', shell: Shell.BASH, timeout: '5m' })],
    }),
  );
}

function gitOpsWorkflow(stack: HarnessPlatformStack): SelfServiceWorkflow {
  const who = WorkflowInput.string('who', { title: 'Who' });
  const pipeline = greetPipeline(who);
  return new SelfServiceWorkflow(stack, 'greet', {
    pipeline,
    registration: WorkflowRegistration.gitOps({ repository: 'platform-gitops', connectorRef: 'account.github_gitops' }),
    workflow: { name: 'Greet', type: 'service', owner: 'group:account/sre', pages: [new FormPage({ title: 'Greeting', inputs: [who] })] },
  });
}

const NO_PROVIDER_FIX =
  "Fix: set github: { owner: '<organization>' } on the HarnessPlatformStack, add a GithubProvider to the stack, or pass githubProvider";

describe('GitHub provider of committed files', () => {
  test('a GitOps registration in a stack without a GitHub provider fails the synth, and no stack is written', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'github-check-'));
    try {
      const app = new App({ outdir });
      new HarnessPlatformStack(app, 'platform', STACK);
      gitOpsWorkflow(new HarnessPlatformStack(app, 'team', STACK));
      expect(() => app.synth()).toThrow(
        "team/greet/workflow: registration: commits 'platform-gitops@main:workflows/default/payments/greet.yaml' to GitHub, " +
          `but stack 'team' has no GitHub provider. ${NO_PROVIDER_FIX}`,
      );
      expect([existsSync(join(outdir, 'stacks', 'platform')), existsSync(join(outdir, 'stacks', 'team'))]).toEqual([false, false]);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('a pipeline stored with GitStorage.gitOps in a stack without a GitHub provider fails the synth', () => {
    const stack = new HarnessPlatformStack(Testing.app(), 'team', STACK);
    new HarnessPipeline(stack, 'deploy', {
      pipeline: model(),
      storage: GitStorage.gitOps({ repository: 'platform-gitops', connectorRef: 'account.github_gitops' }),
    });
    expect(() => Testing.synth(stack)).toThrow(
      "team/deploy: storage: commits 'platform-gitops@main:.harness/pipelines/default/payments/deploy.yaml' to GitHub, " +
        `but stack 'team' has no GitHub provider. ${NO_PROVIDER_FIX}`,
    );
  });

  test("the stack's github setting, or a GithubProvider of the user's in the stack, satisfies it", () => {
    const withSetting = new HarnessPlatformStack(Testing.app(), 'team', { ...STACK, github: { owner: 'acme' } });
    gitOpsWorkflow(withSetting);
    expect(Object.keys(JSON.parse(Testing.synth(withSetting)).resource.github_repository_file)).toHaveLength(1);

    const withOwn = new HarnessPlatformStack(Testing.app(), 'team', STACK);
    new GithubProvider(withOwn, 'my_github', { owner: 'acme' });
    gitOpsWorkflow(withOwn);
    expect(Object.keys(JSON.parse(Testing.synth(withOwn)).resource.github_repository_file)).toHaveLength(1);
  });
});
