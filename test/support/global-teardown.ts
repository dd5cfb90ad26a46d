import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { removeScratchTmpdir } from './scratch-tmpdir';
import { evaluateWithTerraform } from './terraform';

/**
 * Jest globalTeardown: the Terraform round trip over every workflow and pipeline the tests synthesize. Every
 * literal string the library escaped during the run (pipeline and workflow YAML, HCL modules, scripts) goes into
 * one provider-free configuration as an output; `terraform apply` evaluates them, and each must equal the text
 * before escaping, byte for byte. Fails the run (never skips) when Terraform is missing or a value differs. Then
 * removes the run's temporary folder (test/support/scratch-tmpdir.ts).
 */
export default function globalTeardown(): void {
  try {
    roundTrip();
  } finally {
    try {
      removeScratchTmpdir();
    } catch (e) {
      process.stderr.write(`\nthe run's temporary folder was not removed: ${(e as Error).message}\n`);
    }
    const summary = (globalThis as { __harnessTestSummary?: string }).__harnessTestSummary;
    if (summary) process.stdout.write(`\n${summary}\n`);
  }
}

function roundTrip(): void {
  const dir = process.env.HARNESS_ESCAPE_RECORD_DIR;
  if (!dir || !existsSync(dir)) throw new Error('Terraform round trip: no record folder; did test/support/global-setup.ts run?');
  const pairs = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { text, escaped } = JSON.parse(line) as { text: string; escaped: string };
      pairs.set(escaped, text);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  if (pairs.size === 0) return; // a partial run (e.g. one model test file) escapes nothing
  const escaped = [...pairs.keys()];
  let evaluated: Record<string, string>;
  try {
    evaluated = evaluateWithTerraform(Object.fromEntries(escaped.map((e, i) => [`s${i}`, e])));
  } catch (e) {
    throw new Error(`Terraform round trip over ${escaped.length} escaped strings failed: ${(e as Error).message}`);
  }
  const wrong = escaped.filter((e, i) => evaluated[`s${i}`] !== pairs.get(e));
  if (wrong.length > 0) {
    const first = wrong[0];
    throw new Error(
      `Terraform round trip: ${wrong.length} of ${escaped.length} escaped strings evaluate to other text than the library rendered.\n` +
        `First one, as rendered:\n${pairs.get(first)}\nas Terraform evaluated it:\n${evaluated[`s${escaped.indexOf(first)}`]}`,
    );
  }
  process.stdout.write(
    `\nTerraform round trip: ${escaped.length} distinct escaped strings evaluated by Terraform, all equal to the rendered text.\n`,
  );
}
