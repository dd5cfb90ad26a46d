import { loadHarnessSchemaValidator } from './harness-schema';

/**
 * Jest `globalSetup`: compiles the Harness pipeline schema once before any test file runs (or loads it from
 * the disk cache), so no test pays the ≈6–10 s first compile inside its own timeout. Use it as
 * `globalSetup: 'cdktf-harness-idp/lib/src/testing/jest-global-setup'` (or this file's path).
 *
 * A missing schema is not an error here: every test that validates a pipeline fails with the message
 * that lists the paths tried. Validation is never skipped.
 */
export default function harnessSchemaGlobalSetup(): void {
  try {
    loadHarnessSchemaValidator();
  } catch (e) {
    process.stderr.write(`harnessSchemaGlobalSetup: ${(e as Error).message}\n`);
  }
}
