import { sha256Hex } from './schema-files';
import { type Json, repairHarnessSchema } from './schema-repair';

/**
 * Compiles the Harness pipeline schema with Ajv 8 into standalone validator code that exports the root and, for
 * the diagnostics, every stage, step group and step node, plus a `meta` export saying which node each stage and
 * step type uses. Ajv is loaded only here: a cached validator needs neither its compiler nor its code generator.
 */

/** An Ajv error object. */
export type AjvError = { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> };
/** A generated validator. */
export type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** Which stage node, step group node and step nodes a stage type uses (export names of the generated code). */
export interface StageMeta {
  readonly node: string;
  readonly group?: string;
  readonly steps: Record<string, string>;
}

/** The `meta` export of the generated code. */
export interface GeneratedMeta {
  readonly sha256: string;
  readonly stages: Record<string, StageMeta>;
  readonly stageTemplate?: string;
  readonly stepTemplate?: string;
  readonly repairs: string[];
}

/** The exports of the generated code. */
export interface GeneratedModule {
  readonly root: ValidateFn;
  readonly meta: GeneratedMeta;
  readonly [name: string]: unknown;
}

/** Bump when the generated code or its metadata changes shape: old cache files are then ignored. */
const GENERATOR_VERSION = '1';
/** Ajv options; part of the cache key. `inlineRefs: false` lets the exported node validators share code with the root. */
const AJV_OPTIONS = { strict: false, validateSchema: false, inlineRefs: false, allErrors: false, code: { source: true } } as const;

/** `require` of an Ajv module, with a message naming the optional peer dependency when it is not installed. */
export function requireAjv<T>(id: string, load: (id: string) => unknown = require): T {
  try {
    return load(id) as T;
  } catch (e) {
    if ((e as { code?: string }).code !== 'MODULE_NOT_FOUND') throw e;
    throw new Error(
      "Harness pipeline schema validation needs the package 'ajv' (an optional peer dependency of cdktf-harness-idp/testing), " +
        'which is not installed. Fix: npm install --save-dev ajv@^8',
    );
  }
}

let generatorKeyMemo: string | undefined;

/** Part of every cache key: generator version, Ajv version and options. */
export function generatorKey(): string {
  if (generatorKeyMemo === undefined) {
    const ajvVersion = requireAjv<{ version: string }>('ajv/package.json').version;
    generatorKeyMemo = sha256Hex(JSON.stringify([GENERATOR_VERSION, ajvVersion, AJV_OPTIONS])).slice(0, 8);
  }
  return generatorKeyMemo;
}

type JsonObject = { [k: string]: Json };
const asObject = (node: Json | undefined): JsonObject | undefined =>
  node !== null && typeof node === 'object' && !Array.isArray(node) ? node : undefined;
const refOf = (node: Json | undefined): string | undefined => {
  const ref = asObject(node)?.$ref;
  return typeof ref === 'string' ? ref : undefined;
};

/** The `type` values a stage or step node accepts (its `enum` or `const`). */
function typeLiterals(node: JsonObject | undefined): string[] {
  const t = asObject(asObject(node?.properties)?.type);
  if (!t) return [];
  if (Array.isArray(t.enum)) return t.enum.filter((x): x is string => typeof x === 'string');
  return typeof t.const === 'string' ? [t.const] : [];
}

/** Resolves `#/definitions/pipeline/...` references of the schema. */
type Lookup = (ref: string | undefined) => JsonObject | undefined;
/** Registers a node for export from the generated code; returns its export name. */
type ExportFor = (ref: string) => string;

/** Compiles the schema file's bytes and returns standalone code exporting the root and every stage/step node. */
export function generateStandaloneCode(bytes: Buffer, sha256: string): string {
  const Ajv = requireAjv<typeof import('ajv')>('ajv').default;
  const standaloneCode = requireAjv<typeof import('ajv/dist/standalone')>('ajv/dist/standalone').default;
  const schema = JSON.parse(bytes.toString('utf8')) as Json;
  const repairs = repairHarnessSchema(schema);
  // `int32` (332×) and `double` (6×) are not standard formats; registered as "any value of the type".
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { ...AJV_OPTIONS.code }, formats: { int32: true, double: true } });
  ajv.addSchema(schema as object, 'pipeline.json');

  const defs = asObject(asObject(asObject(schema)?.definitions)?.pipeline) ?? {};
  const prefix = '#/definitions/pipeline/';
  const lookup: Lookup = (ref) => {
    if (ref === undefined || !ref.startsWith(prefix)) return undefined;
    let node: Json | undefined = defs;
    for (const part of ref.slice(prefix.length).split('/')) node = asObject(node)?.[part];
    return asObject(node);
  };
  const exportsByRef = new Map<string, string>();
  const exportFor: ExportFor = (ref) => {
    let name = exportsByRef.get(ref);
    if (!name) {
      name = `n${exportsByRef.size}`;
      exportsByRef.set(ref, name);
      ajv.addSchema({ $ref: `pipeline.json${ref}` }, name);
    }
    return name;
  };
  const nodes = collectStages(lookup, exportFor);
  const refs: Record<string, string> = { root: 'pipeline.json' };
  for (const name of exportsByRef.values()) refs[name] = name;
  const meta: GeneratedMeta = { sha256, ...nodes, repairs };
  return `${standaloneCode(ajv, refs)}\nexports.meta = ${JSON.stringify(meta)};\n`;
}

type StageNodes = Pick<GeneratedMeta, 'stages' | 'stageTemplate' | 'stepTemplate'>;

/** Every stage type of the schema's stage `oneOf`, with its step group and step nodes. */
function collectStages(lookup: Lookup, exportFor: ExportFor): StageNodes {
  const stages: Record<string, StageMeta> = {};
  let stageTemplate: string | undefined;
  let stepTemplate: string | undefined;
  const stageOneOf = asObject(asObject(lookup('#/definitions/pipeline/stages/stages')?.properties)?.stage)?.oneOf;
  for (const entry of Array.isArray(stageOneOf) ? stageOneOf : []) {
    const stageRef = refOf(entry);
    const stageNode = lookup(stageRef);
    if (!stageRef || !stageNode) continue;
    const literals = typeLiterals(stageNode);
    if (literals.length === 0) {
      stageTemplate = exportFor(stageRef);
      continue;
    }
    const wrapperProps = asObject(executionWrapper(lookup, stageNode)?.properties);
    const collected = collectSteps(lookup, exportFor, asObject(wrapperProps?.step)?.oneOf);
    stepTemplate = collected.template ?? stepTemplate;
    const groupRef = refOf(wrapperProps?.stepGroup);
    const meta: StageMeta = { node: exportFor(stageRef), group: groupRef ? exportFor(groupRef) : undefined, steps: collected.steps };
    for (const lit of literals) stages[lit] = meta;
  }
  return { stages, stageTemplate, stepTemplate };
}

/** stage node -> allOf[if type then spec: $ref] -> spec.execution -> steps.items: the stage's ExecutionWrapperConfig. */
function executionWrapper(lookup: Lookup, stageNode: JsonObject): JsonObject | undefined {
  const specRef = (Array.isArray(stageNode.allOf) ? stageNode.allOf : [])
    .map((a) => refOf(asObject(asObject(asObject(a)?.then)?.properties)?.spec))
    .find((r) => r !== undefined);
  const execRef = refOf(asObject(lookup(specRef)?.properties)?.execution);
  const stepsDef = asObject(asObject(lookup(execRef)?.properties)?.steps);
  return lookup(refOf(stepsDef?.items));
}

/** The step nodes of one stage type's step `oneOf`, by step type, and its step template node. */
function collectSteps(
  lookup: Lookup,
  exportFor: ExportFor,
  stepOneOf: Json | undefined,
): { steps: Record<string, string>; template?: string } {
  const steps: Record<string, string> = {};
  let template: string | undefined;
  for (const s of Array.isArray(stepOneOf) ? stepOneOf : []) {
    const stepRef = refOf(s);
    const stepNode = lookup(stepRef);
    if (!stepRef || !stepNode) continue;
    const stepLiterals = typeLiterals(stepNode);
    if (stepLiterals.length === 0 && asObject(stepNode.properties)?.template) template = exportFor(stepRef);
    for (const lit of stepLiterals) steps[lit] ??= exportFor(stepRef);
  }
  return { steps, template };
}
