// Test support (not a test): writes what `cdktf-harness-idp import` generates into a folder of the repository,
// type-checks it under `strict` with the TypeScript compiler, checks it is formatted as Biome writes it, and loads it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { type ImportOptions, type ImportResult, type ImportSource, importDocuments } from '../../src/importer/project';
import { cachingCompilerHost } from './compiler';

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

/**
 * The compiler's diagnostics for the generated files (strict, as the project's tsconfig): those of each generated file
 * (syntactic, semantic, declaration) and those of no file (options, global). The library they import is type-checked
 * only as far as the generated code uses it (`npm run typecheck` checks the library itself): asking the whole program
 * for its diagnostics would check every library file and throw those diagnostics away.
 */
export function typeErrors(dirs: readonly string[]): string[] {
  return [...new Set([...typeErrorsByDir(dirs).values()].flat())];
}

/** {@link typeErrors} of several folders from one program: each folder's files' diagnostics and those of no file. */
export function typeErrorsByDir(dirs: readonly string[]): Map<string, string[]> {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const filesOf = new Map(dirs.map((d) => [d, ts.sys.readDirectory(d, ['.ts'])]));
  const options = { ...parsed.options, noEmit: true, strict: true };
  const program = ts.createProgram([...filesOf.values()].flat(), options, cachingCompilerHost(options));
  const text = (d: ts.Diagnostic) =>
    `${d.file ? relative(ROOT, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  const diagnosticsOf = (f: string) => {
    const sourceFile = program.getSourceFile(f);
    if (!sourceFile) throw new Error(`typeErrors: ${f} is not in the program`);
    return ts.getPreEmitDiagnostics(program, sourceFile);
  };
  return new Map(dirs.map((d) => [d, ts.sortAndDeduplicateDiagnostics(filesOf.get(d)!.flatMap(diagnosticsOf)).map(text)]));
}

/**
 * The files Biome's formatter would change, with the project's formatter settings (biome.json), in one Biome run: the
 * folder gets a biome.json with those settings for the files (the project's own biome.json does not include the
 * git-ignored folder) while Biome runs.
 */
export function unformatted(dir: string, fileNames: readonly string[]): string[] {
  const project = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  const settings = { formatter: project.formatter, javascript: project.javascript };
  const config = {
    ...settings,
    vcs: { enabled: false },
    files: { includes: fileNames },
    linter: { enabled: false },
    assist: { enabled: false },
  };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  try {
    const biome = join(ROOT, 'node_modules', '.bin', 'biome');
    const r = spawnSync(biome, ['format', '--config-path=.', '--reporter=json', ...fileNames], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { diagnostics: { location?: { path?: string } }[] };
    const reported = new Set(report.diagnostics.map((d) => d.location?.path));
    const files = fileNames.filter((f) => reported.has(f));
    if (r.status !== 0 && files.length === 0) throw new Error(`biome format failed:\n${r.stdout}${r.stderr}`);
    return files;
  } finally {
    rmSync(join(dir, 'biome.json'), { force: true });
  }
}
