// test/support/scratch-tmpdir.ts: the test run's temporary files, cdktf's Testing output folders among them, go to one
// folder that the global teardown removes.
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Testing } from 'cdktf';
import { removeScratchTmpdir, useScratchTmpdir } from './support/scratch-tmpdir';

const VARIABLES = ['CDKTF_HARNESS_IDP_SCRATCH_TMPDIR', 'TMPDIR', 'TMP', 'TEMP'] as const;

describe('the run temporary folder', () => {
  test("this run's temporary folder is the scratch folder the global setup made, and cdktf's Testing apps write into it", () => {
    const scratch = process.env.CDKTF_HARNESS_IDP_SCRATCH_TMPDIR!;
    expect(basename(scratch)).toMatch(/^cdktf-harness-idp-run-/);
    expect(tmpdir()).toBe(scratch);
    expect(dirname(Testing.app().outdir)).toBe(scratch);
  });

  test('useScratchTmpdir points TMPDIR, TMP and TEMP at a new folder; removeScratchTmpdir deletes it with its contents', () => {
    const saved = VARIABLES.map((name) => process.env[name]);
    try {
      const dir = useScratchTmpdir();
      expect(VARIABLES.map((name) => process.env[name])).toEqual([dir, dir, dir, dir]);
      expect(dirname(dir)).toBe(tmpdir());
      mkdirSync(join(dir, 'cdktf.outdir.x', 'stacks'), { recursive: true });
      removeScratchTmpdir();
      expect(existsSync(dir)).toBe(false);
    } finally {
      VARIABLES.forEach((name, i) => {
        process.env[name] = saved[i];
      });
    }
    expect(tmpdir()).toBe(process.env.CDKTF_HARNESS_IDP_SCRATCH_TMPDIR);
  });
});
