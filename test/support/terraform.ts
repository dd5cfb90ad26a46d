import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The one Terraform runner of the tests, provider-free: configurations of outputs, variables and locals that
 * `terraform init` + `apply` evaluate without any provider or registry, and `terraform fmt`. Fails loudly when
 * Terraform is missing: the round trips are part of the acceptance bar.
 */

const TERRAFORM = process.env.TERRAFORM_BINARY ?? 'terraform';
/** Terraform prints every output it applies: the suite-wide round trip prints megabytes. */
const MAX_OUTPUT = 512 * 1024 * 1024;
const ENV = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };

/** Result of a Terraform command whose failure is an answer (e.g. `fmt -check`), not an error. */
export interface TerraformResult {
  /** Exit status: 0 on success. */
  readonly status: number;
  /** stderr followed by stdout. */
  readonly output: string;
}

/** Runs `terraform <args>` in `dir` and returns its exit status and output. Throws only if Terraform is missing. */
export function tryTerraform(dir: string, args: string[]): TerraformResult {
  try {
    return { status: 0, output: execFileSync(TERRAFORM, args, { cwd: dir, env: ENV, stdio: 'pipe', maxBuffer: MAX_OUTPUT }).toString() };
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer; status?: number | null; code?: string };
    if (err.code === 'ENOENT') {
      throw new Error(
        `Terraform binary '${TERRAFORM}' not found. The Terraform tests need Terraform >= 1.5 on the PATH (or TERRAFORM_BINARY).`,
      );
    }
    return { status: err.status ?? 1, output: `${err.stderr?.toString() ?? ''}${err.stdout?.toString() ?? ''}` };
  }
}

/** Runs `terraform <args>` in `dir` and returns its stdout; throws with Terraform's diagnostics if it fails. */
export function runTerraform(dir: string, args: string[]): string {
  const result = tryTerraform(dir, args);
  if (result.status !== 0) throw new Error(`terraform ${args.join(' ')} failed:\n${result.output}`);
  return result.output;
}

/** Writes `files` (name → text) into a fresh temporary directory, runs `body` in it, and removes it. */
export function withTerraformDir<T>(files: Record<string, string>, body: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'tf-test-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Applies a provider-free configuration (`main.tf` or `main.tf.json` text, outputs, variables, locals) and
 * returns its outputs' values by name. One `terraform apply -json`, whose last message lists the outputs with their
 * values; `terraform init` first only when apply asks for it (a backend or a module), and `terraform output -json`
 * only for sensitive outputs, whose values apply does not print.
 */
export function applyConfiguration(files: Record<string, string>): Record<string, unknown> {
  return withTerraformDir(files, (dir) => {
    const apply = () => tryTerraform(dir, ['apply', '-auto-approve', '-input=false', '-no-color', '-json']);
    let result = apply();
    if (result.status !== 0 && result.output.includes('terraform init')) {
      runTerraform(dir, ['init', '-input=false', '-no-color']);
      result = apply();
    }
    if (result.status !== 0) throw new Error(`terraform apply failed:\n${jsonMessages(result.output)}`);
    const outputs = lastOutputs(result.output);
    if (Object.values(outputs).every((o) => 'value' in o)) return Object.fromEntries(Object.entries(outputs).map(([k, o]) => [k, o.value]));
    const out = JSON.parse(runTerraform(dir, ['output', '-json', '-no-color'])) as Record<string, { value: unknown }>;
    return Object.fromEntries(Object.entries(out).map(([k, o]) => [k, o.value]));
  });
}

interface JsonMessage {
  readonly type?: string;
  readonly '@message'?: string;
  readonly diagnostic?: { readonly summary?: string; readonly detail?: string };
  readonly outputs?: Record<string, { readonly value?: unknown }>;
}

/** The messages of `terraform ... -json` (one JSON object a line; other lines, such as stderr text, as they are). */
function messages(output: string): (JsonMessage | string)[] {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as JsonMessage;
      } catch {
        return line;
      }
    });
}

/** The outputs of the last `outputs` message of `terraform apply -json` (none if it printed none). */
function lastOutputs(output: string): Record<string, { readonly value?: unknown }> {
  const all = messages(output).filter((m): m is JsonMessage => typeof m !== 'string' && m.type === 'outputs');
  return all.length === 0 ? {} : (all[all.length - 1].outputs ?? {});
}

/** Terraform's messages and diagnostics as text. */
function jsonMessages(output: string): string {
  return messages(output)
    .map((m) => (typeof m === 'string' ? m : [m['@message'], m.diagnostic?.detail].filter(Boolean).join('\n')))
    .join('\n');
}

/**
 * Evaluates Terraform strings with the real Terraform binary, provider-free: each value becomes an
 * `output` of a `.tf.json` configuration, which `terraform init` + `apply` evaluate. Returns the evaluated
 * strings by key. Variables referenced as `${var.x}` take the values given.
 */
export function evaluateWithTerraform(values: Record<string, string>, variables: Record<string, string> = {}): Record<string, string> {
  const output: Record<string, { value: string }> = {};
  const keys = Object.keys(values);
  keys.forEach((k, i) => {
    output[`o${i}`] = { value: values[k] };
  });
  const variable: Record<string, { type: string; default: string }> = {};
  for (const [k, v] of Object.entries(variables)) variable[k] = { type: 'string', default: v };
  const config = Object.keys(variable).length > 0 ? { variable, output } : { output };
  const out = applyConfiguration({ 'main.tf.json': JSON.stringify(config, null, 2) });
  return Object.fromEntries(keys.map((k, i) => [k, out[`o${i}`] as string]));
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
