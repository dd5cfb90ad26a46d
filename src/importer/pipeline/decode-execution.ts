import { isRecord } from '../is-record';
import { call, type Code, member } from '../code';
import type { ImportSession, YamlPath } from '../session';
import type { PropEntries } from '../steps/step-decoder';
import { construct } from './construct';
import { decodeStep, envelope } from './decode-step';

/** An element of an execution list: steps one after another, or a parallel block. */
export interface Element {
  readonly parallel: boolean;
  readonly codes: readonly Code[];
}

/** Where a list sits: its YAML path, its expression path, the stage type. */
export interface ListPlace {
  readonly path: YamlPath;
  readonly expressionPath: string;
  readonly stageType?: string;
}

/** Decodes one entry of a list (`step` or `stepGroup`). */
function decodeItem(item: Record<string, unknown>, path: YamlPath, place: ListPlace, session: ImportSession): Code | undefined {
  if (isRecord(item.step)) {
    const id = String(item.step.identifier);
    return decodeStep(
      item.step,
      { path: [...path, 'step'], expressionPath: `${place.expressionPath}.${id}`, stageType: place.stageType },
      session,
    );
  }
  if (isRecord(item.stepGroup) && Array.isArray(item.stepGroup.steps))
    return decodeGroup(item.stepGroup, [...path, 'stepGroup'], place, session);
  return undefined;
}

/** Decodes a step list into elements, declaring each step (and group) as a constant in order. */
export function decodeList(items: unknown, place: ListPlace, session: ImportSession): Element[] {
  if (!Array.isArray(items)) return [];
  const out: Element[] = [];
  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    if (Array.isArray(item.parallel)) {
      const codes = item.parallel.flatMap((p, j) => {
        const c = isRecord(p) ? decodeItem(p, [...place.path, i, 'parallel', j], place, session) : undefined;
        return c ? [c] : [];
      });
      if (codes.length > 0) out.push({ parallel: codes.length > 1, codes });
      return;
    }
    const c = decodeItem(item, [...place.path, i], place, session);
    if (c === undefined) return;
    const last = out[out.length - 1];
    if (last && !last.parallel) out[out.length - 1] = { parallel: false, codes: [...last.codes, c] };
    else out.push({ parallel: false, codes: [c] });
  });
  return out;
}

/**
 * The props and calls that add elements to an owner: the leading steps as the `steps` prop, the rest as
 * `.addStep(...)` / `.addParallel(...)` calls on the new object.
 */
export function stepsOf(elements: readonly Element[]): { entries: PropEntries; wrap: (code: Code) => Code } {
  const [first, ...rest] = elements;
  const lead = first && !first.parallel ? first : undefined;
  const chained = lead ? rest : elements;
  const entries: PropEntries = lead ? [['steps', { kind: 'arr', items: lead.codes }]] : [];
  const wrap = (code: Code): Code =>
    chained.reduce<Code>((acc, e) => call(member(acc, e.parallel ? 'addParallel' : 'addStep'), ...e.codes), code);
  return { entries, wrap };
}

/** Declares a step group with its steps. */
function decodeGroup(node: Record<string, unknown>, path: YamlPath, place: ListPlace, session: ImportSession): Code | undefined {
  const id = String(node.identifier);
  const elements = decodeList(
    node.steps,
    { path: [...path, 'steps'], expressionPath: `${place.expressionPath}.${id}.steps`, stageType: place.stageType },
    session,
  );
  const { entries, wrap } = stepsOf(elements);
  const built = construct(session, id, 'StepGroup', [...envelope(node, session, true), ...entries], {}, 'Group', wrap);
  for (const m of built.messages) session.todo(m, built.code);
  if (built.code?.kind !== 'ref') return undefined;
  session.owners.push({ path, name: built.code.name, kind: 'stepGroup', identifier: id });
  return built.code;
}
