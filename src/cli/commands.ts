import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CliCommand } from './command';

/** The folder each subcommand's file lives in. */
export const COMMANDS_DIR = join(__dirname, 'commands');

/**
 * The subcommands: every module of `commands/` (compiled `.js`, or `.ts` when run from source), in name order.
 * Each must export `command`, a {@link CliCommand} named like its file.
 */
export function loadCommands(dir = COMMANDS_DIR): CliCommand[] {
  const files = readdirSync(dir)
    .filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  return files.map((file) => {
    const mod = require(join(dir, file)) as { command?: Partial<CliCommand> };
    const c = mod.command;
    const expected = file.replace(/\.(js|ts)$/, '');
    if (!c || typeof c.run !== 'function' || c.name !== expected || !c.usage || !c.summary || !c.help) {
      throw new Error(`cdktf-harness-idp: ${join(dir, file)} must export 'command', a CliCommand named '${expected}'`);
    }
    return c as CliCommand;
  });
}
