import 'cdktf/lib/testing/adapters/jest';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { PlatformPipeline } from '../../.gen/providers/harness/platform-pipeline';
import { PlatformProject } from '../../.gen/providers/harness/platform-project';
import { HarnessProvider } from '../../.gen/providers/harness/provider';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';
import { synthDocuments } from '../../src/testing/synth-documents';
import { evaluateWithTerraform, yamlAttributes } from '../support/terraform';

Testing.setupJest();

function model(id = 'ops'): Pipeline {
  const target = PipelineVariable.string('target', { description: 'Where to deploy', required: true });
  return new Pipeline({ identifier: id, name: 'Ops pipeline', tags: {}, variables: [target] }).addStage(
    new CustomStage({
      identifier: 'work',
      description: '',
      tags: {},
      steps: [new RunStep({ identifier: 'script', timeout: '10m', shell: Shell.SH, command: `echo "\${HOME} %{x} $\${y}" to ${target}` })],
    }),
  );
}

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'team');
  new HarnessProvider(s, 'harness', {});
  return s;
}

describe('HarnessPipeline', () => {
  test('creates harness_platform_pipeline with identifier, name and scope', () => {
    const s = stack();
    new HarnessPipeline(s, 'ops', { pipeline: model(), orgId: 'default', projectId: 'platform' });
    const synthesized = Testing.synth(s, true);
    expect(synthesized).toHaveResourceWithProperties(PlatformPipeline, {
      identifier: 'ops',
      name: 'Ops pipeline',
      org_id: 'default',
      project_id: 'platform',
    });
  });

  test('renders the YAML lazily, so steps added after construction appear', () => {
    const s = stack();
    const p = model();
    new HarnessPipeline(s, 'ops', { pipeline: p, orgId: 'default', projectId: 'platform' });
    p.stage('work').addStep(new RunStep({ identifier: 'late', command: 'echo late' }));
    const docs = synthDocuments(s);
    expect(docs['team/pipelines/ops.yaml']).toContain('identifier: late');
  });

  test('a second synthesis shows changes made after the first (per-synthesis cache)', () => {
    const s = stack();
    const p = model();
    new HarnessPipeline(s, 'ops', { pipeline: p, orgId: 'default', projectId: 'platform' });
    expect(synthDocuments(s)['team/pipelines/ops.yaml']).not.toContain('identifier: later');
    p.stage('work').addStep(new RunStep({ identifier: 'later', command: 'echo later' }));
    expect(synthDocuments(s)['team/pipelines/ops.yaml']).toContain('identifier: later');
  });

  test('YAML snapshot reads as plain YAML', () => {
    const s = stack();
    new HarnessPipeline(s, 'ops', { pipeline: model(), orgId: 'default', projectId: 'platform' });
    const docs = synthDocuments(s);
    expect(Object.keys(docs)).toEqual(['team/diagrams/ops.md', 'team/pipelines/ops.yaml']);
    expect(docs['team/pipelines/ops.yaml']).toMatchSnapshot();
  });

  test('takes org and project from a PlatformProject resource as references', () => {
    const s = stack();
    const project = new PlatformProject(s, 'project', { identifier: 'platform', name: 'Platform', orgId: 'default' });
    const hp = new HarnessPipeline(s, 'ops', { pipeline: model(), project });
    const json = JSON.parse(Testing.synth(s, true));
    const r = Object.values(json.resource.harness_platform_pipeline)[0] as Record<string, string>;
    expect(r.org_id).toBe('${harness_platform_project.project.org_id}');
    expect(r.project_id).toBe('${harness_platform_project.project.identifier}');
    // A whole field that is a reference is written through jsonencode() (docs/yaml.md).
    expect(r.yaml).toContain('projectIdentifier: ${jsonencode(harness_platform_project.project.identifier)}');
    expect(r.yaml).toContain('orgIdentifier: ${jsonencode(harness_platform_project.project.org_id)}');
    expect(hp.pipelineId).toBe('ops');
  });

  test('exposes the identifier and the IDP trigger URL (INLINE and REMOTE)', () => {
    const s = stack();
    const hp = new HarnessPipeline(s, 'ops', { pipeline: model(), orgId: 'default', projectId: 'platform' });
    expect(hp.pipelineId).toBe('ops');
    expect(hp.triggerUrl({ accountId: 'ACC' })).toBe(
      'https://app.harness.io/ng/account/ACC/module/idp/orgs/default/projects/platform/pipelines/ops/pipeline-studio/?storeType=INLINE',
    );
    expect(
      hp.triggerUrl({
        accountId: 'ACC',
        baseUrl: 'https://harness.example.com',
        remote: { connectorRef: 'account.gh', repoName: 'pipelines', branch: 'main' },
      }),
    ).toBe(
      'https://harness.example.com/ng/account/ACC/module/idp/orgs/default/projects/platform/pipelines/ops/pipeline-studio/?storeType=REMOTE&connectorRef=account.gh&repoName=pipelines&branch=main',
    );
  });

  test('rejects project together with orgId/projectId', () => {
    const s = stack();
    const project = new PlatformProject(s, 'project', { identifier: 'platform', name: 'Platform', orgId: 'default' });
    expect(() => new HarnessPipeline(s, 'ops', { pipeline: model(), project, orgId: 'x' })).toThrow(
      /team\/ops: project: both project and orgId\/projectId are set\. Fix: pass either a project resource or literal orgId\/projectId/,
    );
  });

  test("rejects an orgId/projectId that differs from the model's own, which the YAML keeps", () => {
    const scoped = () =>
      new Pipeline({ identifier: 'ops', name: 'Ops', orgIdentifier: 'default', projectIdentifier: 'platform' }).addStage(
        new CustomStage({ identifier: 'work', steps: [new RunStep({ identifier: 'script', command: 'true' })] }),
      );
    expect(() => new HarnessPipeline(stack(), 'ops', { pipeline: scoped(), orgId: 'other' })).toThrow(
      /^team\/ops: orgId: 'other' differs from the pipeline model's orgIdentifier 'default', which the YAML keeps\. Fix: leave orgId out \(the model's orgIdentifier is used\), or remove orgIdentifier from the Pipeline model$/,
    );
    expect(() => new HarnessPipeline(stack(), 'ops', { pipeline: scoped(), projectId: 'other' })).toThrow(
      /^team\/ops: projectId: 'other' differs from the pipeline model's projectIdentifier 'platform'/,
    );
    const same = new HarnessPipeline(stack(), 'ops', { pipeline: scoped(), orgId: 'default', projectId: 'platform' });
    expect(same.orgId).toBe('default');
  });

  test('rejects a pipeline without scope', () => {
    expect(() => new HarnessPipeline(stack(), 'ops', { pipeline: model() })).toThrow(
      'team/ops: projectId: the pipeline has no organization/project. Fix: pass project, or orgId and projectId, set them on the Pipeline model, or create the pipeline inside a HarnessPlatformStack',
    );
  });

  test('a model problem fails the synth with the construct path', () => {
    const s = stack();
    const p = new Pipeline({ identifier: 'broken' }).addStage(
      new CustomStage({
        identifier: 'c',
        steps: [new RunStep({ identifier: 'r', command: `echo ${PipelineVariable.string('undeclared')}` })],
      }),
    );
    new HarnessPipeline(s, 'broken', { pipeline: p, orgId: 'default', projectId: 'platform' });
    expect(() => Testing.synth(s, true)).toThrow(
      /^team\/broken: pipeline 'broken' > stage 'c' > step 'r': spec.command: references <\+pipeline\.variables\.undeclared>, which pipeline 'broken' does not declare/,
    );
  });

  test('Terraform evaluates the synthesized yaml to exactly the YAML the model renders', () => {
    const s = stack();
    const project = new TerraformVariable(s, 'project_id', { type: 'string' });
    const hp = new HarnessPipeline(s, 'ops', { pipeline: model(), orgId: 'default', projectId: project.stringValue });
    const attrs = yamlAttributes(Testing.synth(s, true));
    const evaluated = evaluateWithTerraform(attrs, { project_id: 'platform' });
    // The model's YAML, but the project id that Terraform filled in is the JSON string jsonencode() made of it.
    const expected = model()
      .toYaml({ orgIdentifier: 'default', projectIdentifier: 'platform' })
      .replace('\n  projectIdentifier: platform\n', '\n  projectIdentifier: "platform"\n');
    expect(expected).toContain('projectIdentifier: "platform"');
    expect(Object.keys(evaluated)).toHaveLength(1);
    expect(Object.values(evaluated)[0]).toBe(expected);
    expect(expected).toContain('echo "${HOME} %{x} $${y}" to <+pipeline.variables.target>');
    expect(hp.renderYaml()).toContain('projectIdentifier: ${TfToken[');
  });
});
