import { App, LocalBackend, TerraformHclModule, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { tmpdir } from 'node:os';
import { PlatformProject } from '../../.gen/providers/harness/platform-project';
import { HarnessProvider } from '../../.gen/providers/harness/provider';
import { stackToHcl } from '../../src/terraform/hcl-export';
import { escapeTerraformString } from '../../src/terraform/terraform-string';
import { applyHcl, terraformFmtCheck } from '../support/hcl';
import { applyConfiguration } from '../support/terraform';

function stack(): TerraformStack {
  return new TerraformStack(new App({ outdir: tmpdir(), skipValidation: true }), 'exported');
}

describe('stackToHcl', () => {
  test('variables, locals and outputs evaluate in Terraform exactly as in cdk.tf.json', () => {
    const s = stack();
    const tricky = 'a ${x} %{y} $${z} "q" \\ end';
    const text = new TerraformVariable(s, 'text', { type: 'string', default: tricky, description: 'say "hi" \\ ${not a reference}' });
    const multi = new TerraformVariable(s, 'multi', { type: 'string', default: 'line1\nEOT\n${x}\n' });
    const flag = new TerraformVariable(s, 'flag', { type: 'bool', default: false });
    const zero = new TerraformVariable(s, 'zero', { type: 'number', default: 0 });
    const empty = new TerraformVariable(s, 'empty', { type: 'string', default: '' });
    const list = new TerraformVariable(s, 'list', { type: 'list(string)', default: ['${a}', '%{b}'] });
    const strict = new TerraformVariable(s, 'strict', {
      type: 'string',
      default: 'x',
      nullable: false,
      validation: [{ condition: '${length(var.strict) > 0}', errorMessage: 'must not be "empty" \\ here' }],
    });
    const greeting = new TerraformLocal(s, 'greeting', escapeTerraformString(`hi \${{ parameters.x }} %{ if } ${text.stringValue}`));
    for (const v of [text, multi, flag, zero, empty, list, strict]) new TerraformOutput(s, `out_${v.node.id}`, { value: v.value });
    new TerraformOutput(s, 'greeting_out', { value: greeting.asString, description: 'the "greeting" \\ ${text} %{ x }' });
    new TerraformOutput(s, 'literal', { value: escapeTerraformString('yaml: ${{ x }}\nEOT\n') });

    const hcl = stackToHcl(s);
    expect(terraformFmtCheck({ main: hcl })).toBe('');
    expect(hcl).toMatch(/\n {2}nullable +?= false\n/);
    const fromHcl = applyHcl(hcl);
    expect(fromHcl).toEqual(applyConfiguration({ 'main.tf.json': Testing.synth(s) }));
    expect(fromHcl).toEqual({
      out_text: tricky,
      out_multi: 'line1\nEOT\n${x}\n',
      out_flag: false,
      out_zero: 0,
      out_empty: '',
      out_list: ['${a}', '%{b}'],
      out_strict: 'x',
      greeting_out: `hi \${{ parameters.x }} %{ if } ${tricky}`,
      literal: 'yaml: ${{ x }}\nEOT\n',
    });
  });

  test('writes the terraform block, providers and meta-arguments as Terraform expects them', () => {
    const s = stack();
    new LocalBackend(s, { path: 'state/terraform.tfstate' });
    s.addOverride('terraform.required_version', '>= 1.5');
    const eu = new HarnessProvider(s, 'harness_eu', { alias: 'eu', endpoint: 'https://app.eu.harness.io/gateway' });
    const project = new PlatformProject(s, 'project', { provider: eu, identifier: 'p', name: 'P "1"', orgId: 'default' });
    new TerraformOutput(s, 'project_id', { value: project.identifier, dependsOn: [project] });

    const hcl = stackToHcl(s);
    expect(hcl).toBe(
      [
        'terraform {',
        '  required_providers {',
        '    harness = {',
        '      version = "0.45.1"',
        '      source  = "harness/harness"',
        '    }',
        '  }',
        '  backend "local" {',
        '    path = "state/terraform.tfstate"',
        '  }',
        '  required_version = ">= 1.5"',
        '}',
        '',
        'provider "harness" {',
        '  endpoint = "https://app.eu.harness.io/gateway"',
        '  alias    = "eu"',
        '}',
        '',
        'resource "harness_platform_project" "project" {',
        '  identifier = "p"',
        '  name       = "P \\"1\\""',
        '  org_id     = "default"',
        '  provider   = harness.eu',
        '}',
        '',
        'output "project_id" {',
        '  value = harness_platform_project.project.identifier',
        '  depends_on = [',
        '    harness_platform_project.project',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(terraformFmtCheck({ main: hcl })).toBe('');
    // The same settings as cdk.tf.json.
    const json = JSON.parse(Testing.synth(s));
    expect(json.terraform).toEqual({
      backend: { local: { path: 'state/terraform.tfstate' } },
      required_providers: { harness: { source: 'harness/harness', version: '0.45.1' } },
      required_version: '>= 1.5',
    });
    expect(json.resource.harness_platform_project.project.provider).toBe('harness.eu');
  });

  test('rejects blocks and overrides it cannot write', () => {
    const withModule = stack();
    new TerraformHclModule(withModule, 'network', { source: 'terraform-aws-modules/vpc/aws', version: '5.0.0' });
    expect(() => stackToHcl(withModule)).toThrow(
      "renderStackHcl: exported/network renders a 'module' block; only terraform, locals, variable, provider, resource, data and output blocks are supported. Fix: synthesize this stack as JSON (cdktf synth without --hcl)",
    );
    const withOverride = stack();
    withOverride.addOverride('locals.x', 1);
    expect(() => stackToHcl(withOverride)).toThrow(
      "stackToHcl: exported has overrides of 'locals', which the HCL export does not support. Fix: use constructs instead of stack overrides, or synthesize the stack as JSON (cdktf synth without --hcl)",
    );
  });

  test('leaves nested stacks out, as cdktf synth does', () => {
    const s = stack();
    new TerraformVariable(s, 'outer', { type: 'string' });
    const inner = new TerraformStack(s, 'inner');
    new TerraformVariable(inner, 'inner', { type: 'string' });
    expect(stackToHcl(s)).toBe('variable "outer" {\n  type = string\n}\n');
  });
});
