import { isRecord } from '../is-record';
import { arr, call, type Code, lit, member, obj, symCall } from '../code';
import { construct } from './construct';
import { boolVal, data, enumOf, numVal, str, val, type Field } from '../fields';
import { runtimeInputCode, textCode } from '../expressions';
import type { ImportSession } from '../session';
import { build } from '../steps/common';
import type { PropEntries } from '../steps/step-decoder';
import { decodeStage } from './decode-stage';
import { tags } from './envelope';

/** `PipelineVariable.string('name', { ... })` (or number/secret) for a `variables[]` entry. */
function variableCode(v: Record<string, unknown>, session: ImportSession): Code {
  const method = v.type === 'Number' ? 'number' : v.type === 'Secret' ? 'secret' : 'string';
  const scope = session.scope();
  let value: Code | undefined;
  if (typeof v.value === 'number') value = lit(v.value);
  else if (typeof v.value === 'string' && v.value !== '<+input>') {
    value = runtimeInputCode(v.value, method === 'number') ?? (method === 'secret' ? lit(v.value) : textCode(v.value, scope));
  }
  const props = obj([
    ['description', str(v.description, scope)],
    ['required', typeof v.required === 'boolean' ? lit(v.required) : undefined],
    ['value', value],
  ]);
  const args = props.kind === 'obj' && props.entries.length === 0 ? [lit(String(v.name))] : [lit(String(v.name)), props];
  return symCall('PipelineVariable', method, ...args);
}

/** Declares the pipeline variables (those the workflow feeds are given); returns the `variables` list. */
function variables(list: unknown, session: ImportSession, given: ReadonlyMap<string, Code>): Code | undefined {
  if (!Array.isArray(list)) return undefined;
  const refs: Code[] = [];
  for (const v of list) {
    if (!isRecord(v) || typeof v.name !== 'string') continue;
    const input = given.get(v.name);
    if (input) {
      session.variables.set(v.name, input);
      refs.push(input);
      continue;
    }
    try {
      const code = session.body.declare(v.name, variableCode(v, session), [], 'Var');
      session.variables.set(v.name, code);
      refs.push(code);
    } catch (e) {
      session.problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  return arr(refs);
}

const codebase: Field = (v, scope) => {
  if (!isRecord(v)) return undefined;
  const fields: Readonly<Record<string, Field>> = {
    connectorRef: val,
    repoName: val,
    build,
    depth: numVal,
    sslVerify: boolVal,
    prCloneStrategy: enumOf('PrCloneStrategy', true),
  };
  return obj(Object.entries(v).map(([k, x]) => [k, fields[k]?.(x, scope)] as const));
};

/** Declares the stages, in order; returns the `stages` prop and the calls for parallel blocks. */
function stages(list: unknown, session: ImportSession): { entries: PropEntries; wrap: (c: Code) => Code } {
  const blocks: { parallel: boolean; codes: Code[] }[] = [];
  (Array.isArray(list) ? list : []).forEach((item, i) => {
    if (!isRecord(item)) return;
    if (isRecord(item.stage)) {
      const c = decodeStage(item.stage, ['pipeline', 'stages', i, 'stage'], session);
      if (c) blocks.push({ parallel: false, codes: [c] });
    } else if (Array.isArray(item.parallel)) {
      const codes = item.parallel.flatMap((p, j) => {
        const c =
          isRecord(p) && isRecord(p.stage) ? decodeStage(p.stage, ['pipeline', 'stages', i, 'parallel', j, 'stage'], session) : undefined;
        return c ? [c] : [];
      });
      if (codes.length > 0) blocks.push({ parallel: codes.length > 1, codes });
    }
  });
  if (blocks.every((b) => !b.parallel)) return { entries: [['stages', arr(blocks.flatMap((b) => b.codes))]], wrap: (c) => c };
  const wrap = (code: Code): Code =>
    blocks.reduce<Code>((acc, b) => call(member(acc, b.parallel ? 'addParallelStages' : 'addStage'), ...b.codes), code);
  return { entries: [], wrap };
}

/**
 * Declares the pipeline of a `{ pipeline: {...} }` document (variables, stages, steps), as `const pipeline`.
 * @param given pipeline variables declared elsewhere (the inputs of a workflow that triggers the pipeline)
 */
export function decodePipeline(doc: Record<string, unknown>, session: ImportSession, given: ReadonlyMap<string, Code> = new Map()): Code {
  const p = isRecord(doc.pipeline) ? doc.pipeline : {};
  const scope = session.scope();
  const vars = variables(p.variables, session, given);
  const { entries, wrap } = stages(p.stages, session);
  const id = String(p.identifier);
  const ci = isRecord(p.properties) && isRecord(p.properties.ci) ? p.properties.ci : undefined;
  const props: PropEntries = [
    ['identifier', lit(id)],
    ['name', typeof p.name === 'string' && p.name !== id ? lit(p.name) : undefined],
    ['orgIdentifier', str(p.orgIdentifier, scope)],
    ['projectIdentifier', str(p.projectIdentifier, scope)],
    ['description', str(p.description, scope)],
    ['tags', tags(p.tags, scope)],
    ['properties', ci && Object.keys(ci).length === 1 ? obj([['ci', obj([['codebase', codebase(ci.codebase, scope)]])]]) : undefined],
    ['flowControl', data(p.flowControl, scope)],
    ['variables', vars],
    ...entries,
  ];
  const built = construct(session, 'pipeline', 'Pipeline', props, {}, '', wrap);
  for (const m of built.messages) session.todo(m, built.code);
  if (built.code?.kind !== 'ref') throw new Error(`importer: pipeline '${id}' cannot be built: ${built.messages.join('; ')}`);
  session.owners.push({ path: ['pipeline'], name: built.code.name, kind: 'pipeline' });
  return built.code;
}
