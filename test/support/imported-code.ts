// Test support (not a test): writes what `cdktf-harness-idp import` generates into a folder of the repository,
// type-checks it under `strict` with the TypeScript compiler, checks it is formatted as Biome writes it, and loads it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { type ImportOptions, type ImportResult, type ImportSource, importDocuments } from '../../src/importer/project';

const ROOT = join(__dirname, '..', '..');

/** A folder with generated modules. */
export interface GeneratedApp {
  readonly dir: string;
  readonly result: ImportResult;
  /** Requires a generated module. */
  load(fileName: string): any;
  remove(): void;
}

/** Imports the sources into a fresh folder `.import-test-*` of the repository (the code imports the library from src/). */
export function generate(sources: readonly ImportSource[], options: ImportOptions = {}, dir?: string): GeneratedApp {
  const target = dir ?? mkdtempSync(join(ROOT, '.import-test-'));
  mkdirSync(target, { recursive: true });
  const library = relative(target, join(ROOT, 'src', 'index')).replace(/\\/g, '/');
  const result = importDocuments(sources, { ...options, library: library.startsWith('.') ? library : `./${library}` });
  for (const f of result.files) writeFileSync(join(target, f.fileName), f.text);
  return {
    dir: target,
    result,
    load: (fileName) => require(join(target, fileName.replace(/\.ts$/, ''))),
    remove: () => rmSync(target, { recursive: true, force: true }),
  };
}

/** The compiler's diagnostics for the generated files (strict, as the project's tsconfig). */
export function typeErrors(dirs: readonly string[]): string[] {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const files = dirs.flatMap((d) => ts.sys.readDirectory(d, ['.ts']));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true, strict: true });
  return ts
    .getPreEmitDiagnostics(program)
    .filter(
      (d) =>
        d.file === undefined ||
        files.some((f) => d.file!.fileName.endsWith(f.split('/').pop()!) && d.file!.fileName.includes('.import-test-')),
    )
    .map((d) => `${d.file ? relative(ROOT, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** The files Biome's formatter would change. */
export function unformatted(dir: string, fileNames: readonly string[]): string[] {
  const biome = join(ROOT, 'node_modules', '.bin', 'biome');
  return fileNames.filter((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const r = spawnSync(biome, ['format', '--stdin-file-path=src/generated.ts'], { input: text, encoding: 'utf8', cwd: ROOT });
    return r.status !== 0 || r.stdout !== text;
  });
}
