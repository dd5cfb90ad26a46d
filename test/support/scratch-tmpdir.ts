// One temporary folder for a whole test (or fuzz) run. `TMPDIR` (and `TMP`, `TEMP`) point into it, so every temporary
// file of the run goes there: the jest workers and the child processes inherit the variables, and `os.tmpdir()`
// reads them at each call. cdktf's `Testing.app()` (and `Testing.fullSynth()`) makes an output folder in the
// temporary folder for every app and never removes it: about 500 folders per `npm test`, one per configuration of
// `npm run fuzz`. Left in the system's temporary folder they piled up (130,000 on the project's machine), and creating
// a file anywhere below it became several times slower. {@link removeScratchTmpdir} deletes the folder and gives the
// variables their values back (jest's watch mode runs the global setup and teardown once per run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRATCH = 'CDKTF_HARNESS_IDP_SCRATCH_TMPDIR';
const SYSTEM = 'CDKTF_HARNESS_IDP_SYSTEM_TMPDIR';
const SAVED = 'CDKTF_HARNESS_IDP_SAVED_TMP_VARIABLES';
const VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

/** Creates the run's temporary folder and points `TMPDIR`, `TMP` and `TEMP` into it; returns its path. */
export function useScratchTmpdir(): string {
  const system = tmpdir();
  const dir = mkdtempSync(join(system, 'cdktf-harness-idp-run-'));
  process.env[SAVED] = JSON.stringify(Object.fromEntries(VARIABLES.map((name) => [name, process.env[name] ?? null])));
  process.env[SYSTEM] = system;
  process.env[SCRATCH] = dir;
  for (const name of VARIABLES) process.env[name] = dir;
  return dir;
}

/** Deletes the folder {@link useScratchTmpdir} created (with everything the run left in it) and restores the variables. */
export function removeScratchTmpdir(): void {
  const dir = process.env[SCRATCH];
  if (!dir) return;
  const saved = JSON.parse(process.env[SAVED] ?? '{}') as Record<string, string | null>;
  for (const name of VARIABLES) {
    if (typeof saved[name] === 'string') process.env[name] = saved[name];
    else delete process.env[name];
  }
  delete process.env[SCRATCH];
  delete process.env[SYSTEM];
  delete process.env[SAVED];
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * The temporary-folder variables of the system's temporary folder, for a child process that keeps a cache there
 * between runs: tsx keeps its transform cache in `<tmp>/tsx-<uid>`, so a tsx child of the run's folder would compile
 * the library again in every run (about 0.9 s per process).
 */
export function systemTmpdirEnv(): Record<(typeof VARIABLES)[number], string> {
  const system = process.env[SYSTEM] ?? tmpdir();
  return { TMPDIR: system, TMP: system, TEMP: system };
}
