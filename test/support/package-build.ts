// Test support (not a test): the package compiled from the current sources as `npm run build` compiles it
// (`tsc -p tsconfig.build.json`), into node_modules/.cache/cdktf-harness-idp-tests/package/lib: inside the repository,
// so that the compiled files resolve cdktf and the other dependencies as lib/ does. The build is incremental: tsc's
// build info records the hash of every input and the options, and tsc re-emits what changed since the last run (a cold
// build takes about as long as `npm run build`, a build with no change a few seconds). So that no stale file can stand
// in for a compiled one, the folder holds exactly the outputs of the current inputs:
// - an output of no current input (a deleted or renamed source) is deleted; tsc leaves it;
// - an output missing, or changed by anything but this build (its size or mtime differs from the record the last build
//   wrote), or a missing record, means a clean build into an empty folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'cdktf-harness-idp-tests', 'package');
const OUT = join(CACHE, 'lib');
const BUILD_INFO = join(CACHE, 'build.tsbuildinfo');
const RECORD = join(CACHE, 'outputs.json');
const LOCK = join(CACHE, 'lock');

/** Compiles the package (incrementally, see the module comment) and returns the folder of the compiled files. */
export function buildPackage(): string {
  mkdirSync(CACHE, { recursive: true });
  return withLock(() => {
    if (!matchesRecord()) rmSync(OUT, { recursive: true, force: true });
    if (!existsSync(OUT)) rmSync(BUILD_INFO, { force: true });
    rmSync(RECORD, { force: true });
    const expected = new Set(compile().flatMap(outputsOf));
    for (const file of filesIn(OUT)) if (!expected.has(file)) unlinkSync(file);
    const missing = [...expected].filter((f) => !existsSync(f));
    if (missing.length > 0) {
      // an output deleted since the last build: tsc does not write it again for an unchanged input
      rmSync(OUT, { recursive: true, force: true });
      rmSync(BUILD_INFO, { force: true });
      compile();
    }
    writeFileSync(RECORD, JSON.stringify(stats()));
    return OUT;
  });
}

/** Runs tsc; returns the package's own input files (src/, .gen/) of the program: TypeScript sources and JSON modules. */
function compile(): string[] {
  const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
  const args = ['-p', 'tsconfig.build.json', '--outDir', OUT, '--incremental', '--tsBuildInfoFile', BUILD_INFO, '--listFiles'];
  const listed = execFileSync(tsc, args, { cwd: ROOT, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 }).toString();
  return listed
    .split('\n')
    .map((line) => line.trim())
    .filter((f) => /\.(ts|json)$/.test(f) && !/\.d\.ts$/.test(f) && !relative(ROOT, f).startsWith('..') && !f.includes('/node_modules/'));
}

/** What tsc writes for an input: a source's JavaScript and declarations, a JSON module (`resolveJsonModule`) as it is. */
function outputsOf(source: string): string[] {
  const out = join(OUT, relative(ROOT, source));
  if (source.endsWith('.json')) return [out];
  return [out.replace(/\.ts$/, '.js'), out.replace(/\.ts$/, '.d.ts')];
}

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Size and mtime of every output. */
function stats(): Record<string, [number, number]> {
  return Object.fromEntries(filesIn(OUT).map((f) => [f, [statSync(f).size, statSync(f).mtimeMs]]));
}

function matchesRecord(): boolean {
  if (!existsSync(RECORD)) return false;
  const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, [number, number]>;
  const now = stats();
  const files = Object.keys(now);
  return files.length === Object.keys(recorded).length && files.every((f) => recorded[f]?.join() === now[f].join());
}

/** Runs `body` holding the cache folder's lock (a second test run in the same repository waits for the first). */
function withLock<T>(body: () => T): T {
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // a lock older than ten minutes was left by a run that was killed
      const since = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 600_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`package build: ${LOCK} is held by another test run`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return body();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
