import 'cdktf/lib/testing/adapters/jest';
import { TerraformStack, Testing } from 'cdktf';
import { PlatformTemplate } from '../../.gen/providers/harness/platform-template';
import { GitStorage } from '../../src/constructs/git-storage';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { PipelineTemplate } from '../../src/constructs/pipeline-template';
import { SelfServiceWorkflow } from '../../src/constructs/self-service-workflow';
import { StageTemplate } from '../../src/constructs/stage-template';
import { StepTemplate } from '../../src/constructs/step-template';
import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { ShellScriptStep } from '../../src/pipeline/steps/custom/shell-script';
import { TemplateScope } from '../../src/pipeline/template-definition';
import { PipelineVariable } from '../../src/pipeline/variable';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { synthDocuments } from '../../src/testing/synth-documents';
import { FormPage } from '../../src/workflow/form-page';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { stackToHcl } from '../../src/terraform/hcl-export';
import { terraformFmtCheck } from '../support/hcl';
import { evaluateWithTerraform, yamlAttributes } from '../support/terraform';

Testing.setupJest();

function platform(): HarnessPlatformStack {
  return new HarnessPlatformStack(Testing.app(), 'team', {
    orgId: 'default',
    projectId: 'payments',
    accountId: 'ACC',
    github: { owner: 'acme' },
  });
}

function notifyStep(): ShellScriptStep {
  return new ShellScriptStep({ identifier: 'notify', script: RuntimeInput.create(), timeout: '2m', onDelegate: true });
}

function releaseStage(): CustomStage {
  return new CustomStage({
    identifier: 'release',
    description: 'Tag and push',
    tags: { owner: 'platform' },
    steps: [
      new RunStep({ identifier: 'tag', command: RuntimeInput.create(), shell: Shell.BASH, timeout: '5m' }),
      new RunStep({ identifier: 'push', command: 'git push --tags', shell: Shell.BASH, timeout: '5m' }),
    ],
  });
}

function goldenPipeline(env: WorkflowInput): Pipeline {
  return new Pipeline({ identifier: 'golden', variables: [env] }).addStage(
    new CustomStage({
      identifier: 'deploy',
      description: 'Deploy',
      tags: {},
      steps: [new RunStep({ identifier: 'go', command: `deploy to ${env}`, shell: Shell.BASH, timeout: '10m' })],
    }),
  );
}

function templates(s: HarnessPlatformStack): Record<string, Record<string, unknown>> {
  const all = JSON.parse(Testing.synth(s, true)).resource.harness_platform_template as Record<string, Record<string, unknown>>;
  return Object.fromEntries(Object.values(all).map((r) => [`${r.identifier}@${r.version}`, r]));
}

describe('StepTemplate, StageTemplate, PipelineTemplate', () => {
  test('each creates harness_platform_template with scope, version, stability and comments', () => {
    const s = platform();
    new StepTemplate(s, 'notify', { identifier: 'notify', versionLabel: 'v1', isStable: true, comments: 'first', step: notifyStep() });
    new StageTemplate(s, 'release', {
      identifier: 'release',
      name: 'Release',
      versionLabel: '1.0.0',
      scope: TemplateScope.ORG,
      stage: releaseStage(),
    });
    const env = WorkflowInput.string('env', { title: 'Environment', default: 'dev' });
    new PipelineTemplate(s, 'golden', {
      identifier: 'golden',
      versionLabel: 'v3',
      scope: TemplateScope.ACCOUNT,
      pipeline: goldenPipeline(env),
    });
    const t = templates(s);
    expect(t['notify@v1']).toMatchObject({
      identifier: 'notify',
      name: 'notify',
      version: 'v1',
      org_id: 'default',
      project_id: 'payments',
      is_stable: true,
      comments: 'first',
    });
    expect(t['release@1.0.0']).toMatchObject({ identifier: 'release', name: 'Release', version: '1.0.0', org_id: 'default' });
    expect(t['release@1.0.0'].project_id).toBeUndefined();
    expect(t['golden@v3']).toMatchObject({ identifier: 'golden', version: 'v3' });
    expect([t['golden@v3'].org_id, t['golden@v3'].project_id, t['golden@v3'].is_stable]).toEqual([undefined, undefined, undefined]);
  });

  test('YAML snapshots, one per template kind (canonical YAML: the provider compares template YAML as text)', () => {
    const s = platform();
    const step = new StepTemplate(s, 'notify', {
      identifier: 'notify',
      versionLabel: 'v1',
      description: 'Posts a message',
      step: notifyStep(),
    });
    new StageTemplate(s, 'release', {
      identifier: 'release',
      versionLabel: '1.0.0',
      scope: TemplateScope.ORG,
      tags: { kind: 'release' },
      stage: releaseStage(),
    });
    const env = WorkflowInput.string('env', { title: 'Environment', default: 'dev' });
    new PipelineTemplate(s, 'golden', {
      identifier: 'golden',
      versionLabel: 'v3',
      scope: TemplateScope.ACCOUNT,
      pipeline: goldenPipeline(env),
    });
    const docs = synthDocuments(s);
    expect(Object.keys(docs)).toEqual([
      'team/templates/golden_v3.yaml',
      'team/templates/notify_v1.yaml',
      'team/templates/release_1.0.0.yaml',
    ]);
    expect(docs['team/templates/notify_v1.yaml']).toBe(step.renderYaml());
    expect(docs['team/templates/notify_v1.yaml']).toMatchSnapshot('step template');
    expect(docs['team/templates/release_1.0.0.yaml']).toMatchSnapshot('stage template');
    expect(docs['team/templates/golden_v3.yaml']).toMatchSnapshot('pipeline template');
  });

  test('a pipeline that uses templates of the app depends on them and renders their references', () => {
    const s = platform();
    const notify = new StepTemplate(s, 'notify', { identifier: 'notify', versionLabel: 'v1', step: notifyStep() });
    const release = new StageTemplate(s, 'release', {
      identifier: 'release',
      versionLabel: '1.0.0',
      scope: TemplateScope.ORG,
      stage: releaseStage(),
    });
    const version = PipelineVariable.string('version');
    const p = new Pipeline({ identifier: 'ship', variables: [version] })
      .addStage(release.use({ identifier: 'release', inputs: { 'spec.execution.steps.tag.spec.command': `git tag ${version}` } }))
      .addStage(
        new CustomStage({
          identifier: 'tell',
          description: 'Tell',
          tags: {},
          steps: [notify.use({ identifier: 'tell', inputs: { 'spec.source.spec.script': 'echo done' } })],
        }),
      );
    new HarnessPipeline(s, 'ship', { pipeline: p });
    const json = JSON.parse(Testing.synth(s, true));
    const pipeline = Object.values(json.resource.harness_platform_pipeline)[0] as Record<string, any>;
    const keys = Object.keys(json.resource.harness_platform_template);
    expect([...pipeline.depends_on].sort()).toEqual(keys.map((k) => `harness_platform_template.${k}`).sort());
    const yaml = synthDocuments(s)['team/pipelines/ship.yaml'];
    expect(yaml).toContain('templateRef: org.release\n');
    expect(yaml).toContain('templateRef: notify\n');
    expect(p).toBeValidHarnessPipeline();
  });

  test('the HCL export writes the dependency on the template as Terraform expects it', () => {
    const s = platform();
    const notify = new StepTemplate(s, 'notify', { identifier: 'notify', versionLabel: 'v1', step: notifyStep() });
    const p = new Pipeline({ identifier: 'ship' }).addStage(
      new CustomStage({ identifier: 's', steps: [notify.use({ identifier: 'tell' })] }),
    );
    new HarnessPipeline(s, 'ship', { pipeline: p });
    const key = Object.keys(JSON.parse(Testing.synth(s, true)).resource.harness_platform_template)[0];
    const hcl = stackToHcl(s);
    expect(hcl).toContain(`\n  depends_on = [\n    harness_platform_template.${key},\n  ]\n}\n`);
    expect(terraformFmtCheck({ main: hcl })).toBe('');
  });

  test('a template that uses another template of the app depends on it; a workflow triggers a pipeline-template pipeline', () => {
    const s = platform();
    const notify = new StepTemplate(s, 'notify', {
      identifier: 'notify',
      versionLabel: 'v1',
      scope: TemplateScope.ACCOUNT,
      step: notifyStep(),
    });
    const env = WorkflowInput.string('env', { title: 'Environment', default: 'dev' });
    const model = goldenPipeline(env);
    model.stage('deploy').addStep(notify.use({ identifier: 'tell', inputs: { 'spec.source.spec.script': `echo ${env}` } }));
    const golden = new PipelineTemplate(s, 'golden', {
      identifier: 'golden',
      versionLabel: 'v3',
      scope: TemplateScope.ACCOUNT,
      pipeline: model,
    });
    new SelfServiceWorkflow(s, 'deploy', {
      pipeline: golden.use({ identifier: 'deploy', name: 'Deploy' }),
      workflow: { type: 'operations', pages: [new FormPage({ title: 'Where', inputs: [env] })], fullyQualifiedKeys: true },
    });
    const json = JSON.parse(Testing.synth(s, true));
    const byId = (type: string, id: string): [string, Record<string, any>] =>
      Object.entries(json.resource[type] as Record<string, Record<string, any>>).find(([, r]) => r.identifier === id)!;
    const [notifyKey] = byId('harness_platform_template', 'notify');
    const [goldenKey, goldenRes] = byId('harness_platform_template', 'golden');
    expect(goldenRes.depends_on).toEqual([`harness_platform_template.${notifyKey}`]);
    expect(byId('harness_platform_pipeline', 'deploy')[1].depends_on).toEqual([`harness_platform_template.${goldenKey}`]);
    const docs = synthDocuments(s);
    expect(docs['team/workflows/deploy.yaml']).toContain('pipeline.variables.env: ${{ parameters.env }}');
    expect(docs['team/pipelines/deploy.yaml']).toBe(
      [
        'pipeline:',
        '  name: Deploy',
        '  identifier: deploy',
        '  projectIdentifier: payments',
        '  orgIdentifier: default',
        '  template:',
        '    templateRef: account.golden',
        '    versionLabel: v3',
        '    templateInputs:',
        '      variables:',
        '        - name: env',
        '          type: String',
        '          value: <+input>.default(dev)',
        '',
      ].join('\n'),
    );
  });

  test('a project template used from another project is a problem', () => {
    const s = platform();
    const notify = new StepTemplate(s, 'notify', { identifier: 'notify', versionLabel: 'v1', step: notifyStep() });
    const orgWide = new StepTemplate(s, 'org_notify', {
      identifier: 'org_notify',
      versionLabel: 'v1',
      scope: TemplateScope.ORG,
      orgId: 'other',
      step: notifyStep(),
    });
    const p = new Pipeline({ identifier: 'elsewhere' }).addStage(
      new CustomStage({ identifier: 's', steps: [notify.use({ identifier: 'a' }), orgWide.use({ identifier: 'b' })] }),
    );
    new HarnessPipeline(s, 'elsewhere', { pipeline: p, projectId: 'checkout' });
    expect(() => Testing.synth(s, true)).toThrow(
      [
        '2 problems:',
        "  - team/elsewhere: pipeline 'elsewhere' > stage 's' > step 'a': template: template 'notify@v1' is a project template of default/payments, which an entity in default/checkout cannot reference. Fix: create the template in default/checkout, or at a wider scope (TemplateScope.ORG or TemplateScope.ACCOUNT)",
        "  - team/elsewhere: pipeline 'elsewhere' > stage 's' > step 'b': template: template 'org_notify@v1' is an org template of other, which an entity in default/checkout cannot reference. Fix: create the template in default/checkout, or at a wider scope (TemplateScope.ORG or TemplateScope.ACCOUNT)",
      ].join('\n'),
    );
  });

  test('identity: one construct per template version, one stable version per template', () => {
    const s = platform();
    new StepTemplate(s, 'v1', { identifier: 'notify', versionLabel: 'v1', isStable: true, step: notifyStep() });
    new StepTemplate(s, 'v2', { identifier: 'notify', versionLabel: 'v2', step: notifyStep() });
    new StepTemplate(s, 'v1_again', { identifier: 'notify', versionLabel: 'v1', step: notifyStep() });
    new StepTemplate(s, 'v3', { identifier: 'notify', versionLabel: 'v3', isStable: true, step: notifyStep() });
    new StepTemplate(s, 'elsewhere', { identifier: 'notify', versionLabel: 'v1', projectId: 'checkout', step: notifyStep() });
    expect(() => Testing.synth(s, true)).toThrow(
      [
        '2 problems:',
        "  - team/v1_again: identifier: template 'notify@v1' in org 'default' / project 'payments' is also created by team/v1; the second would overwrite the first. Fix: give one of them another identifier or versionLabel, or create it in another scope",
        "  - team/v3: identifier: stable version of template 'notify' in org 'default' / project 'payments' is also created by team/v1; the second would overwrite the first. Fix: mark one version of the template stable (isStable: true), not two",
      ].join('\n'),
    );
  });

  test('scope: org and account templates take no project (and no org); a project or org template needs its scope', () => {
    const s = platform();
    expect(
      () => new StepTemplate(s, 'a', { identifier: 'a', versionLabel: 'v1', scope: TemplateScope.ORG, projectId: 'p', step: notifyStep() }),
    ).toThrow('team/a: projectId: projectId is set on an org template. Fix: leave projectId out, or use a wider scope');
    expect(
      () => new StepTemplate(s, 'b', { identifier: 'b', versionLabel: 'v1', scope: TemplateScope.ACCOUNT, orgId: 'o', step: notifyStep() }),
    ).toThrow('team/b: orgId: orgId is set on an account template. Fix: leave orgId out, or use a wider scope');
    const bare = new TerraformStack(Testing.app(), 'bare');
    expect(() => new StepTemplate(bare, 'c', { identifier: 'c', versionLabel: 'v1', step: notifyStep() })).toThrow(
      'bare/c: orgId: a project template needs its organization. Fix: pass orgId (and projectId), create the template inside a HarnessPlatformStack, or use TemplateScope.ACCOUNT',
    );
    expect(() => new StepTemplate(bare, 'd', { identifier: 'd', versionLabel: 'v1', orgId: 'o', step: notifyStep() })).toThrow(
      'bare/d: projectId: a project template needs its project. Fix: pass orgId (and projectId), create the template inside a HarnessPlatformStack, or use TemplateScope.ACCOUNT',
    );
  });

  test('stored in Git: remote (git_details) or committed and imported (git_import_details, template_import_request)', () => {
    const s = platform();
    new StepTemplate(s, 'remote', {
      identifier: 'remote',
      versionLabel: 'v1',
      step: notifyStep(),
      storage: GitStorage.remote({ connectorRef: 'account.github', repoName: 'templates', branch: 'main', baseBranch: 'develop' }),
    });
    const imported = new StepTemplate(s, 'imported', {
      identifier: 'imported',
      versionLabel: 'v2',
      description: 'From Git',
      step: notifyStep(),
      storage: GitStorage.gitOps({ repository: 'platform-gitops', connectorRef: 'account.github_gitops' }),
    });
    const t = templates(s);
    expect(t['remote@v1']).toMatchObject({
      git_details: {
        store_type: 'REMOTE',
        connector_ref: 'account.github',
        repo_name: 'templates',
        branch_name: 'main',
        base_branch: 'develop',
        file_path: '.harness/templates/default/payments/remote_v1.yaml',
      },
    });
    expect(t['remote@v1'].template_yaml).toContain('identifier: remote');
    expect(t['imported@v2']).toMatchObject({
      import_from_git: true,
      git_import_details: {
        connector_ref: 'account.github_gitops',
        repo_name: 'platform-gitops',
        branch_name: 'main',
        file_path: '.harness/templates/default/payments/imported_v2.yaml',
      },
      template_import_request: { template_name: 'imported', template_version: 'v2', template_description: 'From Git' },
    });
    expect(t['imported@v2'].template_yaml).toBeUndefined();
    expect(synthDocuments(s)['team/templates/imported_v2.yaml']).toBe(imported.renderYaml());
  });

  test('Terraform evaluates the template YAML and every attribute to the text given', () => {
    const s = platform();
    const hostile = 'Deploy ${var.x} %{ if true }y%{ endif } ${{ p }}';
    new StepTemplate(s, 'notify', {
      identifier: 'notify',
      versionLabel: 'v1.${x}',
      name: 'Notify team',
      comments: hostile,
      step: new ShellScriptStep({ identifier: 'n', script: 'echo "${HOME}" %{x} ${{ parameters.y }}', timeout: '1m' }),
      storage: GitStorage.remote({ connectorRef: 'account.gh', repoName: 'r', branch: 'main', commitMessage: hostile }),
    });
    const json = JSON.parse(Testing.synth(s, true));
    const r = Object.values(json.resource.harness_platform_template)[0] as Record<string, any>;
    const attrs = yamlAttributes(Testing.synth(s, true));
    const evaluated = evaluateWithTerraform({
      yaml: Object.values(attrs)[0],
      version: r.version,
      comments: r.comments,
      message: r.git_details.commit_message,
      path: r.git_details.file_path,
    });
    expect(Object.keys(attrs)).toEqual([expect.stringMatching(/^harness_platform_template\..*\.template_yaml$/)]);
    expect(evaluated.yaml).toContain('      script: echo "${HOME}" %{x} ${{ parameters.y }}\n');
    expect(evaluated.yaml).toContain('  versionLabel: v1.${x}\n');
    expect([evaluated.version, evaluated.comments, evaluated.message, evaluated.path]).toEqual([
      'v1.${x}',
      hostile,
      hostile,
      '.harness/templates/default/payments/notify_v1.${x}.yaml',
    ]);
    expect(Testing.synth(s, true)).toHaveResourceWithProperties(PlatformTemplate, { identifier: 'notify' });
  });
});
