import { type App, Testing } from 'cdktf';
import { PlatformProject } from '../../../.gen/providers/harness/platform-project';
import { HarnessPipeline } from '../../../src/constructs/harness-pipeline';
import { ApprovalGate } from '../../../src/constructs/patterns/blocks/approval-gate';
import { K8sScale } from '../../../src/constructs/patterns/k8s-scale';
import { SelfServiceWorkflow } from '../../../src/constructs/self-service-workflow';
import { WorkflowRegistration } from '../../../src/constructs/workflow-registration';
import { ValidationError } from '../../../src/core/errors';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { HarnessPlatformStack } from '../../../src/stacks/harness-platform-stack';
import { FormPage } from '../../../src/workflow/form-page';
import { WorkflowInput } from '../../../src/workflow/workflow-input';

const sre = () => ApprovalGate.required({ userGroups: ['account.sre_approvers'] });

function team(app: App, id: string, projectId = 'shared', github = false): HarnessPlatformStack {
  return new HarnessPlatformStack(app, id, {
    orgId: 'default',
    projectId,
    accountId: 'acc',
    github: github ? { owner: 'acme' } : undefined,
  });
}

function problemsOf(fn: () => void): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.problems.map((p) => `${p.construct}: ${p.field}: ${p.problem}. Fix: ${p.fix}`);
    throw e;
  }
  return [];
}

function greeter(scope: HarnessPlatformStack, id: string, registration?: WorkflowRegistration, identifier = 'greeter'): void {
  const who = WorkflowInput.string('who', { title: 'Who' });
  const pipeline = new Pipeline({ identifier, variables: [who] }).addStage(
    new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'r', command: `echo ${who}` })] }),
  );
  new SelfServiceWorkflow(scope, id, {
    pipeline,
    workflow: { type: 'operations', pages: [new FormPage({ title: 'Who', inputs: [who] })] },
    registration,
  });
}

describe('app-wide identity', () => {
  test('two K8sScale in one project claim the same pipeline and workflow: the synth fails naming both paths', () => {
    const app = Testing.app();
    const s = team(app, 'payments');
    new K8sScale(s, 'scale', { approval: sre() });
    new K8sScale(s, 'scale_again', { approval: sre() });
    expect(problemsOf(() => app.synth())).toEqual([
      "payments/scale_again/Resource/pipeline: identifier: pipeline 'idp_k8s_scale' in org 'default' / project 'shared' is also created by payments/scale/Resource/pipeline; the second would overwrite the first. Fix: give one of them another identifier (a pattern's identifier prop, or the Pipeline's), or create it in another project",
      "payments/scale_again/Resource/workflow: identifier: workflow 'idp_k8s_scale' in org 'default' / project 'shared' is also created by payments/scale/Resource/workflow; the second would overwrite the first. Fix: give one of them another identifier (a pattern's identifier prop, or the workflow's), or register it in another project",
    ]);
  });

  test('two teams in a shared project collide across stacks, and an identifier prop or another project separates them', () => {
    const clash = Testing.app();
    new K8sScale(team(clash, 'a'), 'scale', { approval: sre() });
    new K8sScale(team(clash, 'b'), 'scale', { approval: sre() });
    expect(problemsOf(() => clash.synth())).toHaveLength(2);

    const apart = Testing.app();
    new K8sScale(team(apart, 'a'), 'scale', { approval: sre() });
    new K8sScale(team(apart, 'b'), 'scale', { approval: sre(), identifier: 'team_b_scale' });
    new K8sScale(team(apart, 'c', 'other_project'), 'scale', { approval: sre() });
    expect(problemsOf(() => apart.synth())).toEqual([]);
  });

  test('pipelines in a project resource are compared by that resource: the same one clashes, two others do not', () => {
    const app = Testing.app();
    const s = team(app, 'p');
    const one = new PlatformProject(s, 'one', { identifier: 'one', name: 'one', orgId: 'default' });
    const two = new PlatformProject(s, 'two', { identifier: 'two', name: 'two', orgId: 'default' });
    const model = (): Pipeline =>
      new Pipeline({ identifier: 'ci' }).addStage(
        new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'r', command: 'x' })] }),
      );
    new HarnessPipeline(s, 'a', { pipeline: model(), project: one });
    new HarnessPipeline(s, 'b', { pipeline: model(), project: two });
    expect(problemsOf(() => app.synth())).toEqual([]);
    new HarnessPipeline(s, 'c', { pipeline: model(), project: one });
    expect(problemsOf(() => app.synth())).toEqual([
      "p/c: identifier: pipeline 'ci' in the project p/one is also created by p/a; the second would overwrite the first. Fix: give one of them another identifier (a pattern's identifier prop, or the Pipeline's), or create it in another project",
    ]);
  });
});

describe('GitOps files', () => {
  const gitOps = (filePath?: string) =>
    WorkflowRegistration.gitOps({ repository: 'platform-gitops', connectorRef: 'account.gh', filePath });

  test('the same workflow in two projects gets a file per project by default', () => {
    const app = Testing.app();
    greeter(team(app, 'a', 'one', true), 'greeter', gitOps());
    greeter(team(app, 'b', 'two', true), 'greeter', gitOps());
    expect(problemsOf(() => app.synth())).toEqual([]);
    const files = ['a', 'b'].map((id) => {
      const json = JSON.parse(Testing.synth(app.node.findChild(id) as HarnessPlatformStack));
      return (Object.values(json.resource.github_repository_file) as Array<{ file: string }>)[0].file;
    });
    expect(files).toEqual(['workflows/default/one/greeter.yaml', 'workflows/default/two/greeter.yaml']);
  });

  test('two workflows committing one file (repository, branch and path) fail the synth naming both', () => {
    const app = Testing.app();
    const s = team(app, 'a', 'one', true);
    greeter(s, 'first', gitOps('workflows/shared.yaml'), 'first');
    greeter(s, 'second', gitOps('workflows/shared.yaml'), 'second');
    expect(problemsOf(() => app.synth())).toEqual([
      "a/second/workflow: identifier: GitOps file 'platform-gitops@main:workflows/shared.yaml' in the account is also created by a/first/workflow; the second would overwrite the first. Fix: give one of them another filePath or branch, or register it in another repository",
    ]);
  });
});

describe('documents agree with their resources after overrides', () => {
  test('an override of the workflow kind or identifier fails the synth', () => {
    const app = Testing.app();
    const s = team(app, 't');
    greeter(s, 'g');
    const workflow = (s.node.findChild('g') as SelfServiceWorkflow).form;
    workflow.addOverride('kind', 'Template').addOverride('identifier', 'renamed');
    expect(problemsOf(() => app.synth())).toEqual([
      "t/g/workflow: kind: the document says 'Template' after overrides, but the resource says 'Workflow'. Fix: remove the override of 'kind' (set it through the construct's props instead)",
      "t/g/workflow: identifier: the document says 'renamed' after overrides, but the resource says 'greeter'. Fix: remove the override of 'identifier' (set it through the construct's props instead)",
    ]);
  });

  test('an override of the pipeline identifier fails the synth', () => {
    const app = Testing.app();
    const s = team(app, 't');
    greeter(s, 'g');
    (s.node.findChild('g') as SelfServiceWorkflow).model.addOverride('identifier', 'other');
    expect(problemsOf(() => app.synth())).toContain(
      "t/g/pipeline: identifier: the document says 'other' after overrides, but the resource says 'greeter'. Fix: remove the override of 'identifier' (set it through the construct's props instead)",
    );
  });
});
