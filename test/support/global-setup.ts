import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import harnessSchemaGlobalSetup from '../../src/testing/jest-global-setup';

/**
 * Jest globalSetup: find (or download) and compile the Harness schema once, and open the folder the escape recorder
 * writes to.
 */
export default async function globalSetup(): Promise<void> {
  await harnessSchemaGlobalSetup();
  process.env.HARNESS_ESCAPE_RECORD_DIR = mkdtempSync(join(tmpdir(), 'harness-escape-records-'));
}
