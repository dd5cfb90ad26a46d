// One temporary folder for a whole test (or fuzz) run. `TMPDIR` (and `TMP`, `TEMP`) point into it, so every temporary
// file of the run goes there: the jest workers and the child processes inherit the variables, and `os.tmpdir()`
// reads them at each call. cdktf's `Testing.app()` (and `Testing.fullSynth()`) makes an output folder in the
// temporary folder for every app and never removes it: about 500 folders per `npm test`, one per configuration of
// `npm run fuzz`. Left in the system's temporary folder they piled up (130,000 on the project's machine), and creating a file
// anywhere below it became several times slower. {@link removeScratchTmpdir} deletes the folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VARIABLE = 'CDKTF_HARNESS_IDP_SCRATCH_TMPDIR';

/** Creates the run's temporary folder and points `TMPDIR`, `TMP` and `TEMP` into it; returns its path. */
export function useScratchTmpdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdktf-harness-idp-run-'));
  process.env[VARIABLE] = dir;
  process.env.TMPDIR = dir;
  process.env.TMP = dir;
  process.env.TEMP = dir;
  return dir;
}

/** Deletes the folder {@link useScratchTmpdir} created (with everything the run left in it). */
export function removeScratchTmpdir(): void {
  const dir = process.env[VARIABLE];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
