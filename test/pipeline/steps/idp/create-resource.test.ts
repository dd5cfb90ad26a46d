import { Expr } from '../../../../src/core/expr';
import { SecretRef } from '../../../../src/core/secret-ref';
import { CreateResourceStep, type ResourceDefinitionSource } from '../../../../src/pipeline/steps/idp/create-resource';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { renderAlone, renderInIdpStage } from '../support';

const pat = SecretRef.fromIdentifier('account.idp_onboarding_pat');
const org = 'resource "harness_platform_organization" "this" {\n  identifier = "MyOrg"\n  name       = "My Organization"\n}';

describe('CreateResourceStep', () => {
  test('renders a step creating a CI pipeline in an IDP stage, field by field', () => {
    const project = PipelineVariable.string('project_name');
    const hcl = `resource "harness_platform_pipeline" "ci" {\n  identifier = "${project}_ci"\n  org_id     = "default"\n  project_id = "idp"\n  name       = "${project} CI"\n  yaml = <<-EOT\n    pipeline:\n      name: x\n  EOT\n}`;
    const step = new CreateResourceStep({
      identifier: 'create_ci_pipeline',
      name: 'Create CI pipeline for service',
      timeout: '15m',
      resourceDefinition: hcl,
      xApiKey: pat,
    });
    const { steps } = renderInIdpStage([step], { variables: [project] });
    const node = steps[0];
    expect(node.type).toBe('CreateResource');
    expect(node.name).toBe('Create CI pipeline for service');
    expect(node.identifier).toBe('create_ci_pipeline');
    expect(node.timeout).toBe('15m');
    expect(node.spec).toEqual({
      resourceDefinition:
        'resource "harness_platform_pipeline" "ci" {\n  identifier = "<+pipeline.variables.project_name>_ci"\n  org_id     = "default"\n  project_id = "idp"\n  name       = "<+pipeline.variables.project_name> CI"\n  yaml = <<-EOT\n    pipeline:\n      name: x\n  EOT\n}',
      xApiKey: 'account.idp_onboarding_pat',
    });
  });

  test('a ResourceDefinitionSource is rendered when the pipeline renders', () => {
    let name = 'first';
    const source: ResourceDefinitionSource = { renderHcl: () => `resource "harness_platform_project" "p" {\n  name = "${name}"\n}` };
    const step = new CreateResourceStep({ identifier: 'res', resourceDefinition: source, xApiKey: pat });
    name = 'second';
    expect(renderInIdpStage([step]).steps[0].spec.resourceDefinition).toBe(
      'resource "harness_platform_project" "p" {\n  name = "second"\n}',
    );
  });

  test('an expression definition and resources render', () => {
    const node = renderAlone(
      new CreateResourceStep({
        identifier: 'res',
        resourceDefinition: Expr.raw('<+pipeline.variables.hcl>'),
        xApiKey: pat,
        resources: { limits: { cpu: 1 } },
      }),
    );
    expect(node.spec).toEqual({
      resourceDefinition: '<+pipeline.variables.hcl>',
      xApiKey: 'account.idp_onboarding_pat',
      resources: { limits: { cpu: 1 } },
    });
  });

  test('data sources of the Harness provider are accepted', () => {
    expect(
      () =>
        new CreateResourceStep({
          identifier: 'res',
          resourceDefinition: `data "harness_platform_organization" "o" {\n  identifier = "default"\n}\n${org}`,
          xApiKey: pat,
        }),
    ).not.toThrow();
  });

  test('xApiKey is required', () => {
    expect(() => new CreateResourceStep({ identifier: 'res', resourceDefinition: org, xApiKey: undefined as any })).toThrow(
      /step 'res': spec\.xApiKey: a secret reference is required\. Fix: pass SecretRef\.fromIdentifier\('account\.x'\)/,
    );
  });

  test('rejects a plain-string xApiKey', () => {
    expect(
      () => new CreateResourceStep({ identifier: 'res', resourceDefinition: org, xApiKey: '<+secrets.getValue("account.pat")>' as any }),
    ).toThrow(/spec\.xApiKey: a plain string was passed where a secret reference is required/);
  });

  test('rejects resources of providers other than Harness', () => {
    expect(
      () =>
        new CreateResourceStep({
          identifier: 'res',
          resourceDefinition: 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}',
          xApiKey: pat,
        }),
    ).toThrow(
      `step 'res': spec.resourceDefinition: resource "aws_s3_bucket" is not from the Harness Terraform provider; the step runs only Harness provider resources. Fix: use harness_* resources only, and create other resources in an IaCM stage`,
    );
    expect(() => new CreateResourceStep({ identifier: 'res', resourceDefinition: 'data "aws_vpc" "v" {}', xApiKey: pat })).toThrow(
      /data "aws_vpc" is not from the Harness Terraform provider.*Fix: use harness_\* data sources only/,
    );
  });

  test('rejects a provider "harness" block (the step adds its own)', () => {
    expect(
      () =>
        new CreateResourceStep({
          identifier: 'res',
          resourceDefinition: `provider "harness" {\n  endpoint = "x"\n}\n${org}`,
          xApiKey: pat,
        }),
    ).toThrow(
      `step 'res': spec.resourceDefinition: declares a provider "harness" block, but the step adds its own, configured from xApiKey. Fix: remove the provider block; set the API key with xApiKey`,
    );
  });

  test('rejects declaring the harness provider in required_providers (the step adds it)', () => {
    const hcl = `terraform {\n  required_providers {\n    random = { source = "hashicorp/random" }\n    harness = {\n      source = "harness/harness"\n    }\n  }\n}\n${org}`;
    expect(() => new CreateResourceStep({ identifier: 'res', resourceDefinition: hcl, xApiKey: pat })).toThrow(
      /spec\.resourceDefinition: declares the harness provider in required_providers, but the step adds that declaration itself/,
    );
  });

  test('rejects an empty definition', () => {
    expect(() => new CreateResourceStep({ identifier: 'res', resourceDefinition: '', xApiKey: pat })).toThrow(
      /spec\.resourceDefinition: is empty/,
    );
  });

  test('renders a definition source lazily and rejects it when it renders empty', () => {
    let hcl = ' ';
    const step = new CreateResourceStep({ identifier: 'res', resourceDefinition: { renderHcl: () => hcl }, xApiKey: pat });
    expect(() => step.toObject()).toThrow(/spec\.resourceDefinition: the definition is empty/);
    hcl = 'resource "harness_platform_project" "p" {}';
    expect((step.toObject() as any).step.spec.resourceDefinition).toBe(hcl);
  });

  test('rejects an object without renderHcl()', () => {
    expect(() => new CreateResourceStep({ identifier: 'res', resourceDefinition: { toHcl: () => org } as any, xApiKey: pat })).toThrow(
      "step 'res': spec.resourceDefinition: the object has no renderHcl() method. Fix: pass HCL text, an expression, or an object with renderHcl(): string",
    );
  });

  test('a source that turns invalid later is caught when rendering', () => {
    let hcl = org;
    const step = new CreateResourceStep({ identifier: 'res', resourceDefinition: { renderHcl: () => hcl }, xApiKey: pat });
    hcl = 'resource "google_project" "p" {}';
    expect(() => renderAlone(step)).toThrow(/resource "google_project" is not from the Harness Terraform provider/);
  });
});

describe('CreateResourceStep schema', () => {
  test('validates against the Harness pipeline schema', () => {
    const step = new CreateResourceStep({
      identifier: 'res',
      resourceDefinition: org,
      xApiKey: pat,
      resources: { limits: { memory: '1Gi' } },
    });
    expect(renderInIdpStage([step]).pipeline).toBeValidHarnessPipeline();
  });
});
