import { TerraformStack, Testing } from 'cdktf';
import { parse } from 'yaml';
import { PlatformProject } from '../../../.gen/providers/harness/platform-project';
import { CreateResourceModule } from '../../../src/constructs/create-resource/create-resource-module';
import { CreatedPipeline } from '../../../src/constructs/create-resource/created-pipeline';
import { Deferred, OnboardingValue } from '../../../src/constructs/create-resource/onboarding-value';
import { MAX_PIPELINE_YAML_BYTES, Pipeline } from '../../../src/pipeline/pipeline';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../../src/pipeline/variable';
import { terraformFmtCheck } from '../../support/hcl';

const projectName = PipelineVariable.string('project_name');
const service = OnboardingValue.of(projectName);

function model(): Pipeline {
  const branch = PipelineVariable.string('branch');
  return new Pipeline({ identifier: 'service_ci', name: 'Service CI', variables: [branch] }).addStage(
    new CustomStage({ identifier: 'build', steps: [new RunStep({ identifier: 'build', command: `git checkout ${branch}` })] }),
  );
}

/** Every module HCL these tests render; all of them must parse and be formatted as terraform fmt formats. */
const rendered: Record<string, string> = {};
function hclOf(module: CreateResourceModule): string {
  const text = module.toHcl();
  rendered[`module${Object.keys(rendered).length}`] = text;
  return text;
}

describe('CreatedPipeline', () => {
  afterAll(() => {
    expect(Object.keys(rendered).length).toBeGreaterThan(0);
    expect(terraformFmtCheck(rendered)).toBe('');
  });

  test('creates harness_platform_pipeline named after the construct, with onboarding values for identifier, name and scope', () => {
    const module = new CreateResourceModule('m');
    new CreatedPipeline(module, 'ci', {
      pipeline: model(),
      identifier: `${service}_ci`,
      name: `${service} CI`,
      orgId: 'default',
      projectId: `${OnboardingValue.of(PipelineVariable.string('harness_project'))}`,
    });
    const hcl = hclOf(module);
    expect(hcl.split('\n').slice(0, 6)).toEqual([
      'resource "harness_platform_pipeline" "ci" {',
      '  identifier = "<+pipeline.variables.project_name>_ci"',
      '  name       = "<+pipeline.variables.project_name> CI"',
      '  org_id     = "default"',
      '  project_id = "<+pipeline.variables.harness_project>"',
      '  yaml       = <<EOT',
    ]);
  });

  test("renderYaml() is the model's YAML with identifier, name and scope set", () => {
    const module = new CreateResourceModule('m');
    const ci = new CreatedPipeline(module, 'ci', {
      pipeline: model(),
      identifier: `${service}_ci`,
      name: `${service} CI`,
      orgId: 'default',
      projectId: 'platform',
    });
    const doc = parse(ci.renderYaml());
    const expected = parse(model().toYaml({ orgIdentifier: 'default', projectIdentifier: 'platform' }));
    expected.pipeline.identifier = '<+pipeline.variables.project_name>_ci';
    expected.pipeline.name = '<+pipeline.variables.project_name> CI';
    expect(doc).toEqual(expected);
    expect(Object.keys(doc.pipeline).slice(0, 4)).toEqual(['name', 'identifier', 'projectIdentifier', 'orgIdentifier']);
  });

  test("defaults identifier, name and scope to the model's", () => {
    const module = new CreateResourceModule('m');
    const m = new Pipeline({ identifier: 'fixed', name: 'Fixed', orgIdentifier: 'default', projectIdentifier: 'platform' }).addStage(
      new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'r', command: 'true' })] }),
    );
    new CreatedPipeline(module, 'ci', { pipeline: m });
    expect(hclOf(module)).toContain(
      '  identifier = "fixed"\n  name       = "Fixed"\n  org_id     = "default"\n  project_id = "platform"\n',
    );
  });

  test('takes org and project from a project resource of the module as references', () => {
    const module = new CreateResourceModule('m');
    const project = new PlatformProject(module, 'project', { identifier: `${service}`, name: `${service}`, orgId: 'default' });
    new CreatedPipeline(module, 'ci', { pipeline: model(), identifier: `${service}_ci`, project });
    const hcl = hclOf(module);
    expect(hcl).toContain(
      '  org_id     = harness_platform_project.project.org_id\n  project_id = harness_platform_project.project.identifier\n',
    );
    expect(hcl).toContain(
      '  projectIdentifier: ${harness_platform_project.project.identifier}\n  orgIdentifier: ${harness_platform_project.project.org_id}\n',
    );
  });

  test('renders the model when the module renders, so steps added later appear', () => {
    const module = new CreateResourceModule('m');
    const m = model();
    new CreatedPipeline(module, 'ci', { pipeline: m, orgId: 'default', projectId: 'p' });
    m.stage('build').addStep(new RunStep({ identifier: 'late', command: 'echo late' }));
    expect(hclOf(module)).toContain('identifier: late');
  });

  test('the created pipeline YAML may not exceed 3 MB either', () => {
    const big = new Pipeline({ identifier: 'big', name: 'Big' }).addStage(
      new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'a', command: 'x'.repeat(MAX_PIPELINE_YAML_BYTES) })] }),
    );
    const ci = new CreatedPipeline(new CreateResourceModule('m'), 'ci', { pipeline: big, orgId: 'default', projectId: 'p' });
    expect(() => ci.renderYaml()).toThrow(
      "pipeline 'big': yaml: the rendered YAML is 3146114 bytes; Harness accepts at most 3145728. Fix: split the pipeline, or move shared steps into templates",
    );
  });

  test('rejects use outside a CreateResourceModule', () => {
    const s = new TerraformStack(Testing.app(), 'team');
    expect(() => new CreatedPipeline(s, 'ci', { pipeline: model(), orgId: 'default', projectId: 'p' })).toThrow(
      /team\/ci: scope: a CreatedPipeline belongs in a CreateResourceModule\. Fix: create it in the module of a CreateResource step, or use HarnessPipeline/,
    );
  });

  test('rejects project together with orgId/projectId, and a pipeline without scope', () => {
    const module = new CreateResourceModule('m');
    const project = new PlatformProject(module, 'project', { identifier: 'p', name: 'p', orgId: 'default' });
    expect(() => new CreatedPipeline(module, 'a', { pipeline: model(), project, orgId: 'x' })).toThrow(
      /m\/a: project: both project and orgId\/projectId are set\. Fix: pass either a project resource or orgId\/projectId/,
    );
    expect(() => new CreatedPipeline(module, 'b', { pipeline: model() })).toThrow(
      /m\/b: projectId: the created pipeline has no organization\/project\. Fix: pass project, or orgId and projectId/,
    );
  });

  test("rejects an orgId/projectId that differs from the model's own, which the YAML keeps", () => {
    const module = new CreateResourceModule('m');
    const scoped = new Pipeline({
      identifier: 'service_ci',
      name: 'Service CI',
      orgIdentifier: 'default',
      projectIdentifier: 'apps',
    }).addStage(new CustomStage({ identifier: 'build', steps: [new RunStep({ identifier: 'build', command: 'true' })] }));
    expect(() => new CreatedPipeline(module, 'a', { pipeline: scoped, projectId: `${service}` })).toThrow(
      /^m\/a: projectId: '<\+pipeline\.variables\.project_name>' differs from the pipeline model's projectIdentifier 'apps', which the YAML keeps\. Fix: leave projectId out/,
    );
  });

  test('rejects identifier text a Harness identifier cannot hold', () => {
    const module = new CreateResourceModule('m');
    const props = { pipeline: model(), orgId: 'default', projectId: 'p' };
    expect(() => new CreatedPipeline(module, 'a', { ...props, identifier: `${service}-ci` })).toThrow(
      /m\/a: identifier: the literal part '-ci' has characters a Harness identifier cannot hold\. Fix: use letters, digits and _ only/,
    );
    expect(() => new CreatedPipeline(module, 'b', { ...props, identifier: `1_${service}` })).toThrow(
      /m\/b: identifier: '1_' cannot start an identifier\. Fix: start with a letter or _, or with the onboarding value/,
    );
    expect(() => new CreatedPipeline(module, 'c', { ...props, identifier: 'my-ci' })).toThrow(
      /m\/c: identifier: 'my-ci' is not a valid Harness identifier/,
    );
    expect(() => new CreatedPipeline(module, 'd', { ...props, name: `${service} / CI` })).toThrow(
      /m\/d: name: the literal part ' \/ CI' has characters a Harness name cannot hold\. Fix: use letters, digits, _, -, \. and spaces only/,
    );
    expect(() => new CreatedPipeline(module, 'e', { ...props, orgId: 'my org' })).toThrow(
      /m\/e: orgId: 'my org' is not a valid Harness identifier/,
    );
  });

  test('rejects expressions other than onboarding values in identifier, name and scope', () => {
    const module = new CreateResourceModule('m');
    expect(
      () => new CreatedPipeline(module, 'a', { pipeline: model(), orgId: 'default', projectId: 'p', identifier: `${projectName}_ci` }),
    ).toThrow(
      /m\/a: identifier: embeds <\+pipeline\.variables\.project_name>, which is not an OnboardingValue; the identifier is fixed when the onboarding run creates the pipeline\. Fix: wrap the onboarding pipeline's expression with OnboardingValue\.of\(\.\.\.\)/,
    );
    expect(
      () => new CreatedPipeline(module, 'b', { pipeline: model(), orgId: 'default', projectId: `${Deferred.expression(projectName)}` }),
    ).toThrow(/m\/b: projectId: embeds <\+pipeline\.variables\.project_name>, which is not an OnboardingValue/);
  });
});
