import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import harnessSchemaGlobalSetup from '../../src/testing/jest-global-setup';
import { useScratchTmpdir } from './scratch-tmpdir';

/**
 * Jest globalSetup: find (or download) and compile the Harness schema once, give the run its own temporary folder
 * (removed by test/support/global-teardown.ts), and open the folder the escape recorder writes to.
 */
export default async function globalSetup(): Promise<void> {
  await harnessSchemaGlobalSetup();
  useScratchTmpdir();
  process.env.HARNESS_ESCAPE_RECORD_DIR = mkdtempSync(join(tmpdir(), 'harness-escape-records-'));
}
