import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { runInThisContext, Script } from 'node:vm';
import { parse as parseYaml } from 'yaml';

/**
 * Validation of Harness v0 pipeline YAML against the official JSON schema (`harness/harness-schema`,
 * `v0/pipeline.json`), for tests: `validateHarnessPipeline(yaml)` or the jest matcher
 * `toBeValidHarnessPipeline()` (see `jest-matchers.ts`).
 *
 * The schema is data the project does not ship: it is read from `$HARNESS_PIPELINE_SCHEMA`, or from
 * `../shared/harness-schema/pipeline.json` beside the working directory or the package. Compiling it with
 * Ajv takes about 4 s (6–7 s inside jest), and jest loads modules anew for every test file, so the compiled
 * validators are cached on disk as Ajv standalone code (keyed by the schema's sha256) plus a V8 code cache
 * (≈0.1 s to load), and kept for the rest of the process (≈0 ms for the next test file).
 * See {@link loadHarnessSchemaValidator}.
 */

/** Environment variable naming the schema file (a path). */
export const HARNESS_PIPELINE_SCHEMA_ENV = 'HARNESS_PIPELINE_SCHEMA';
/** Environment variable naming the cache directory for the compiled schema. */
export const HARNESS_SCHEMA_CACHE_DIR_ENV = 'HARNESS_SCHEMA_CACHE_DIR';

/** Bump when the generated code or its metadata changes shape: old cache files are then ignored. */
const GENERATOR_VERSION = '1';
const PACKAGE_NAME = 'cdktf-harness-idp';
const SCHEMA_RELATIVE_PATH = join('..', 'shared', 'harness-schema', 'pipeline.json');
/** Ajv options; part of the cache key. `inlineRefs: false` lets the exported node validators share code with the root. */
const AJV_OPTIONS = { strict: false, validateSchema: false, inlineRefs: false, allErrors: false, code: { source: true } } as const;
/** Reported per unit (envelope, stage, step) at most. */
const MAX_ERRORS_PER_NODE = 8;

/** Result of {@link validateHarnessPipeline}. */
export interface HarnessPipelineValidationResult {
  /** True if the document validates against the schema. */
  readonly valid: boolean;
  /**
   * Readable diagnostics, one per problem, located by node, e.g.
   * `stages[0].stage.spec.execution.steps[1].step (K8sScale): step type "K8sScale" is not allowed in a Custom stage`.
   */
  readonly errors: string[];
}

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

/** A place the schema is looked for. */
export interface HarnessSchemaCandidate {
  /** Absolute path. */
  readonly path: string;
  /** Where the path comes from. */
  readonly origin: string;
}

/** The places the schema is looked for, in order. */
export function harnessSchemaCandidates(): HarnessSchemaCandidate[] {
  const candidates: HarnessSchemaCandidate[] = [];
  const fromEnv = process.env[HARNESS_PIPELINE_SCHEMA_ENV];
  if (fromEnv !== undefined && fromEnv !== '') candidates.push({ path: resolve(fromEnv), origin: `$${HARNESS_PIPELINE_SCHEMA_ENV}` });
  candidates.push({
    path: resolve(process.cwd(), SCHEMA_RELATIVE_PATH),
    origin: `${SCHEMA_RELATIVE_PATH} relative to the working directory`,
  });
  const root = packageRoot();
  if (root)
    candidates.push({
      path: resolve(root, SCHEMA_RELATIVE_PATH),
      origin: `${SCHEMA_RELATIVE_PATH} relative to the ${PACKAGE_NAME} package`,
    });
  return candidates.filter((c, i) => candidates.findIndex((o) => o.path === c.path) === i);
}

/**
 * The schema file: `$HARNESS_PIPELINE_SCHEMA`, then `../shared/harness-schema/pipeline.json` relative to the
 * working directory, then relative to the package root. Throws, listing every path tried, if none exists:
 * schema validation is never skipped silently. A `$HARNESS_PIPELINE_SCHEMA` that names a missing file is an
 * error too (it is not silently replaced by another schema).
 */
export function resolveHarnessSchemaPath(): string {
  const candidates = harnessSchemaCandidates();
  const exists = (p: string): boolean => existsSync(p) && statSync(p).isFile();
  const fromEnv = candidates.find((c) => c.origin === `$${HARNESS_PIPELINE_SCHEMA_ENV}`);
  if (fromEnv && exists(fromEnv.path)) return fromEnv.path;
  const found = fromEnv ? undefined : candidates.find((c) => exists(c.path));
  if (found) return found.path;
  throw new Error(
    [
      fromEnv
        ? `Harness pipeline JSON schema not found: $${HARNESS_PIPELINE_SCHEMA_ENV} is set to '${fromEnv.path}', which does not exist. Paths tried:`
        : 'Harness pipeline JSON schema not found. Paths tried:',
      ...candidates.map(
        (c) =>
          `  - ${c.path} (${c.origin}): ${exists(c.path) ? `exists, not used because $${HARNESS_PIPELINE_SCHEMA_ENV} is set` : 'missing'}`,
      ),
      `Fix: set ${HARNESS_PIPELINE_SCHEMA_ENV} to the path of pipeline.json, the official Harness v0 pipeline schema`,
      '(v0/pipeline.json of the harness/harness-schema repository), or put it at ../shared/harness-schema/pipeline.json beside the project.',
    ].join('\n'),
  );
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
 * 1. in memory: a process that already loaded the validators reuses them. Jest runs every test file in a
 *    fresh module registry, so they are kept on the global object of the process's main context (the
 *    generated validators are pure functions evaluated there; they hold nothing of a test file);
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

// ---------------------------------------------------------------------------------------------------------
// Loading and compiling

type AjvError = { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> };
type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** Which stage node, step group node and step nodes each stage type uses (export names of the generated code). */
interface StageMeta {
  readonly node: string;
  readonly group?: string;
  readonly steps: Record<string, string>;
}

interface GeneratedMeta {
  readonly sha256: string;
  readonly stages: Record<string, StageMeta>;
  readonly stageTemplate?: string;
  readonly stepTemplate?: string;
  readonly repairs: string[];
}

interface GeneratedModule {
  readonly root: ValidateFn;
  readonly meta: GeneratedMeta;
  readonly [name: string]: unknown;
}

interface LoadedSchema extends Omit<HarnessSchemaLoadInfo, 'loadMillis' | 'repairs'> {
  readonly module: GeneratedModule;
}

const PROCESS_STORE = Symbol.for('cdktf-harness-idp.harness-pipeline-schema');

/** The per-process store, on the main context's global object (shared by all jest test files of a worker). */
function processStore(): Record<string, LoadedSchema | undefined> {
  const mainGlobal = runInThisContext('globalThis') as Record<symbol, unknown>;
  const existing = mainGlobal[PROCESS_STORE];
  if (existing !== null && typeof existing === 'object') return existing as Record<string, LoadedSchema | undefined>;
  const store = Object.create(null) as Record<string, LoadedSchema | undefined>;
  Object.defineProperty(mainGlobal, PROCESS_STORE, { value: store, enumerable: false, configurable: true });
  return store;
}

function loadSchemaModule(schemaPath: string, cacheDir: string | false): LoadedSchema {
  const bytes = readFileSync(schemaPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const key = `${sha256.slice(0, 16)}-${generatorKey()}`;
  const codeFile = cacheDir === false ? undefined : join(cacheDir, `pipeline-${key}.js`);
  const codeCacheFile =
    cacheDir === false ? undefined : join(cacheDir, `pipeline-${key}-v8-${process.versions.v8}-${process.arch}.v8cache`);

  const code = codeFile ? tryRead(codeFile)?.toString('utf8') : undefined;
  let mod = code === undefined ? undefined : tryEvaluate(code, codeFile!, codeCacheFile, sha256);
  let source: HarnessSchemaLoadInfo['source'] = 'disk';
  if (!mod) {
    const generated = generateStandaloneCode(bytes, sha256);
    source = 'compiled';
    if (codeFile) writeAtomic(codeFile, generated);
    mod = tryEvaluate(generated, codeFile ?? `harness-pipeline-schema-${key}.js`, codeCacheFile, sha256, true);
    if (!mod) throw new Error('Harness pipeline schema: the generated validator code does not export the expected validators');
  }
  // Built in the main context and holding only primitives and main-context objects: the process store must not
  // keep a jest test file's context alive.
  const entry = runInThisContext('Object.create(null)') as Record<string, unknown>;
  Object.assign(entry, { module: mod.module, schemaPath, sha256, source, cacheFile: codeFile, codeCacheUsed: mod.codeCacheUsed });
  return entry as unknown as LoadedSchema;
}

let generatorKeyMemo: string | undefined;

/** Part of every cache key: generator version, Ajv version and options. */
function generatorKey(): string {
  if (generatorKeyMemo === undefined) {
    const ajvVersion = (require('ajv/package.json') as { version: string }).version;
    generatorKeyMemo = createHash('sha256')
      .update(JSON.stringify([GENERATOR_VERSION, ajvVersion, AJV_OPTIONS]))
      .digest('hex')
      .slice(0, 8);
  }
  return generatorKeyMemo;
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
    writeAtomic(codeCacheFile, script.createCachedData());
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
      const file = require.resolve(id, { paths: [dirname(from)] });
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
    m.root({
      pipeline: {
        identifier: 'warm',
        name: 'warm',
        stages: [
          {
            stage: {
              identifier: 's',
              name: 's',
              type,
              spec: { execution: { steps: [{ step: { identifier: 'a', name: 'a', type: stepType, spec: {} } }] } },
            },
          },
        ],
      },
    });
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Keywords whose `null` value the shipped schema carries by mistake (a keyword with no value in the schema's YAML source); dropped. */
const NULLABLE_KEYWORDS = new Set([
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'pattern',
  'properties',
  'items',
  'required',
  'type',
  'additionalProperties',
]);

/** Applies the repairs Ajv 8 needs to compile the schema (an empty `enum`, `null` keyword values). Mutates `schema`. */
export function repairHarnessSchema(schema: Json): string[] {
  const repairs: string[] = [];
  const walk = (node: Json, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${pointer}/${i}`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node.enum) && node.enum.length === 0) {
      // An empty enum matches nothing; Ajv rejects it ("enum must have non-empty array"): use the equivalent `not: {}`.
      delete node.enum;
      node.not = {};
      repairs.push(`enum [] -> not {} at ${pointer}`);
    }
    for (const k of Object.keys(node)) {
      if (node[k] === null && NULLABLE_KEYWORDS.has(k)) {
        delete node[k];
        repairs.push(`${k}: null dropped at ${pointer}`);
        continue;
      }
      walk(node[k], `${pointer}/${k}`);
    }
  };
  walk(schema, '#');
  return repairs;
}

/** Compiles the schema with Ajv 8 and returns standalone code exporting the root and every stage/step node. */
function generateStandaloneCode(bytes: Buffer, sha256: string): string {
  // Loaded only when compiling: a cached load needs neither Ajv's compiler nor its code generator.
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone')).default;
  const schema = JSON.parse(bytes.toString('utf8')) as Json;
  const repairs = repairHarnessSchema(schema);
  // `int32` (332×) and `double` (6×) are not standard formats; registered as "any value of the type".
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { ...AJV_OPTIONS.code }, formats: { int32: true, double: true } });
  ajv.addSchema(schema as object, 'pipeline.json');

  const defs = ((schema as { definitions?: { pipeline?: Json } }).definitions?.pipeline ?? {}) as { [k: string]: Json };
  const lookup = (ref: string): { [k: string]: Json } | undefined => {
    const prefix = '#/definitions/pipeline/';
    if (!ref.startsWith(prefix)) return undefined;
    let node: Json | undefined = defs;
    for (const part of ref.slice(prefix.length).split('/')) {
      node = node && typeof node === 'object' && !Array.isArray(node) ? node[part] : undefined;
    }
    return node && typeof node === 'object' && !Array.isArray(node) ? node : undefined;
  };
  const refOf = (node: Json | undefined): string | undefined =>
    node && typeof node === 'object' && !Array.isArray(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
  const typeLiterals = (node: { [k: string]: Json } | undefined): string[] => {
    const t = (node?.properties as { [k: string]: Json } | undefined)?.type as { [k: string]: Json } | undefined;
    if (!t) return [];
    if (Array.isArray(t.enum)) return t.enum.filter((x): x is string => typeof x === 'string');
    return typeof t.const === 'string' ? [t.const] : [];
  };

  const exportsByRef = new Map<string, string>();
  const exportFor = (ref: string): string => {
    let name = exportsByRef.get(ref);
    if (!name) {
      name = `n${exportsByRef.size}`;
      exportsByRef.set(ref, name);
      ajv.addSchema({ $ref: `pipeline.json${ref}` }, name);
    }
    return name;
  };

  const stages: Record<string, StageMeta> = {};
  let stageTemplate: string | undefined;
  let stepTemplate: string | undefined;
  const stageOneOf = (
    (lookup('#/definitions/pipeline/stages/stages')?.properties as { [k: string]: Json } | undefined)?.stage as
      | { [k: string]: Json }
      | undefined
  )?.oneOf;
  for (const entry of Array.isArray(stageOneOf) ? stageOneOf : []) {
    const stageRef = refOf(entry);
    const stageNode = stageRef ? lookup(stageRef) : undefined;
    if (!stageRef || !stageNode) continue;
    const literals = typeLiterals(stageNode);
    if (literals.length === 0) {
      stageTemplate = exportFor(stageRef);
      continue;
    }
    // stage node -> allOf[if type then spec: $ref] -> spec.execution -> steps.items -> ExecutionWrapperConfig
    const specRef = (Array.isArray(stageNode.allOf) ? stageNode.allOf : [])
      .map((a) =>
        refOf(
          (((a as { [k: string]: Json }).then as { [k: string]: Json } | undefined)?.properties as { [k: string]: Json } | undefined)?.spec,
        ),
      )
      .find((r) => r !== undefined);
    const execRef = refOf(((specRef ? lookup(specRef) : undefined)?.properties as { [k: string]: Json } | undefined)?.execution);
    const stepsDef = ((execRef ? lookup(execRef) : undefined)?.properties as { [k: string]: Json } | undefined)?.steps as
      | { [k: string]: Json }
      | undefined;
    const wrapperRef = refOf(stepsDef?.items);
    const wrapper = wrapperRef ? lookup(wrapperRef) : undefined;
    const wrapperProps = wrapper?.properties as { [k: string]: Json } | undefined;
    const steps: Record<string, string> = {};
    const stepOneOf = (wrapperProps?.step as { [k: string]: Json } | undefined)?.oneOf;
    for (const s of Array.isArray(stepOneOf) ? stepOneOf : []) {
      const stepRef = refOf(s);
      const stepNode = stepRef ? lookup(stepRef) : undefined;
      if (!stepRef || !stepNode) continue;
      const stepLiterals = typeLiterals(stepNode);
      if (stepLiterals.length === 0 && stepNode.properties && (stepNode.properties as { [k: string]: Json }).template) {
        stepTemplate = exportFor(stepRef);
      }
      for (const lit of stepLiterals) steps[lit] ??= exportFor(stepRef);
    }
    const groupRef = refOf(wrapperProps?.stepGroup);
    const meta: StageMeta = { node: exportFor(stageRef), group: groupRef ? exportFor(groupRef) : undefined, steps };
    for (const lit of literals) stages[lit] = meta;
  }

  const refs: Record<string, string> = { root: 'pipeline.json' };
  for (const name of exportsByRef.values()) refs[name] = name;
  const meta = { sha256, stages, stageTemplate, stepTemplate, repairs };
  return `${standaloneCode(ajv, refs)}\nexports.meta = ${JSON.stringify(meta)};\n`;
}

function defaultCacheDir(): string {
  const fromEnv = process.env[HARNESS_SCHEMA_CACHE_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  for (const base of [process.cwd(), packageRoot()]) {
    if (base && existsSync(join(base, 'node_modules'))) return join(base, 'node_modules', '.cache', PACKAGE_NAME);
  }
  return join(tmpdir(), `${PACKAGE_NAME}-cache`);
}

/** The directory of this package's package.json (works from `src/` and from compiled `lib/`). */
function packageRoot(): string | undefined {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
      } catch {
        // not a readable package.json: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function tryRead(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes via a temporary file and a rename, so a concurrent reader never sees a partial file. Best effort. */
function writeAtomic(file: string, data: string | Buffer): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    // A read-only cache directory only costs speed: the validator still works from memory.
  }
}

// ---------------------------------------------------------------------------------------------------------
// Validation and diagnostics

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
/** A step list the schema accepts in any stage: stands in for real steps when checking an envelope. */
const STUB_STEPS = (): unknown[] => [{ parallel: [] }];

function validateDocument(m: GeneratedModule, document: string | object): HarnessPipelineValidationResult {
  let doc: unknown = document;
  if (typeof document === 'string') {
    try {
      doc = parseYaml(document, { version: '1.1' });
    } catch (e) {
      return { valid: false, errors: [`document: not valid YAML: ${(e as Error).message}`] };
    }
  }
  if (m.root(doc)) return { valid: true, errors: [] };
  const rootErrors = m.root.errors ?? [];
  const errors = diagnose(m, doc);
  if (errors.length === 0) errors.push(...formatErrors('document', rootErrors, doc));
  if (errors.length === 0) errors.push('document: does not validate against the Harness pipeline schema');
  return { valid: false, errors };
}

function run(m: GeneratedModule, exportName: string, data: unknown): AjvError[] {
  const fn = m[exportName] as ValidateFn;
  return fn(data) ? [] : [...(fn.errors ?? [])];
}

function diagnose(m: GeneratedModule, doc: unknown): string[] {
  if (!isObj(doc) || !isObj(doc.pipeline)) return formatErrors('document', run(m, 'root', doc), doc);
  const pipeline = doc.pipeline;
  const out: string[] = [];
  const stages = pipeline.stages;
  const stubbed = Array.isArray(stages) && stages.length > 0 ? [{ parallel: [] }] : stages;
  const envelope = { ...doc, pipeline: { ...pipeline, stages: stubbed } };
  out.push(...formatErrors('pipeline', run(m, 'root', envelope), envelope, '/pipeline'));
  if (!Array.isArray(stages)) return out;
  stages.forEach((el, i) => {
    if (!isObj(el)) return;
    if (isObj(el.stage)) out.push(...diagnoseStage(m, el.stage, `stages[${i}].stage`));
    if (Array.isArray(el.parallel)) {
      el.parallel.forEach((p, j) => {
        if (isObj(p) && isObj(p.stage)) out.push(...diagnoseStage(m, p.stage, `stages[${i}].parallel[${j}].stage`));
      });
    }
  });
  return out;
}

function diagnoseStage(m: GeneratedModule, stage: Obj, where: string): string[] {
  const type = stage.type;
  if (type === undefined && stage.template !== undefined && m.meta.stageTemplate) {
    return formatErrors(`${where} (template)`, run(m, m.meta.stageTemplate, stage), stage);
  }
  if (typeof type !== 'string') return [`${where}: stage has no type (one of ${Object.keys(m.meta.stages).join(', ')})`];
  const meta = m.meta.stages[type];
  if (!meta) return [`${where}: stage type "${type}" is not a Harness stage type (one of ${Object.keys(m.meta.stages).join(', ')})`];
  const out: string[] = [];
  const spec = isObj(stage.spec) ? stage.spec : undefined;
  const execution = spec && isObj(spec.execution) ? spec.execution : undefined;
  let envelope: Obj = stage;
  if (spec && execution) {
    const stubExecution: Obj = { ...execution };
    if (Array.isArray(execution.steps) && execution.steps.length > 0) stubExecution.steps = STUB_STEPS();
    if (Array.isArray(execution.rollbackSteps)) stubExecution.rollbackSteps = [];
    envelope = { ...stage, spec: { ...spec, execution: stubExecution } };
  }
  out.push(...formatErrors(`${where} (${type})`, run(m, meta.node, envelope), envelope));
  if (execution) {
    for (const list of ['steps', 'rollbackSteps']) {
      if (Array.isArray(execution[list]))
        out.push(...diagnoseSteps(m, execution[list] as unknown[], `${where}.spec.execution.${list}`, type, meta));
    }
  }
  return out;
}

function diagnoseSteps(m: GeneratedModule, list: unknown[], where: string, stageType: string, meta: StageMeta): string[] {
  const out: string[] = [];
  list.forEach((el, k) => {
    if (!isObj(el)) return;
    if (isObj(el.step)) out.push(...diagnoseStep(m, el.step, `${where}[${k}].step`, stageType, meta));
    if (Array.isArray(el.parallel)) out.push(...diagnoseSteps(m, el.parallel, `${where}[${k}].parallel`, stageType, meta));
    if (isObj(el.stepGroup)) {
      const group = el.stepGroup;
      const where2 = `${where}[${k}].stepGroup`;
      if (!meta.group) {
        out.push(`${where2}: step groups are not allowed in ${article(stageType)} ${stageType} stage`);
      } else {
        const stub = Array.isArray(group.steps) && group.steps.length > 0 ? { ...group, steps: STUB_STEPS() } : group;
        out.push(...formatErrors(where2, run(m, meta.group, stub), stub));
      }
      if (Array.isArray(group.steps)) out.push(...diagnoseSteps(m, group.steps, `${where2}.steps`, stageType, meta));
    }
  });
  return out;
}

function diagnoseStep(m: GeneratedModule, step: Obj, where: string, stageType: string, meta: StageMeta): string[] {
  const type = step.type;
  if (type === undefined && step.template !== undefined && m.meta.stepTemplate) {
    return formatErrors(`${where} (template)`, run(m, m.meta.stepTemplate, step), step);
  }
  if (typeof type !== 'string') return [`${where}: step has no type`];
  const node = meta.steps[type];
  if (!node) {
    const elsewhere = Object.entries(m.meta.stages)
      .filter(([, s]) => s.steps[type] !== undefined)
      .map(([t]) => t);
    return [
      elsewhere.length > 0
        ? `${where} (${type}): step type "${type}" is not allowed in ${article(stageType)} ${stageType} stage (allowed in: ${elsewhere.join(', ')})`
        : `${where} (${type}): step type "${type}" is not a Harness step type`,
    ];
  }
  return formatErrors(`${where} (${type})`, run(m, node, step), step);
}

const article = (word: string): string => (/^[AEIOU]/i.test(word) ? 'an' : 'a');

/** The value at a JSON pointer of `data`. */
function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

/**
 * Turns Ajv errors into `<where>: <pointer> <message>` lines (pointer relative to the node); drops the noise
 * of `if`/`then` wrappers and explains ambiguous `oneOf` matches.
 */
function formatErrors(where: string, errors: readonly AjvError[], data: unknown, stripPrefix = ''): string[] {
  let useful = errors.filter((e) => e.keyword !== 'if');
  if (useful.length === 0) useful = [...errors];
  const lines: string[] = [];
  for (const e of useful) {
    let pointer = e.instancePath;
    if (stripPrefix && pointer.startsWith(stripPrefix)) pointer = pointer.slice(stripPrefix.length);
    let message = e.message ?? e.keyword;
    if (e.keyword === 'enum' && Array.isArray(e.params.allowedValues)) message += ` [${(e.params.allowedValues as unknown[]).join(',')}]`;
    if (e.keyword === 'const') message += ` ${JSON.stringify(e.params.allowedValue)}`;
    if (e.keyword === 'additionalProperties') message += ` '${String(e.params.additionalProperty)}'`;
    if (e.keyword === 'oneOf' && Array.isArray(e.params.passingSchemas)) {
      const value = valueAt(data, e.instancePath);
      message +=
        isObj(value) && value.type === undefined && value.name !== undefined
          ? ` (ambiguous: it matches alternatives ${e.params.passingSchemas.join(' and ')}; it has no \`type\`, so say String, Number or Secret)`
          : ` (ambiguous: it matches alternatives ${e.params.passingSchemas.join(' and ')})`;
    }
    const line = `${where}: ${pointer ? `${pointer} ` : ''}${message}`;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines.slice(0, MAX_ERRORS_PER_NODE);
}
