#!/usr/bin/env node
// The `cdktf-harness-idp` command (package.json `bin`).
import { runCli } from './run';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cdktf-harness-idp: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
