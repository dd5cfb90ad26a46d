import { stringify } from 'yaml';

/**
 * Renders a plain object as deterministic YAML: key order as built, no line folding, block scalars
 * for multi-line strings, YAML 1.1 quoting (Harness parses YAML 1.1, so `on`/`off`/`yes`/`no` are quoted).
 */
export function toYaml(obj: unknown): string {
  return stringify(obj, {
    version: '1.1',
    lineWidth: 0,
    minContentWidth: 0,
    indent: 2,
    indentSeq: true,
    blockQuote: 'literal',
    aliasDuplicateObjects: false,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
  });
}

/**
 * Sets `value` at a dotted `path` of `target`, creating objects on the way. Numeric segments index arrays.
 * `undefined` deletes the field. Used by every `addOverride` escape hatch.
 */
export function applyOverride(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  // biome-ignore lint/suspicious/noExplicitAny: walks a tree of arbitrary JSON-like nodes
  let node: any = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i];
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') {
      node[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    }
    node = node[key];
  }
  const last = parts[parts.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
}

/** Drops `undefined` fields (shallow), so objects render without empty keys. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out as T;
}

/**
 * Calls `fn` for every string in a value tree (arrays and objects, depth first, in key order) with its dotted
 * path below `at`, e.g. `spec.steps[0].input.url` (a path that starts at `''` has no leading dot).
 */
export function walkStrings(value: unknown, at: string, fn: (text: string, at: string) => void): void {
  if (typeof value === 'string') fn(value, at);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, `${at}[${i}]`, fn));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) walkStrings(v, at === '' ? k : `${at}.${k}`, fn);
  }
}

/** Copies plain objects and arrays deeply; anything else (expressions, class instances) is shared. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlain) as unknown as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = clonePlain(v);
    return out as T;
  }
  return value;
}

let renderEpoch = 0;
let activeEpoch = 0;
let depth = 0;

/**
 * Runs `fn` as one rendering pass: while it runs, each step renders its node once and reuses it (steps such as
 * Create Resource render whole HCL modules, and a pipeline is validated and rendered in the same pass). The
 * cache lives only for the duration of the outermost call, so changes made between passes always show.
 */
export function inRenderPass<T>(fn: () => T): T {
  if (depth++ === 0) activeEpoch = ++renderEpoch;
  try {
    return fn();
  } finally {
    if (--depth === 0) activeEpoch = 0;
  }
}

/** Memoizes `render` on `holder` for the current rendering pass (see {@link inRenderPass}); returns a copy. */
export function renderOncePerPass<T>(holder: { renderCache?: { epoch: number; value: unknown } }, render: () => T): T {
  if (activeEpoch === 0) return render();
  if (holder.renderCache?.epoch !== activeEpoch) holder.renderCache = { epoch: activeEpoch, value: render() };
  return clonePlain(holder.renderCache.value as T);
}
