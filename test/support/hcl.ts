import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * Terraform checks for HCL text, provider-free: `terraform fmt -check` (parses the file with Terraform's own
 * parser and compares it with its formatting) and `init` + `apply` of configurations holding only outputs.
 */

const TERRAFORM = process.env.TERRAFORM_BINARY ?? 'terraform';
const ENV = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };

function run(dir: string, args: string[]): string {
  try {
    return execFileSync(TERRAFORM, args, { cwd: dir, env: ENV, stdio: 'pipe' }).toString();
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer; code?: string };
    if (err.code === 'ENOENT') {
      throw new Error(`Terraform binary '${TERRAFORM}' not found. The HCL tests need Terraform >= 1.5 on the PATH (or TERRAFORM_BINARY).`);
    }
    throw new Error(`terraform ${args.join(' ')} failed:\n${err.stderr?.toString() ?? ''}${err.stdout?.toString() ?? ''}`);
  }
}

function withDir<T>(files: Record<string, string>, body: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'tf-hcl-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `terraform fmt -check -diff` on each text (as `<key>.tf`). Returns '' when every file parses and is
 * formatted as `terraform fmt` formats it, else Terraform's diagnostics and diff.
 */
export function terraformFmtCheck(texts: Record<string, string>): string {
  const files = Object.fromEntries(Object.entries(texts).map(([k, v]) => [`${k}.tf`, v]));
  return withDir(files, (dir) => {
    try {
      execFileSync(TERRAFORM, ['fmt', '-check', '-diff', '-no-color', '.'], { cwd: dir, env: ENV, stdio: 'pipe' });
      return '';
    } catch (e) {
      const err = e as { stderr?: Buffer; stdout?: Buffer; status?: number; code?: string };
      if (err.code === 'ENOENT') throw new Error(`Terraform binary '${TERRAFORM}' not found.`);
      return `exit ${err.status}\n${err.stderr?.toString() ?? ''}${err.stdout?.toString() ?? ''}`;
    }
  });
}

/** Applies an HCL configuration that needs no provider (outputs, locals) and returns its outputs' values. */
export function applyHcl(hcl: string): Record<string, unknown> {
  return withDir({ 'main.tf': hcl }, (dir) => {
    run(dir, ['init', '-input=false', '-no-color']);
    run(dir, ['apply', '-auto-approve', '-input=false', '-no-color']);
    const out = JSON.parse(run(dir, ['output', '-json', '-no-color'])) as Record<string, { value: unknown }>;
    return Object.fromEntries(Object.entries(out).map(([k, o]) => [k, o.value]));
  });
}

/**
 * A provider-free stand-in for a module of resource blocks: each `resource "T" "N" { ... }` whose body holds
 * attributes only becomes `output "T__N" { value = { ... } }` (attribute syntax and object-constructor syntax
 * agree for newline-separated `name = expression` items), so Terraform evaluates every attribute expression
 * exactly as it would for the resource. Heredoc bodies are skipped while scanning for block ends.
 */
export function resourcesAsOutputs(hcl: string): string {
  const out: string[] = [];
  let heredoc: string | undefined;
  for (const line of hcl.split('\n')) {
    if (heredoc !== undefined) {
      out.push(line);
      if (line.trim() === heredoc) heredoc = undefined;
      continue;
    }
    const header = /^resource "([^"]+)" "([^"]+)" \{$/.exec(line);
    if (header) {
      out.push(`output "${header[1]}__${header[2]}" {`, '  value = {');
      continue;
    }
    if (line === '}') {
      out.push('  }', '}');
      continue;
    }
    if (/^\s+[a-z_]+ \{$/.test(line)) throw new Error(`resourcesAsOutputs: nested block '${line.trim()}' is not supported`);
    const start = /<<-?([A-Za-z_][A-Za-z0-9_]*)$/.exec(line);
    if (start) heredoc = start[1];
    out.push(line);
  }
  return out.join('\n');
}
