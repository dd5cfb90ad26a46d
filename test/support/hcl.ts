import { applyConfiguration, tryTerraform, withTerraformDir } from './terraform';

/**
 * Terraform checks for HCL text, provider-free: `terraform fmt -check` (parses the file with Terraform's own
 * parser and compares it with its formatting) and `init` + `apply` of configurations holding only outputs.
 * The Terraform runner is in `terraform.ts`.
 */

/**
 * Runs `terraform fmt -check -diff` on each text (as `<key>.tf`). Returns '' when every file parses and is
 * formatted as `terraform fmt` formats it, else Terraform's diagnostics and diff.
 */
export function terraformFmtCheck(texts: Record<string, string>): string {
  const files = Object.fromEntries(Object.entries(texts).map(([k, v]) => [`${k}.tf`, v]));
  return withTerraformDir(files, (dir) => {
    const result = tryTerraform(dir, ['fmt', '-check', '-diff', '-no-color', '.']);
    return result.status === 0 ? '' : `exit ${result.status}\n${result.output}`;
  });
}

/** Applies an HCL configuration that needs no provider (outputs, locals) and returns its outputs' values. */
export function applyHcl(hcl: string): Record<string, unknown> {
  return applyConfiguration({ 'main.tf': hcl });
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

/** A top-level block of formatted HCL, as {@link topLevelBlocks} reads it. */
export interface HclBlock {
  /** The block type and labels, e.g. `resource "harness_platform_pipeline" "ci"`, `terraform`. */
  readonly header: string;
  /** Names of the attributes and nested blocks directly in the block, in order. */
  readonly names: readonly string[];
  /** Expression text of each attribute written on one line or as a heredoc (other multi-line ones are left out). */
  readonly expressions: Readonly<Record<string, string>>;
}

/**
 * The top-level blocks of HCL as `terraform fmt` writes it (one item per line, closing brackets on lines of
 * their own). Heredoc bodies are skipped while scanning, so text inside them never opens or closes a block.
 */
export function topLevelBlocks(hcl: string): HclBlock[] {
  const blocks: { header: string; names: string[]; expressions: Record<string, string> }[] = [];
  const lines = hcl.split('\n');
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (depth === 0) {
      const header = /^([a-z_]+(?: "[^"]*")*) \{$/.exec(line);
      if (header) {
        blocks.push({ header: header[1], names: [], expressions: {} });
        depth = 1;
      } else if (trimmed !== '') {
        throw new Error(`topLevelBlocks: line ${i + 1} is not a block header: ${line}`);
      }
      continue;
    }
    const block = blocks[blocks.length - 1];
    const item = depth === 1 ? /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*(?:= (.*)|\{)$/.exec(line) : null;
    const heredoc = /<<-?([A-Za-z_][A-Za-z0-9_]*)$/.exec(line);
    if (heredoc) {
      const start = i;
      while (i + 1 < lines.length && lines[i + 1].trim() !== heredoc[1]) i++;
      i++;
      if (item) {
        block.names.push(item[1]);
        block.expressions[item[1]] = [item[2], ...lines.slice(start + 1, i + 1)].join('\n');
      }
      continue;
    }
    if (item) {
      block.names.push(item[1]);
      if (item[2] !== undefined && !/[[({]$/.test(item[2])) block.expressions[item[1]] = item[2];
    }
    if (/^[\])}]/.test(trimmed)) depth--;
    if (/[[({]$/.test(trimmed)) depth++;
  }
  if (depth !== 0) throw new Error('topLevelBlocks: the text ends inside a block');
  return blocks;
}

/**
 * Evaluates HCL expressions with Terraform: each becomes an output of a provider-free configuration, with
 * the given string variables declared. Returns the evaluated values by key.
 */
export function evaluateHclExpressions(
  expressions: Record<string, string>,
  variables: Record<string, string> = {},
): Record<string, unknown> {
  const keys = Object.keys(expressions);
  const hcl = `${[
    ...Object.entries(variables).map(([name, value]) => {
      if (/[$%]\{|\\/.test(value))
        throw new Error(`evaluateHclExpressions: variable ${name}: use a value without template syntax or backslashes`);
      return `variable "${name}" {\n  type    = string\n  default = ${JSON.stringify(value)}\n}`;
    }),
    ...keys.map((k, i) => `output "o${i}" {\n  value = ${expressions[k]}\n}`),
  ].join('\n\n')}\n`;
  const out = applyHcl(hcl);
  return Object.fromEntries(keys.map((k, i) => [k, out[`o${i}`]]));
}
