import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { generatorKey } from './schema-compile';
import { defaultCacheDir, loadSchemaModule, processStore } from './schema-module-cache';
import { type HarnessPipelineValidationResult, validateDocument } from './schema-diagnostics';
import { HARNESS_PIPELINE_SCHEMA_ENV, resolveHarnessSchemaPath } from './schema-source';

// The schema lookup and repairs, where users (and the tests) found them before they had their own files.
export { repairHarnessSchema } from './schema-repair';
export {
  HARNESS_PIPELINE_SCHEMA_ENV,
  type HarnessSchemaCandidate,
  harnessSchemaCandidates,
  resolveHarnessSchemaPath,
} from './schema-source';

/**
 * Validation of Harness v0 pipeline YAML against the official JSON schema (`harness/harness-schema`,
 * `v0/pipeline.json`), for tests: `validateHarnessPipeline(yaml)` or the jest matcher
 * `toBeValidHarnessPipeline()` (see `jest-matchers.ts`).
 *
 * Where the schema comes from: `schema-source.ts` (`$HARNESS_PIPELINE_SCHEMA`, the user cache) and
 * `schema-download.ts` (the pinned download). Compiling it with Ajv takes about 4 s (6–7 s inside jest), and jest
 * loads modules anew for every test file, so the compiled validators are cached on disk and per process
 * (`schema-module-cache.ts`). See {@link loadHarnessSchemaValidator}.
 */

/** Options of {@link loadHarnessSchemaValidator}. */
export interface HarnessSchemaLoadOptions {
  /**
   * The schema file.
   * @default - resolved by {@link resolveHarnessSchemaPath}
   */
  readonly schemaPath?: string;
  /**
   * Where compiled validators are cached; `false` compiles in memory without a disk cache.
   * @default - `$HARNESS_SCHEMA_CACHE_DIR`, else `node_modules/.cache/cdktf-harness-idp` of the working
   *   directory (or of the package), else the OS temp directory
   */
  readonly cacheDir?: string | false;
}

/** How a validator was obtained (for diagnostics and benchmarks). */
export interface HarnessSchemaLoadInfo {
  /** The schema file. */
  readonly schemaPath: string;
  /** sha256 of the schema file. */
  readonly sha256: string;
  /**
   * `compiled`: Ajv compiled the schema now; `disk`: standalone code came from the disk cache; `process`: another
   * module instance (e.g. an earlier jest test file) of this process had loaded it.
   */
  readonly source: 'compiled' | 'disk' | 'process';
  /** The cached standalone code file, if a disk cache is used. */
  readonly cacheFile?: string;
  /** Whether V8 accepted a cached code image for the standalone code. */
  readonly codeCacheUsed: boolean;
  /** Repairs applied to the schema so that Ajv 8 compiles it, as `<keyword> at <pointer>`. */
  readonly repairs: readonly string[];
  /** Time this module instance took to obtain the validator, in milliseconds. */
  readonly loadMillis: number;
}

/** A Harness pipeline schema validator; see {@link loadHarnessSchemaValidator}. */
export interface HarnessPipelineValidator {
  /** Validates a pipeline document (YAML text or the parsed `{ pipeline: ... }` object). */
  validate(document: string | object): HarnessPipelineValidationResult;
  /** How it was loaded. */
  readonly info: HarnessSchemaLoadInfo;
}

const loaded = new Map<string, HarnessPipelineValidator>();

/**
 * Validates a Harness v0 pipeline document against the official schema. Accepts YAML text (parsed as
 * YAML 1.1, as Harness does) or the parsed object. On failure the diagnostics re-validate the pipeline
 * envelope, each stage against the node definition its `type` selects, and each step against the node
 * definition its `type` selects within that stage type, so messages name the node and the field.
 *
 * Throws if the schema cannot be found (see {@link resolveHarnessSchemaPath}).
 */
export function validateHarnessPipeline(document: string | object): HarnessPipelineValidationResult {
  return loadHarnessSchemaValidator().validate(document);
}

/**
 * Loads a validator for the Harness pipeline schema, at most once per process and schema file:
 *
 * 1. in memory: a process that already loaded the validators reuses them (also across jest test files);
 * 2. on disk: Ajv standalone code named after the schema's sha256, plus a V8 code cache, in
 *    `node_modules/.cache/cdktf-harness-idp` (see {@link HarnessSchemaLoadOptions.cacheDir});
 * 3. else Ajv 8 compiles the repaired schema (≈4 s in plain Node, ≈6–7 s inside jest) and writes the cache.
 *
 * Cache files are written atomically (temporary file + rename), so parallel jest workers can share them.
 */
export function loadHarnessSchemaValidator(options: HarnessSchemaLoadOptions = {}): HarnessPipelineValidator {
  const schemaPath = options.schemaPath !== undefined ? resolve(options.schemaPath) : resolveHarnessSchemaPath();
  if (!existsSync(schemaPath)) {
    throw new Error(
      `Harness pipeline JSON schema not found at ${schemaPath}. Fix: pass the path of pipeline.json, or set ${HARNESS_PIPELINE_SCHEMA_ENV}`,
    );
  }
  const st = statSync(schemaPath);
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const key = `${schemaPath}|${st.size}|${st.mtimeMs}|${cacheDir}|${generatorKey()}`;
  let v = loaded.get(key);
  if (!v) {
    const started = Date.now();
    const store = processStore();
    let entry = store[key];
    let source: HarnessSchemaLoadInfo['source'] = 'process';
    if (!entry) {
      entry = loadSchemaModule(schemaPath, cacheDir);
      store[key] = entry;
      source = entry.source;
    }
    const m = entry.module;
    const info: HarnessSchemaLoadInfo = {
      schemaPath: entry.schemaPath,
      sha256: entry.sha256,
      source,
      cacheFile: entry.cacheFile,
      codeCacheUsed: entry.codeCacheUsed,
      repairs: [...m.meta.repairs],
      loadMillis: Date.now() - started,
    };
    v = { info, validate: (document) => validateDocument(m, document) };
    loaded.set(key, v);
  }
  return v;
}
