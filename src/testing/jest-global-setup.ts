import { loadHarnessSchemaValidator } from './harness-schema';
import { ensureHarnessSchema } from './schema-download';

/**
 * Jest `globalSetup`: finds the Harness pipeline schema (`$HARNESS_PIPELINE_SCHEMA`, the user cache, else downloads
 * the pinned file into the user cache) and compiles it once before any test file runs (or loads it from the disk
 * cache), so no test pays the ≈6–10 s first compile inside its own timeout. Use it as
 * `globalSetup: 'cdktf-harness-idp/testing/jest-global-setup'`.
 *
 * A schema that cannot be found or downloaded is not an error here: every test that validates a pipeline fails
 * with the message that says what to do. Validation is never skipped.
 */
export default async function harnessSchemaGlobalSetup(): Promise<void> {
  try {
    const { path } = await ensureHarnessSchema();
    loadHarnessSchemaValidator({ schemaPath: path });
  } catch (e) {
    process.stderr.write(`harnessSchemaGlobalSetup: ${(e as Error).message}\n`);
  }
}
