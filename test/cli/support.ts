import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/command';
import { runCli } from '../../src/cli/run';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..');

/** Output of one CLI run. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with `cwd`, capturing its output. */
export async function cli(args: readonly string[], cwd = ROOT): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/**
 * A fresh directory inside the repository (so that a starter rendered there resolves cdktf, jest types and the
 * library's dependencies from the repository's node_modules); git ignores `.starter-test-*`.
 */
export function repoTempDir(): string {
  return mkdtempSync(join(ROOT, '.starter-test-'));
}
