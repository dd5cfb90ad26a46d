import { fail } from './errors';

/**
 * The escape hatch every model object has (`addOverride` / `addDeletionOverride`, as aws-cdk's `CfnResource`): a
 * list of changes applied to the rendered node, in the order they were added.
 *
 * A path is dotted (`spec.resources.limits.memory`); a numeric segment indexes an array; `\.` is a literal dot within
 * a key (`metadata.annotations.backstage\.io/techdocs-ref`) and `\\` a literal backslash.
 */
export class Overrides {
  private readonly changes: Array<{ readonly path: readonly string[]; readonly value: unknown; readonly remove: boolean }> = [];

  /**
   * Sets `value` at `path`, creating objects (or arrays, before a numeric segment) on the way. `undefined` removes
   * the key, as {@link addDeletion} does.
   */
  public add(path: string, value: unknown): void {
    this.changes.push({ path: splitOverridePath(path), value, remove: value === undefined });
  }

  /** Removes the key (or array item) at `path`. */
  public addDeletion(path: string): void {
    this.changes.push({ path: splitOverridePath(path), value: undefined, remove: true });
  }

  /** True if a change addresses `path` exactly (a dotted path, escapes as in {@link add}). */
  public touches(path: string): boolean {
    const wanted = splitOverridePath(path).join('\u0000');
    return this.changes.some((c) => c.path.join('\u0000') === wanted);
  }

  /**
   * Applies the changes to `node`, in order.
   * @param filter applies only the changes whose path it accepts @default - every change
   */
  public applyTo(node: Record<string, unknown>, filter: (path: readonly string[]) => boolean = () => true): void {
    for (const c of this.changes) if (filter(c.path)) applyChange(node, c.path, c.value, c.remove);
  }
}

/** The segments of an override path: split at unescaped dots, `\.` and `\\` unescaped. */
export function splitOverridePath(path: string): string[] {
  if (typeof path !== 'string' || path === '') {
    fail(
      'addOverride',
      'path',
      `${typeof path === 'string' ? 'the path is empty' : `expects a dotted path, got ${typeof path}`}`,
      "pass a dotted path, e.g. 'spec.timeout'",
    );
  }
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '\\' && (path[i + 1] === '.' || path[i + 1] === '\\')) {
      current += path[++i];
    } else if (c === '.') {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  if (parts.some((p) => p === '')) {
    fail('addOverride', 'path', `'${path}' has an empty segment`, "separate keys with single dots, and write a dot inside a key as '\\.'");
  }
  return parts;
}

function applyChange(target: Record<string, unknown>, parts: readonly string[], value: unknown, remove: boolean): void {
  // biome-ignore lint/suspicious/noExplicitAny: walks a tree of arbitrary JSON-like nodes
  let node: any = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i];
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') {
      if (remove) return; // nothing to remove below a missing key
      node[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    }
    node = node[key];
  }
  const last = parts[parts.length - 1];
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
}
