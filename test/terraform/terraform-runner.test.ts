// The tests' Terraform runner (test/support/terraform.ts): one `terraform apply -json` gives the outputs; a
// configuration that needs `terraform init` (a backend) is initialized first, and a sensitive output, whose value
// apply does not print, is read with `terraform output -json`.
import { applyConfiguration, evaluateWithTerraform } from '../support/terraform';

describe('applyConfiguration', () => {
  test('returns the value of each output: strings, numbers, booleans, lists and objects', () => {
    const hcl = 'output "s" {\n  value = "a $${b}"\n}\noutput "n" {\n  value = 1.5\n}\noutput "l" {\n  value = [true, null]\n}\n';
    expect(applyConfiguration({ 'main.tf': `${hcl}output "o" {\n  value = { k = "v" }\n}\n` })).toEqual({
      s: 'a ${b}',
      n: 1.5,
      l: [true, null],
      o: { k: 'v' },
    });
  });

  test('initializes a configuration with a backend, and reads a sensitive output', () => {
    const hcl =
      'terraform {\n  backend "local" {\n    path = "state.tfstate"\n  }\n}\noutput "secret" {\n  value     = "s3cr3t"\n  sensitive = true\n}\n';
    expect(applyConfiguration({ 'main.tf': hcl })).toEqual({ secret: 's3cr3t' });
  });

  test('a configuration without outputs has none', () => {
    expect(applyConfiguration({ 'main.tf': 'locals {\n  a = 1\n}\n' })).toEqual({});
  });

  test('an error names what Terraform reported', () => {
    expect(() => applyConfiguration({ 'main.tf': 'output "x" {\n  value = var.missing\n}\n' })).toThrow(
      /^terraform apply failed:\n(.|\n)*Reference to undeclared input variable/,
    );
  });
});

describe('evaluateWithTerraform', () => {
  test('evaluates each string as Terraform does, with the variables given', () => {
    expect(evaluateWithTerraform({ a: '$${x} %%{y}', b: '${var.v}!' }, { v: 'value' })).toEqual({ a: '${x} %{y}', b: 'value!' });
  });
});
