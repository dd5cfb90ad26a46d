import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Resource as NullResource } from '@cdktf/provider-null/lib/resource';
import { parse } from 'yaml';
import { PlatformInputSet } from '../../../.gen/providers/harness/platform-input-set';
import { PlatformPipeline } from '../../../.gen/providers/harness/platform-pipeline';
import { PlatformProject } from '../../../.gen/providers/harness/platform-project';
import { PlatformWorkspace } from '../../../.gen/providers/harness/platform-workspace';
import { HarnessProvider } from '../../../.gen/providers/harness/provider';
import { CreateResourceModule } from '../../../src/constructs/create-resource/create-resource-module';
import { CreatedPipeline } from '../../../src/constructs/create-resource/created-pipeline';
import { HarnessPipeline } from '../../../src/constructs/harness-pipeline';
import { Deferred, OnboardingValue, replaceOnboardingPlaceholders } from '../../../src/constructs/create-resource/onboarding-value';
import { escapeTerraformString } from '../../../src/terraform/terraform-string';
import { resolveString } from '../../../src/core/resolve';
import { RuntimeInput } from '../../../src/core/runtime-input';
import { SecretRef } from '../../../src/core/secret-ref';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../../src/pipeline/stages/idp-stage';
import { RunStep, Shell } from '../../../src/pipeline/steps/common/run';
import { CreateResourceStep } from '../../../src/pipeline/steps/idp/create-resource';
import { PipelineVariable } from '../../../src/pipeline/variable';
import { applyHcl, resourcesAsOutputs, terraformFmtCheck } from '../../support/hcl';
import { evaluateWithTerraform, yamlAttributes } from '../../support/terraform';

const pat = SecretRef.fromIdentifier('account.idp_onboarding_pat');

/** The onboarding pipeline's variables: filled from the workflow form, resolved by the onboarding run. */
function onboardingVariables() {
  return {
    projectName: PipelineVariable.string('project_name', { description: 'Name of the new service' }),
    harnessOrg: PipelineVariable.string('harness_org'),
    harnessProject: PipelineVariable.string('harness_project'),
  };
}

/**
 * The created pipeline: a CI pipeline with its own variables (one named like an onboarding variable, to show
 * the two never mix), a runtime input, a secret, shell `${...}`, `%{`, `$${`, backslashes and a heredoc.
 */
function ciModel(service: OnboardingValue) {
  const branch = PipelineVariable.string('branch', { value: RuntimeInput.create().default('main'), required: true });
  const ownName = PipelineVariable.string('project_name', { value: 'set-by-the-ci-pipeline', required: false });
  return new Pipeline({ identifier: 'service_ci', name: 'Service CI', tags: {}, variables: [branch, ownName] }).addStage(
    new CustomStage({
      identifier: 'build',
      description: '',
      tags: {},
      steps: [
        new RunStep({
          identifier: 'build',
          timeout: '10m',
          shell: Shell.SH,
          command: [
            `echo "building ${service} (own variable: ${ownName}) on ${branch}"`,
            'echo "${HOME} %{ if x } $${y} C:\\tmp\\new"',
            `TOKEN=${SecretRef.fromIdentifier('account.github_token')} ./build.sh`,
            'cat <<EOT',
            'hello',
            'EOT',
          ].join('\n'),
        }),
      ],
    }),
  );
}

function serviceModule(vars = onboardingVariables()) {
  const service = OnboardingValue.of(vars.projectName);
  const module = new CreateResourceModule('service_ci');
  const ci = new CreatedPipeline(module, 'ci', {
    pipeline: ciModel(service),
    identifier: `${service}_ci`,
    name: `${service} CI`,
    orgId: `${OnboardingValue.of(vars.harnessOrg)}`,
    projectId: `${OnboardingValue.of(vars.harnessProject)}`,
  });
  return { module, ci, vars };
}

function onboardingPipeline(module: CreateResourceModule, vars = onboardingVariables()): Pipeline {
  return new Pipeline({
    identifier: 'service_onboarding',
    name: 'Service onboarding',
    variables: [vars.projectName, vars.harnessOrg, vars.harnessProject],
  }).addStage(
    new IdpStage({
      identifier: 'onboard',
      steps: [new CreateResourceStep({ identifier: 'create_ci', name: 'Create CI pipeline', resourceDefinition: module, xApiKey: pat })],
    }),
  );
}

function outerStack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'team');
  new HarnessProvider(s, 'harness', {});
  return s;
}

/** What Harness does to the step field before OpenTofu runs: substitute the onboarding run's variables. */
function harnessResolves(hcl: string, values: Record<string, string>): string {
  return hcl.replace(/<\+pipeline\.variables\.([a-zA-Z_][0-9a-zA-Z_]*)>/g, (m, name: string) => values[name] ?? m);
}

/** Every module HCL these tests render; all of them must parse and be formatted as terraform fmt formats. */
const rendered: Record<string, string> = {};
function hclOf(module: CreateResourceModule): string {
  const text = module.toHcl();
  rendered[`module${Object.keys(rendered).length}`] = text;
  return text;
}

describe('CreateResourceModule', () => {
  afterAll(() => {
    expect(Object.keys(rendered).length).toBeGreaterThan(0);
    expect(terraformFmtCheck(rendered)).toBe('');
  });

  test('HCL snapshot of a service onboarding module: project, created CI pipeline, input set', () => {
    const vars = onboardingVariables();
    const service = OnboardingValue.of(vars.projectName);
    const module = new CreateResourceModule('service_onboarding');
    const project = new PlatformProject(module, 'project', {
      identifier: `${service}`,
      name: `${service}`,
      orgId: `${OnboardingValue.of(vars.harnessOrg)}`,
    });
    const ci = new CreatedPipeline(module, 'ci', {
      pipeline: ciModel(service),
      identifier: `${service}_ci`,
      name: `${service} CI`,
      project,
    });
    new PlatformInputSet(module, 'main', {
      identifier: 'main',
      name: 'main',
      orgId: project.orgId,
      projectId: project.identifier,
      pipelineId: ci.resource.identifier,
      yaml: escapeTerraformString(
        `inputSet:\n  identifier: main\n  name: main\n  orgIdentifier: ${project.orgId}\n  projectIdentifier: ${project.identifier}\n  pipeline:\n    identifier: ${service}_ci\n    variables:\n      - name: branch\n        type: String\n        value: main\n`,
      ),
    });
    const hcl = hclOf(module);
    expect(hcl).toMatchSnapshot();
    expect(terraformFmtCheck({ module: hcl, resolved: harnessResolves(hcl, { project_name: 'payments', harness_org: 'default' }) })).toBe(
      '',
    );
  });

  test('renderHcl() embeds onboarding values as expressions that render to toHcl()', () => {
    const { module } = serviceModule();
    const hcl = module.renderHcl();
    expect(hcl).not.toContain('<+pipeline.variables.project_name>');
    expect(resolveString(hcl)).toBe(hclOf(module));
    expect(hclOf(module)).toContain('  identifier = "<+pipeline.variables.project_name>_ci"\n');
  });

  test('the created resources\' own expressions are written <${"+"}...>, onboarding values <+...>', () => {
    const { module } = serviceModule();
    const hcl = hclOf(module);
    expect(hcl).toContain(
      'echo "building <+pipeline.variables.project_name> (own variable: <${"+"}pipeline.variables.project_name>) on <${"+"}pipeline.variables.branch>"',
    );
    expect(hcl).toContain('TOKEN=<${"+"}secrets.getValue("account.github_token")> ./build.sh');
    expect(hcl).toContain('      value: <${"+"}input>.default(main)\n');
    expect(hcl).toContain('echo "$${HOME} %%{ if x } $$${y} C:\\tmp\\new"');
    expect(terraformFmtCheck({ module: hcl })).toBe('');
  });

  test('a map key that holds a Harness expression is hidden from Harness, as values are', () => {
    const module = new CreateResourceModule('keys');
    new PlatformWorkspace(module, 'w', {
      identifier: 'w',
      name: 'W',
      orgId: 'default',
      projectId: 'p',
      provisionerType: 'opentofu',
      defaultPipelines: { '<+pipeline.name>': '<+pipeline.name>', plain: 'x' },
    });
    const hcl = hclOf(module);
    expect(hcl).toContain('    "<${"+"}pipeline.name>" = "<${"+"}pipeline.name>"\n');
    expect(hcl).not.toContain('<+');
    expect(terraformFmtCheck({ module: hcl })).toBe('');
  });

  test("its resources stay out of the deploying stack's cdk.tf.json", () => {
    const { module } = serviceModule();
    const s = outerStack();
    new HarnessPipeline(s, 'onboarding', { pipeline: onboardingPipeline(module), orgId: 'default', projectId: 'idp' });
    const json = JSON.parse(Testing.synth(s, true));
    expect(Object.keys(json.resource)).toEqual(['harness_platform_pipeline']);
    expect(Object.values(json.resource.harness_platform_pipeline).map((r: any) => r.identifier)).toEqual(['service_onboarding']);
    expect(module.node.root).not.toBe(s.node.root);
  });

  test('layered escaping: cdk.tf.json -> onboarding YAML -> HCL -> created pipeline YAML, proven with Terraform', () => {
    const { module, ci, vars } = serviceModule();
    const onboarding = onboardingPipeline(module, vars);
    const s = outerStack();
    const projectId = new TerraformVariable(s, 'project_id', { type: 'string' });
    new HarnessPipeline(s, 'onboarding', { pipeline: onboarding, orgId: 'default', projectId: projectId.stringValue });

    // Layer 3: Terraform evaluates the string in cdk.tf.json to exactly the onboarding pipeline's YAML.
    const attrs = yamlAttributes(Testing.synth(s, true));
    expect(Object.keys(attrs)).toHaveLength(1);
    const onboardingYaml = Object.values(evaluateWithTerraform(attrs, { project_id: 'idp' }))[0];
    // The model's YAML, with the project id Terraform filled in as the JSON string jsonencode() made of it.
    const modelYaml = onboarding.toYaml({ orgIdentifier: 'default', projectIdentifier: 'idp' });
    expect(onboardingYaml).toBe(modelYaml.replace('\n  projectIdentifier: idp\n', '\n  projectIdentifier: "idp"\n'));
    expect(onboardingYaml).toContain('\n  projectIdentifier: "idp"\n');
    expect(onboardingYaml).toBeValidHarnessPipeline();

    // Layer 2: the step's resourceDefinition is the module's HCL, parseable by Terraform.
    const step = parse(onboardingYaml).pipeline.stages[0].stage.spec.execution.steps[0].step;
    expect(step.spec.xApiKey).toBe('account.idp_onboarding_pat');
    const hcl: string = step.spec.resourceDefinition;
    expect(hcl).toBe(hclOf(module));

    // Harness resolves the onboarding run's expressions; nothing else in the HCL is an expression to it.
    const values = { project_name: 'payments', harness_org: 'default', harness_project: 'platform' };
    const resolved = harnessResolves(hcl, values);
    expect(resolved).not.toContain('<+');
    expect(terraformFmtCheck({ module: hcl, resolved })).toBe('');

    // Layer 1: OpenTofu's evaluation of the HCL (a provider-free stand-in) yields the created pipeline's
    // YAML exactly as the model renders it, with the onboarding values filled in.
    const expectedYaml = replaceOnboardingPlaceholders(
      ci.renderYaml(module.renderContext()),
      (v) => values[(v.expression as PipelineVariable).name as keyof typeof values],
    );
    const outputs = applyHcl(resourcesAsOutputs(resolved));
    expect(outputs).toEqual({
      harness_platform_pipeline__ci: {
        identifier: 'payments_ci',
        name: 'payments CI',
        org_id: 'default',
        project_id: 'platform',
        yaml: expectedYaml,
      },
    });
    expect(expectedYaml).toContain(
      'echo "building payments (own variable: <+pipeline.variables.project_name>) on <+pipeline.variables.branch>"',
    );
    expect(expectedYaml).toContain('echo "${HOME} %{ if x } $${y} C:\\tmp\\new"');
    expect(expectedYaml).toContain('TOKEN=<+secrets.getValue("account.github_token")> ./build.sh');
    expect(expectedYaml).toBeValidHarnessPipeline();
  });

  test('the onboarding pipeline checks the onboarding values it embeds (rule: declared variables)', () => {
    const { module } = serviceModule();
    const s = outerStack();
    const onboarding = new Pipeline({
      identifier: 'service_onboarding',
      variables: [PipelineVariable.string('harness_org'), PipelineVariable.string('harness_project')],
    }).addStage(
      new IdpStage({
        identifier: 'onboard',
        steps: [new CreateResourceStep({ identifier: 'create_ci', resourceDefinition: module, xApiKey: pat })],
      }),
    );
    new HarnessPipeline(s, 'onboarding', { pipeline: onboarding, orgId: 'default', projectId: 'idp' });
    expect(() => Testing.synth(s, true)).toThrow(
      /^team\/onboarding: pipeline 'service_onboarding' > stage 'onboard' > step 'create_ci': spec.resourceDefinition: references <\+pipeline\.variables\.project_name>, which pipeline 'service_onboarding' does not declare/,
    );
  });

  test('Deferred.expression keeps an expression object in a resource attribute for the created resource', () => {
    const module = new CreateResourceModule('m');
    new PlatformProject(module, 'p', {
      identifier: 'p',
      orgId: 'default',
      name: 'p',
      description: `tag ${Deferred.expression(RuntimeInput.create())}`,
    });
    expect(hclOf(module)).toContain('  description = "tag <${"+"}input>"\n');
  });

  test('rejects an empty module', () => {
    expect(() => new CreateResourceModule('m').renderHcl()).toThrow(
      /m: resources: the module has no resources or data sources\. Fix: add harness_\* resources from the \.gen bindings to the module/,
    );
  });

  test('rejects resources of providers other than Harness', () => {
    const module = new CreateResourceModule('m');
    new NullResource(module, 'n', {});
    expect(() => module.renderHcl()).toThrow(
      /m\/n: type: resource null_resource is not from the Harness Terraform provider; the CreateResource step runs only Harness provider resources\. Fix: use harness_\* resources and data sources only; create other infrastructure in an IaCM stage$/m,
    );
  });

  test('rejects provider blocks, outputs and variables, and resources that set a provider', () => {
    const module = new CreateResourceModule('m');
    const provider = new HarnessProvider(module, 'harness', {});
    new PlatformProject(module, 'p', { identifier: 'p', name: 'p', orgId: 'default', provider });
    new TerraformOutput(module, 'out', { value: 'x' });
    expect(() => module.renderHcl()).toThrow(
      /m\/harness: blocks: the module holds a provider block; it may hold resource, data and locals blocks only \(the CreateResource step supplies provider, credentials and state\)\. Fix: remove it from the module$/m,
    );
    expect(() => module.renderHcl()).toThrow(
      /m\/p: provider: the resource sets a provider, but the module has no provider blocks: the CreateResource step supplies the Harness provider and its credentials\. Fix: remove the provider property/,
    );
    expect(() => module.renderHcl()).toThrow(
      /m\/out: blocks: the module holds a TerraformOutput; it may hold resource, data and locals blocks only/,
    );
  });

  test('rejects an expression object that does not say when it resolves', () => {
    const { projectName } = onboardingVariables();
    const module = new CreateResourceModule('m');
    new PlatformProject(module, 'p', { identifier: `${projectName}`, name: 'p', orgId: 'default' });
    expect(() => module.renderHcl()).toThrow(
      /m\/p: expressions: the attribute embeds the expression <\+pipeline\.variables\.project_name>, which does not say when it resolves: during the onboarding run \(Harness substitutes it before OpenTofu runs\) or in the created resource\. Fix: wrap it: OnboardingValue\.of\(expr\) for the onboarding run's value, or Deferred\.expression\(expr\) to keep <\+pipeline\.variables\.project_name> in the created resource/,
    );
  });

  test('rejects references to resources outside the module', () => {
    const outer = new TerraformStack(Testing.app(), 'team');
    const project = new PlatformProject(outer, 'project', { identifier: 'p', name: 'p', orgId: 'default' });
    const module = new CreateResourceModule('m');
    new PlatformPipeline(module, 'ci', { identifier: 'ci', name: 'ci', orgId: 'default', projectId: project.identifier, yaml: 'x' });
    expect(() => module.renderHcl()).toThrow(
      /m\/ci: references: references harness_platform_project\.project\.identifier, which is not in the module; the CreateResource step applies the module on its own\. Fix: create the referenced resource in the module, look it up with a harness_\* data source, or pass its identifier as text or as an OnboardingValue$/m,
    );
  });

  test('rejects two constructs that render to the same address', () => {
    const module = new CreateResourceModule('m');
    const a = new PlatformProject(module, 'a', { identifier: 'a', name: 'a', orgId: 'default' });
    const b = new PlatformProject(module, 'b', { identifier: 'b', name: 'b', orgId: 'default' });
    a.overrideLogicalId('same');
    b.overrideLogicalId('same');
    expect(() => module.renderHcl()).toThrow(
      /m\/b: id: renders to harness_platform_project\.same, as m\/a does\. Fix: give the two constructs different ids/,
    );
  });

  test("runs the validations of the constructs in it (a created pipeline's model problems)", () => {
    const module = new CreateResourceModule('m');
    new CreatedPipeline(module, 'ci', { pipeline: new Pipeline({ identifier: 'empty' }), orgId: 'default', projectId: 'p' });
    expect(() => module.renderHcl()).toThrow(
      /^m\/ci: pipeline 'empty': stages: the pipeline has no stages\. Fix: add a stage with addStage\(\)/,
    );
  });

  test('CreateResourceStep takes the module as its resourceDefinition and renders it when the pipeline renders', () => {
    const { module } = serviceModule();
    const vars = onboardingVariables();
    const onboarding = onboardingPipeline(module, vars);
    new PlatformProject(module, 'late', { identifier: 'late', name: 'late', orgId: 'default' });
    const doc = onboarding.toObject() as any;
    expect(doc.pipeline.stages[0].stage.spec.execution.steps[0].step.spec.resourceDefinition).toContain(
      'resource "harness_platform_project" "late" {',
    );
  });
});
