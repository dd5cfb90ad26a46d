import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { runInThisContext, Script } from 'node:vm';
import { type GeneratedModule, generateStandaloneCode, generatorKey, requireAjv } from './schema-compile';
import { sha256Hex, tryRead, tryWriteFileAtomic } from './schema-files';

/**
 * The compiled schema, kept at two levels: Ajv standalone code on disk (named after the schema's SHA-256, plus a V8
 * code cache: ≈0.1 s to load instead of ≈4–7 s to compile), and the evaluated module for the rest of the process.
 * Jest runs every test file in a fresh module registry, so the process level lives on the global object of the
 * process's main context; the generated validators are pure functions evaluated there and hold nothing of a test
 * file.
 */

/** Environment variable naming the cache directory for the compiled schema. */
export const HARNESS_SCHEMA_CACHE_DIR_ENV = 'HARNESS_SCHEMA_CACHE_DIR';

const PACKAGE_NAME = 'cdktf-harness-idp';
const PROCESS_STORE = Symbol.for('cdktf-harness-idp.harness-pipeline-schema');

/** A loaded schema module and how it was obtained. */
export interface LoadedSchema {
  readonly module: GeneratedModule;
  readonly schemaPath: string;
  readonly sha256: string;
  /** `compiled` now, or read from `disk`. */
  readonly source: 'compiled' | 'disk';
  readonly cacheFile?: string;
  readonly codeCacheUsed: boolean;
}

/** The per-process store, on the main context's global object (shared by all jest test files of a worker). */
export function processStore(): Record<string, LoadedSchema | undefined> {
  const mainGlobal = runInThisContext('globalThis') as Record<symbol, unknown>;
  const existing = mainGlobal[PROCESS_STORE];
  if (existing !== null && typeof existing === 'object') return existing as Record<string, LoadedSchema | undefined>;
  const store = Object.create(null) as Record<string, LoadedSchema | undefined>;
  Object.defineProperty(mainGlobal, PROCESS_STORE, { value: store, enumerable: false, configurable: true });
  return store;
}

/** Loads the schema's validators from the disk cache, or compiles them and writes the cache. */
export function loadSchemaModule(schemaPath: string, cacheDir: string | false): LoadedSchema {
  const bytes = readFileSync(schemaPath);
  const sha256 = sha256Hex(bytes);
  const key = `${sha256.slice(0, 16)}-${generatorKey()}`;
  const codeFile = cacheDir === false ? undefined : join(cacheDir, `pipeline-${key}.js`);
  const codeCacheFile =
    cacheDir === false ? undefined : join(cacheDir, `pipeline-${key}-v8-${process.versions.v8}-${process.arch}.v8cache`);

  const code = codeFile ? tryRead(codeFile)?.toString('utf8') : undefined;
  let mod = code === undefined ? undefined : tryEvaluate(code, codeFile!, codeCacheFile, sha256);
  let source: LoadedSchema['source'] = 'disk';
  if (!mod) {
    const generated = generateStandaloneCode(bytes, sha256);
    source = 'compiled';
    if (codeFile) tryWriteFileAtomic(codeFile, generated);
    mod = tryEvaluate(generated, codeFile ?? `harness-pipeline-schema-${key}.js`, codeCacheFile, sha256, true);
    if (!mod) throw new Error('Harness pipeline schema: the generated validator code does not export the expected validators');
  }
  // Built in the main context and holding only primitives and main-context objects: the process store must not
  // keep a jest test file's context alive.
  const entry = runInThisContext('Object.create(null)') as Record<string, unknown>;
  Object.assign(entry, { module: mod.module, schemaPath, sha256, source, cacheFile: codeFile, codeCacheUsed: mod.codeCacheUsed });
  return entry as unknown as LoadedSchema;
}

/**
 * Evaluates generated code (with a V8 code cache if one is there); writes the code cache when missing or stale.
 * Returns undefined for unusable code (e.g. a cache file from elsewhere), unless `rethrow` is set.
 */
function tryEvaluate(
  code: string,
  filename: string,
  codeCacheFile: string | undefined,
  sha256: string,
  rethrow = false,
): { module: GeneratedModule; codeCacheUsed: boolean } | undefined {
  const cachedData = codeCacheFile ? tryRead(codeCacheFile) : undefined;
  let script: Script;
  const mod = runInThisContext('({ exports: {} })') as { exports: Record<string, unknown> };
  try {
    script = new Script(`(function (require, exports, module) {${code}\n})`, { filename, cachedData });
    (script.runInThisContext() as (r: (id: string) => unknown, e: unknown, m: unknown) => void)(
      mainContextRequire(__filename),
      mod.exports,
      mod,
    );
  } catch (e) {
    if (rethrow) throw new Error(`Harness pipeline schema: the generated validator code could not be loaded: ${(e as Error).message}`);
    return undefined;
  }
  const m = mod.exports as unknown as GeneratedModule;
  if (typeof m.root !== 'function' || m.meta?.sha256 !== sha256) return undefined;
  const codeCacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  if (codeCacheFile && !codeCacheUsed) {
    warmUp(m);
    tryWriteFileAtomic(codeCacheFile, script.createCachedData());
  }
  return { module: m, codeCacheUsed };
}

/**
 * A `require` for the generated code, which needs only Ajv runtime helpers (`ajv/dist/runtime/ucs2length`).
 * It resolves ids from `fromFile` but evaluates the files in the main context, like the generated code itself:
 * jest evaluates modules in a test file's context, and a validator kept for the whole process must not hold
 * functions (and so the context) of one test file. Node built-ins are shared anyway and come from `require`.
 */
function mainContextRequire(fromFile: string): (id: string) => unknown {
  const loadedFiles = new Map<string, { exports: unknown }>();
  const requireFrom =
    (from: string) =>
    (id: string): unknown => {
      const file = requireAjv<string>(id, (x) => require.resolve(x, { paths: [dirname(from)] }));
      if (!isAbsolute(file)) return require(file); // a Node built-in
      let mod = loadedFiles.get(file);
      if (!mod) {
        mod = runInThisContext('({ exports: {} })') as { exports: unknown };
        loadedFiles.set(file, mod);
        const wrapper = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
          filename: file,
        });
        (wrapper as (...args: unknown[]) => void)(mod.exports, requireFrom(file), mod, file, dirname(file));
      }
      return mod.exports;
    };
  return requireFrom(fromFile);
}

/** Runs each stage type's validators once, so the V8 code cache holds their compiled code. */
function warmUp(m: GeneratedModule): void {
  for (const [type, meta] of Object.entries(m.meta.stages)) {
    const stepType = meta.steps.Run ? 'Run' : Object.keys(meta.steps)[0];
    if (stepType === undefined) continue;
    const step = { step: { identifier: 'a', name: 'a', type: stepType, spec: {} } };
    m.root({
      pipeline: {
        identifier: 'warm',
        name: 'warm',
        stages: [{ stage: { identifier: 's', name: 's', type, spec: { execution: { steps: [step] } } } }],
      },
    });
  }
}

/**
 * The compiled-schema cache directory: `$HARNESS_SCHEMA_CACHE_DIR`, else `node_modules/.cache/cdktf-harness-idp` of
 * the working directory (or of the package), else the OS temp directory.
 */
export function defaultCacheDir(): string {
  const fromEnv = process.env[HARNESS_SCHEMA_CACHE_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  for (const base of [process.cwd(), packageRoot()]) {
    if (base && existsSync(join(base, 'node_modules'))) return join(base, 'node_modules', '.cache', PACKAGE_NAME);
  }
  return join(tmpdir(), `${PACKAGE_NAME}-cache`);
}

/** The directory of this package's package.json (works from `src/` and from compiled `lib/`). */
function packageRoot(): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const pkg = tryRead(join(dir, 'package.json'));
    if (pkg !== undefined) {
      try {
        if ((JSON.parse(pkg.toString('utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
      } catch {
        // not a readable package.json: keep walking up
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}
