import { isRecord } from './is-record';
import { call, type Code, lit, member, plain, ref } from './code';
import type { ImportSession, Owner, YamlPath } from './session';

/** A field the importer wrote as an override. */
export interface OverrideRecord {
  /** The constant the override is added to. */
  readonly owner: string;
  /** The override path, relative to the owner's node. */
  readonly path: string;
  /** True for `addDeletionOverride` (the model writes a field the input does not have). */
  readonly deletion: boolean;
  /** Leaf values of the input the override carries. */
  readonly leaves: number;
}

/** One difference between the input and what the model renders: the input's value, or undefined (delete). */
interface Difference {
  readonly path: YamlPath;
  readonly value: unknown;
  readonly rendered: unknown;
}

/** The differences between two plain values, key order aside. */
export function differences(input: unknown, rendered: unknown, path: YamlPath = []): Difference[] {
  if (isRecord(input) && isRecord(rendered)) {
    const keys = [...Object.keys(input), ...Object.keys(rendered).filter((k) => !(k in input))];
    return keys.flatMap((k) => differences(input[k], rendered[k], [...path, k]));
  }
  if (Array.isArray(input) && Array.isArray(rendered) && input.length === rendered.length) {
    return input.flatMap((v, i) => differences(v, rendered[i], [...path, i]));
  }
  return sameValue(input, rendered) ? [] : [{ path, value: input, rendered }];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (isRecord(a) && isRecord(b)) return differences(a, b).length === 0;
  if (Array.isArray(a) && Array.isArray(b)) return differences(a, b).length === 0;
  return false;
}

/** Scalars and empty containers below a value. */
export function leafCount(value: unknown): number {
  if (Array.isArray(value)) return value.length === 0 ? 1 : value.reduce((n: number, v) => n + leafCount(v), 0);
  if (isRecord(value)) {
    const vs = Object.values(value);
    return vs.length === 0 ? 1 : vs.reduce((n: number, v) => n + leafCount(v), 0);
  }
  return value === undefined ? 0 : 1;
}

/** An override path: segments joined by dots, a dot or backslash within a key escaped. */
export function overridePath(segments: YamlPath): string {
  return segments.map((s) => String(s).replace(/\\/g, '\\\\').replace(/\./g, '\\.')).join('.');
}

function ownerOf(owners: readonly Owner[], path: YamlPath): Owner | undefined {
  let best: Owner | undefined;
  for (const o of owners) {
    if (o.path.length < path.length && o.path.every((s, i) => s === path[i]) && (!best || o.path.length > best.path.length)) best = o;
  }
  return best;
}

function describeRendered(value: unknown): string {
  if (value === undefined) return 'not typed yet';
  const text = JSON.stringify(value);
  return `the model renders ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

/**
 * Makes the model render the input: every difference between the input and the rendered document becomes an
 * override on the deepest model object that holds it, written after its declaration. Returns the overrides and the
 * paths that still differ (none, unless the input has a shape no override can give).
 */
export function reconcile(
  session: ImportSession,
  input: unknown,
  render: () => unknown,
): { overrides: OverrideRecord[]; unresolved: string[] } {
  const overrides: OverrideRecord[] = [];
  for (const d of differences(input, render())) {
    const owner = ownerOf(session.owners, d.path);
    if (!owner) continue;
    const rel = overridePath(d.path.slice(owner.path.length));
    const deletion = d.value === undefined;
    const code: Code = deletion
      ? call(member(ref(owner.name), 'addDeletionOverride'), lit(rel))
      : call(member(ref(owner.name), 'addOverride'), lit(rel), plain(d.value));
    const comment = deletion ? 'not in the input: the model writes this field' : describeRendered(d.rendered);
    session.body.run(code, [comment], owner.name);
    overrides.push({ owner: owner.name, path: rel, deletion, leaves: deletion ? 0 : leafCount(d.value) });
  }
  const unresolved = differences(input, render()).map((d) => overridePath(d.path));
  return { overrides, unresolved };
}
