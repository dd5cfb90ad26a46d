// Test setup (setupFilesAfterEnv): records every literal-only string the library escapes for Terraform while a
// test file runs, so that test/support/global-teardown.ts can evaluate all of them with the real Terraform
// binary at the end of the run and compare each result with the text before escaping. Strings that embed CDKTF
// tokens are left to the targeted round-trip tests (their value depends on the references).
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import * as terraformString from '../../src/terraform/terraform-string';

const dir = process.env.HARNESS_ESCAPE_RECORD_DIR;
if (!dir) {
  throw new Error('HARNESS_ESCAPE_RECORD_DIR is not set: test/support/global-setup.ts must run as jest globalSetup');
}
const original = terraformString.escapeTerraformString;
const recorded = new Map<string, string>();

jest.spyOn(terraformString, 'escapeTerraformString').mockImplementation((text: string) => {
  const escaped = original(text);
  // Terraform returns strings in NFC, and so does the escaping: the text Terraform must give back is the NFC form.
  if (!terraformString.containsTerraformToken(text)) recorded.set(text.normalize('NFC'), escaped);
  return escaped;
});

afterAll(() => {
  if (recorded.size === 0) return;
  const lines = [...recorded].map(([text, escaped]) => JSON.stringify({ text, escaped })).join('\n');
  appendFileSync(join(dir, `${process.pid}.jsonl`), `${lines}\n`);
});
