import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Where a command reads and writes: the working directory and the two output streams. */
export interface CliIo {
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
}

/**
 * A subcommand of `cdktf-harness-idp`. Each lives in its own file of `src/cli/commands/`, exporting it as `command`;
 * the CLI finds them there (adding a subcommand is adding one file).
 */
export interface CliCommand {
  /** The word after `cdktf-harness-idp`, e.g. `init`; equal to the file name. */
  readonly name: string;
  /** Its arguments in the overview, e.g. `init [dir]`. */
  readonly usage: string;
  /** One line for the overview. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  /** Runs it with the arguments after its name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** A wrong invocation: the CLI prints the message and a pointer to `--help`, and exits with 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
/** The parsed option values: booleans for `type: 'boolean'`, else strings; undefined when absent without default. */
export type OptionValues<O extends Options> = {
  readonly [K in keyof O]: (O[K] extends { type: 'boolean' } ? boolean : string) | undefined;
};

/** `util.parseArgs` (strict), with its errors turned into {@link CliUsageError}s. */
export function parseCommandArgs<O extends Options>(
  args: readonly string[],
  options: O,
  allowPositionals: boolean,
): { values: OptionValues<O>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals, strict: true });
    return { values: parsed.values as unknown as OptionValues<O>, positionals: parsed.positionals };
  } catch (e) {
    throw new CliUsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}
