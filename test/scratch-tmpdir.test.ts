// test/support/scratch-tmpdir.ts: the test run's temporary files, cdktf's Testing output folders among them, go to one
// folder that the global teardown removes.
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Testing } from 'cdktf';
import { removeScratchTmpdir, systemTmpdirEnv, useScratchTmpdir } from './support/scratch-tmpdir';

const TMP_VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;
const OWN_VARIABLES = [
  'CDKTF_HARNESS_IDP_SCRATCH_TMPDIR',
  'CDKTF_HARNESS_IDP_SYSTEM_TMPDIR',
  'CDKTF_HARNESS_IDP_SAVED_TMP_VARIABLES',
] as const;
const VARIABLES = [...TMP_VARIABLES, ...OWN_VARIABLES];

describe('the run temporary folder', () => {
  test("this run's temporary folder is the scratch folder the global setup made, and cdktf's Testing apps write into it", () => {
    const scratch = process.env.CDKTF_HARNESS_IDP_SCRATCH_TMPDIR!;
    expect(basename(scratch)).toMatch(/^cdktf-harness-idp-run-/);
    expect(tmpdir()).toBe(scratch);
    expect(dirname(Testing.app().outdir)).toBe(scratch);
    // Child processes that keep a cache between runs (tsx) get the system's temporary folder.
    expect(systemTmpdirEnv()).toEqual({ TMPDIR: dirname(scratch), TMP: dirname(scratch), TEMP: dirname(scratch) });
  });

  test('useScratchTmpdir points TMPDIR, TMP and TEMP at a new folder; removeScratchTmpdir deletes it with its contents and restores them', () => {
    const saved = VARIABLES.map((name) => process.env[name]);
    const parent = tmpdir();
    try {
      const dir = useScratchTmpdir();
      expect(TMP_VARIABLES.map((name) => process.env[name])).toEqual([dir, dir, dir]);
      expect(dirname(dir)).toBe(parent);
      expect(systemTmpdirEnv()).toEqual({ TMPDIR: parent, TMP: parent, TEMP: parent });
      mkdirSync(join(dir, 'cdktf.outdir.x', 'stacks'), { recursive: true });
      removeScratchTmpdir();
      expect(existsSync(dir)).toBe(false);
      // The variables have their values back; the module's own are gone.
      expect(TMP_VARIABLES.map((name) => process.env[name])).toEqual(saved.slice(0, TMP_VARIABLES.length));
      expect(OWN_VARIABLES.map((name) => process.env[name])).toEqual([undefined, undefined, undefined]);
    } finally {
      VARIABLES.forEach((name, i) => {
        if (saved[i] === undefined) delete process.env[name];
        else process.env[name] = saved[i];
      });
    }
    expect(tmpdir()).toBe(process.env.CDKTF_HARNESS_IDP_SCRATCH_TMPDIR);
  });
});
