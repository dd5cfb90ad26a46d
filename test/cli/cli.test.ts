import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliCommand } from '../../src/cli/command';
import { COMMANDS_DIR, loadCommands } from '../../src/cli/commands';
import { overview, runCli } from '../../src/cli/run';
import { HARNESS_PIPELINE_SCHEMA_ENV, HARNESS_SCHEMA_BASE_URL_ENV, PINNED_HARNESS_SCHEMA } from '../../src/testing/schema-source';
import { cli, ROOT } from './support';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('cdktf-harness-idp', () => {
  test('the subcommands are the files of src/cli/commands, each exporting a command named like its file', () => {
    const files = readdirSync(COMMANDS_DIR).map((f) => f.replace(/\.ts$/, ''));
    expect(loadCommands().map((c) => c.name)).toEqual(files.sort());
    expect(files).toEqual(expect.arrayContaining(['init', 'schema']));
  });

  test('a module of commands/ that is not a command is reported, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-commands-'));
    try {
      writeFileSync(join(dir, 'broken.js'), 'exports.command = { name: "other" };');
      expect(() => loadCommands(dir)).toThrow(
        `cdktf-harness-idp: ${join(dir, 'broken.js')} must export 'command', a CliCommand named 'broken'`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('adding a subcommand is adding one file: the overview lists it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-commands-'));
    try {
      writeFileSync(
        join(dir, 'hello.js'),
        'exports.command = { name: "hello", usage: "hello", summary: "says hello", help: "Usage: hello\\n", run: async (a, io) => { io.out("hi\\n"); return 0; } };',
      );
      const commands = loadCommands(dir);
      let out = '';
      const io = { cwd: ROOT, out: (t: string) => (out += t), err: (t: string) => (out += t) };
      expect(await runCli(['--help'], io, commands)).toBe(0);
      expect(out).toContain('  hello  says hello\n');
      out = '';
      expect(await runCli(['hello'], io, commands)).toBe(0);
      expect(out).toBe('hi\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--help prints the overview; no command prints it to stderr and exits 2', async () => {
    const text = overview(loadCommands());
    expect(text).toBe(
      [
        'Usage: cdktf-harness-idp <command> [options]',
        '',
        'Harness IDP self-service workflows as code, on CDK for Terraform.',
        '',
        'Commands:',
        '  import <file.yaml | dir>...  turn existing pipeline and workflow YAML into typed TypeScript modules and a stack',
        "  init [dir]                   scaffold a platform team's GitOps repo (one team stack, one workflow, tests, remote-state example)",
        '  schema fetch|path            download the pinned Harness pipeline schema into the user cache, or print where it resolves',
        '',
        "Run 'cdktf-harness-idp <command> --help' for a command's options; 'cdktf-harness-idp --version' prints the version.",
        '',
      ].join('\n'),
    );
    expect(await cli(['--help'])).toEqual({ code: 0, stdout: text, stderr: '' });
    expect(await cli(['help'])).toEqual({ code: 0, stdout: text, stderr: '' });
    expect(await cli([])).toEqual({ code: 2, stdout: '', stderr: text });
  });

  test.each(['import', 'init', 'schema'])('%s: --help, -h and `help <command>` print its help', async (name) => {
    const command = loadCommands().find((c) => c.name === name) as CliCommand;
    expect(command.help).toMatch(new RegExp(`^Usage:(\\n  | )cdktf-harness-idp ${name}`));
    for (const args of [
      [name, '--help'],
      [name, '-h'],
      ['help', name],
    ]) {
      expect(await cli(args)).toEqual({ code: 0, stdout: command.help, stderr: '' });
    }
  });

  test('--version prints the package version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test('an unknown command or action, and an unknown option, are usage errors (exit 2)', async () => {
    const text = overview(loadCommands());
    expect(await cli(['deploy'])).toEqual({ code: 2, stdout: '', stderr: `cdktf-harness-idp: unknown command 'deploy'.\n\n${text}` });
    expect(await cli(['schema', 'pull'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "cdktf-harness-idp schema: unknown action 'pull'; say 'fetch' or 'path'\nRun 'cdktf-harness-idp schema --help' for usage.\n",
    });
    expect(await cli(['schema', 'fetch', '--frce'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "cdktf-harness-idp schema: Unknown option '--frce'\nRun 'cdktf-harness-idp schema --help' for usage.\n",
    });
  });

  test('package.json names the compiled entry as the bin, and the entry starts with a shebang', () => {
    expect(pkg.bin).toEqual({ 'cdktf-harness-idp': 'lib/src/cli/main.js' });
    expect(readFileSync(join(ROOT, 'src/cli/main.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('cdktf-harness-idp schema', () => {
  const keys = [HARNESS_PIPELINE_SCHEMA_ENV, HARNESS_SCHEMA_BASE_URL_ENV, 'XDG_CACHE_HOME'] as const;
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  const schema = readFileSync(require('../../src/testing/schema-source').resolveHarnessSchemaPath());
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'cli-schema-'));
    process.env.XDG_CACHE_HOME = home;
    delete process.env[HARNESS_PIPELINE_SCHEMA_ENV];
  });
  afterEach(() => {
    for (const k of keys) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    rmSync(home, { recursive: true, force: true });
  });

  test('fetch downloads the pinned file once, path prints where it resolves', async () => {
    const { serveSchemaFile } = require('../../scripts/schema-server');
    const file = join(home, 'served.json');
    writeFileSync(file, schema);
    const server = await serveSchemaFile(file);
    process.env[HARNESS_SCHEMA_BASE_URL_ENV] = server.baseUrl;
    const cached = join(home, 'cdktf-harness-idp', 'harness-schema', PINNED_HARNESS_SCHEMA.commit, 'pipeline.json');
    const url = `${server.baseUrl}/harness/harness-schema/${PINNED_HARNESS_SCHEMA.commit}/v0/pipeline.json`;
    try {
      expect(await cli(['schema', 'fetch'])).toEqual({
        code: 0,
        stdout: `Downloaded ${url}\n  SHA-256 ${PINNED_HARNESS_SCHEMA.sha256} (as pinned)\n  -> ${cached}\n`,
        stderr: '',
      });
      expect(await cli(['schema', 'fetch'])).toEqual({ code: 0, stdout: `Already cached: ${cached}\n`, stderr: '' });
      expect(server.requests).toHaveLength(1);
      expect(await cli(['schema', 'fetch', '--force'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Downloaded /) });
      expect(server.requests).toHaveLength(2);
      expect(await cli(['schema', 'path'])).toEqual({ code: 0, stdout: `${cached}\n`, stderr: '' });
      process.env[HARNESS_PIPELINE_SCHEMA_ENV] = file;
      expect(await cli(['schema', 'path'])).toEqual({ code: 0, stdout: `${file}\n`, stderr: '' });
    } finally {
      await server.close();
    }
  });

  test('path without a schema, and fetch offline, exit 1 with what to do', async () => {
    const path = await cli(['schema', 'path']);
    expect(path.code).toBe(1);
    expect(path.stderr).toMatch(/^cdktf-harness-idp schema: Harness pipeline JSON schema not found\. Looked for:\n/);
    const { startSchemaServer } = require('../../scripts/schema-server');
    const closed = await startSchemaServer(() => ({ status: 200, body: Buffer.from('') }));
    await closed.close();
    process.env[HARNESS_SCHEMA_BASE_URL_ENV] = closed.baseUrl;
    const fetched = await cli(['schema', 'fetch']);
    expect(fetched.code).toBe(1);
    expect(fetched.stderr).toMatch(
      /^cdktf-harness-idp schema: Could not download http:\/\/127\.0\.0\.1:\d+\/.*: connect ECONNREFUSED .*\nFix: /,
    );
  });
});
