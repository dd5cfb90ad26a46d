import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * Evaluates Terraform strings with the real Terraform binary, provider-free: each value becomes an
 * `output` of a `.tf.json` configuration, which `terraform init` + `apply` evaluate. Returns the evaluated
 * strings by key. Variables referenced as `${var.x}` take the values given.
 *
 * Fails loudly when Terraform is missing: the round trip is part of the acceptance bar.
 */
export function evaluateWithTerraform(values: Record<string, string>, variables: Record<string, string> = {}): Record<string, string> {
  const terraform = process.env.TERRAFORM_BINARY ?? 'terraform';
  try {
    execFileSync(terraform, ['version'], { stdio: 'pipe' });
  } catch {
    throw new Error(`Terraform binary '${terraform}' not found. The Terraform round-trip tests need Terraform >= 1.5 on the PATH (or TERRAFORM_BINARY).`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tf-roundtrip-'));
  try {
    const output: Record<string, { value: string }> = {};
    const keys = Object.keys(values);
    keys.forEach((k, i) => { output[`o${i}`] = { value: values[k] }; });
    const variable: Record<string, { type: string; default: string }> = {};
    for (const [k, v] of Object.entries(variables)) variable[k] = { type: 'string', default: v };
    writeFileSync(join(dir, 'main.tf.json'), JSON.stringify(Object.keys(variable).length > 0 ? { variable, output } : { output }, null, 2));
    const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
    const run = (args: string[]): string => {
      try {
        return execFileSync(terraform, args, { cwd: dir, env, stdio: 'pipe' }).toString();
      } catch (e) {
        const err = e as { stderr?: Buffer; stdout?: Buffer };
        throw new Error(`terraform ${args.join(' ')} failed:\n${err.stderr?.toString() ?? ''}${err.stdout?.toString() ?? ''}`);
      }
    };
    run(['init', '-input=false', '-no-color']);
    run(['apply', '-auto-approve', '-input=false', '-no-color']);
    const out = JSON.parse(run(['output', '-json', '-no-color'])) as Record<string, { value: string }>;
    return Object.fromEntries(keys.map((k, i) => [k, out[`o${i}`].value]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The string attributes of a synthesized stack that hold YAML (pipelines, catalog entities, repo files). */
export function yamlAttributes(synthesized: string): Record<string, string> {
  const json = JSON.parse(synthesized) as { resource?: Record<string, Record<string, Record<string, unknown>>> };
  const out: Record<string, string> = {};
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    for (const [name, r] of Object.entries(byName)) {
      for (const attr of ['yaml', 'content', 'input_set_yaml', 'template_yaml']) {
        if (typeof r[attr] === 'string') out[`${type}.${name}.${attr}`] = r[attr] as string;
      }
    }
  }
  return out;
}
