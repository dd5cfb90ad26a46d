import { CliUsageError, type CliCommand, type CliIo } from './command';
import { loadCommands } from './commands';
import { packageInfo } from './package-info';

const BIN = 'cdktf-harness-idp';

/** The overview `--help` prints: every subcommand with its one-line summary. */
export function overview(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    `Usage: ${BIN} <command> [options]`,
    '',
    'Harness IDP self-service workflows as code, on CDK for Terraform.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    `Run '${BIN} <command> --help' for a command's options; '${BIN} --version' prints the version.`,
    '',
  ].join('\n');
}

/** Runs the CLI with `argv` (the arguments after the program name); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = loadCommands()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(overview(commands));
    return 2;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.out(overview(commands));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${packageInfo().version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === (name === 'help' ? rest[0] : name));
  if (!command) {
    io.err(`${BIN}: unknown command '${name === 'help' ? rest[0] : name}'.\n\n${overview(commands)}`);
    return 2;
  }
  if (name === 'help' || rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof CliUsageError) {
      io.err(`${BIN} ${command.name}: ${e.message}\nRun '${BIN} ${command.name} --help' for usage.\n`);
      return 2;
    }
    io.err(`${BIN} ${command.name}: ${(e as Error).message}\n`);
    return 1;
  }
}
