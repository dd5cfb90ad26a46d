// Test support (not a test): a compiler host whose parsed source files outlive the program, for the test files of
// one worker (see test/support/typescript-environment.ts). A file is reused by a later program with the same compiler
// options while its text is the same, as the language service's document registry does; else parsed again.
import * as ts from 'typescript';

/** A compiler host for `options` that reuses the source files parsed for earlier programs with the same options. */
export function cachingCompilerHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const cache = (globalThis as { __workerSourceFiles?: Map<string, ts.SourceFile> }).__workerSourceFiles;
  if (!cache) return host;
  const parse = host.getSourceFile;
  const settings = JSON.stringify(options);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const key = `${fileName}\n${settings}\n${JSON.stringify(languageVersion)}`;
    const text = host.readFile(fileName);
    const cached = cache.get(key);
    if (cached !== undefined && cached.text === text) return cached;
    const sourceFile = parse(fileName, languageVersion, onError, shouldCreate);
    if (sourceFile) cache.set(key, sourceFile);
    return sourceFile;
  };
  return host;
}
