import { parse as parseYaml } from 'yaml';
import type { AjvError, GeneratedModule, StageMeta, ValidateFn } from './schema-compile';

/**
 * Validation of a pipeline document with the generated validators, and readable diagnostics: on failure, the
 * pipeline envelope, each stage (against the node its `type` selects) and each step (against the node its `type`
 * selects within that stage type) are validated on their own, so that a message names the node and the field.
 */

/** Result of a validation. */
export interface HarnessPipelineValidationResult {
  /** True if the document validates against the schema. */
  readonly valid: boolean;
  /**
   * Readable diagnostics, one per problem, located by node, e.g.
   * `stages[0].stage.spec.execution.steps[1].step (K8sScale): step type "K8sScale" is not allowed in a Custom stage`.
   */
  readonly errors: string[];
}

/** Reported per unit (envelope, stage, step) at most. */
const MAX_ERRORS_PER_NODE = 8;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
/** A step list the schema accepts in any stage: stands in for real steps when checking an envelope. */
const STUB_STEPS = (): unknown[] => [{ parallel: [] }];

/** Validates YAML text (read as YAML 1.1, as Harness does) or a parsed document. */
export function validateDocument(m: GeneratedModule, document: string | object): HarnessPipelineValidationResult {
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
        ? `${where} (${type}): step type "${type}" is not allowed in ${article(stageType)} ${stageType} stage ` +
          `(allowed in: ${elsewhere.join(', ')})`
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
          ? ` (ambiguous: it matches alternatives ${e.params.passingSchemas.join(' and ')}; ` +
            'it has no `type`, so say String, Number or Secret)'
          : ` (ambiguous: it matches alternatives ${e.params.passingSchemas.join(' and ')})`;
    }
    const line = `${where}: ${pointer ? `${pointer} ` : ''}${message}`;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines.slice(0, MAX_ERRORS_PER_NODE);
}
