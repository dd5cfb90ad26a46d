/**
 * The runtime inputs of a template and the `templateInputs` node that fills them.
 *
 * A template's runtime inputs are the fields of its spec whose value is a runtime input (`<+input>`, with or
 * without `.default()`, `.allowedValues()`, `.regex()`). Each has a path in the spec: object keys joined by `.`,
 * list entries named by their `identifier` (steps, stages, step groups; parallel blocks are transparent) or their
 * `name` (variables), other list entries by their index (`[0]`). The paths read like the expressions of the
 * fields: `spec.command`, `spec.execution.steps.build.spec.command`, `variables.environment` (a variable's `value`
 * has the variable's path).
 *
 * A pipeline that uses the template writes `templateInputs`: the spec cut down to the branches that hold runtime
 * inputs, keeping on the way the keys Harness needs to place them (`identifier` and `type` of each object, `name`
 * of a list entry without identifier), each runtime input replaced by the value given for it or kept as it is.
 * @see https://developer.harness.io/docs/platform/templates/template
 */

/** A runtime input of a template. */
export interface TemplateInputField {
  /** Where it is in the template's spec, e.g. `spec.command` or `variables.environment`. */
  readonly path: string;
  /** Its text in the template, e.g. `<+input>.default(dev)`. */
  readonly value: string;
}

/** Keys of a list entry that wraps a node with an identifier. */
const WRAPPERS = ['step', 'stage', 'stepGroup'] as const;

/** True for a runtime input (`<+input>` and its modifiers). */
export function isRuntimeInputText(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('<+input>');
}

/** The runtime inputs of a rendered template spec, in document order. */
export function templateInputFields(spec: unknown): TemplateInputField[] {
  const out: TemplateInputField[] = [];
  const visit = (node: unknown, path: string, named = false): void => {
    if (isRuntimeInputText(node)) out.push({ path, value: node });
    else if (Array.isArray(node)) forEachEntry(node, path, visit);
    else if (isObject(node)) for (const [k, v] of Object.entries(node)) visit(v, childPath(path, k, named));
  };
  visit(spec, '');
  return out;
}

/**
 * The `templateInputs` node of a rendered template spec: the branches that hold runtime inputs, each runtime input
 * replaced by `values.get(path)` when given. `undefined` when the template has no runtime inputs.
 */
export function templateInputsNode(spec: unknown, values: ReadonlyMap<string, unknown>): Record<string, unknown> | undefined {
  const node = prune(spec, '', values);
  return isObject(node) ? node : undefined;
}

function prune(node: unknown, path: string, values: ReadonlyMap<string, unknown>, named = false): unknown {
  if (isRuntimeInputText(node)) return values.has(path) ? values.get(path) : node;
  if (Array.isArray(node)) return pruneList(node, path, values);
  if (!isObject(node)) return undefined;
  const kept = new Map<string, unknown>();
  for (const [k, v] of Object.entries(node)) {
    const child = prune(v, childPath(path, k, named), values);
    if (child !== undefined) kept.set(k, child);
  }
  if (kept.size === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (kept.has(k)) out[k] = kept.get(k);
    else if (isPlacingKey(node, k) && typeof v === 'string') out[k] = v;
  }
  return out;
}

function pruneList(list: readonly unknown[], path: string, values: ReadonlyMap<string, unknown>): unknown[] | undefined {
  const out: unknown[] = [];
  list.forEach((entry, i) => {
    if (isObject(entry) && Array.isArray(entry.parallel)) {
      const lanes = pruneList(entry.parallel, path, values);
      if (lanes) out.push({ parallel: lanes });
      return;
    }
    const wrapper = wrapperOf(entry);
    if (wrapper) {
      const inner = prune(wrapper.inner, join(path, wrapper.id), values);
      if (inner !== undefined) out.push({ [wrapper.key]: inner });
      return;
    }
    const pruned = prune(entry, entryPath(entry, i, path), values, isNamed(entry));
    if (pruned !== undefined) out.push(pruned);
  });
  return out.length > 0 ? out : undefined;
}

/** Calls `visit` for each entry of a list with its path (parallel blocks flattened, wrappers unwrapped). */
function forEachEntry(list: readonly unknown[], path: string, visit: (node: unknown, path: string, named?: boolean) => void): void {
  list.forEach((entry, i) => {
    if (isObject(entry) && Array.isArray(entry.parallel)) return forEachEntry(entry.parallel, path, visit);
    const wrapper = wrapperOf(entry);
    if (wrapper) return visit(wrapper.inner, join(path, wrapper.id));
    visit(entry, entryPath(entry, i, path), isNamed(entry));
  });
}

/** A list entry named by `name` (a variable): its `value` has the entry's path. */
function isNamed(entry: unknown): boolean {
  return isObject(entry) && typeof entry.name === 'string' && entry.identifier === undefined;
}

function childPath(path: string, key: string, named: boolean): string {
  return named && key === 'value' ? path : join(path, key);
}

/** `identifier` and `type` place an object; `name` places a list entry that has no identifier (a variable). */
function isPlacingKey(node: Record<string, unknown>, key: string): boolean {
  return key === 'identifier' || key === 'type' || (key === 'name' && node.identifier === undefined);
}

function wrapperOf(entry: unknown): { key: string; id: string; inner: Record<string, unknown> } | undefined {
  if (!isObject(entry)) return undefined;
  for (const key of WRAPPERS) {
    const inner = entry[key];
    if (isObject(inner) && typeof inner.identifier === 'string') return { key, id: inner.identifier, inner };
  }
  return undefined;
}

function entryPath(entry: unknown, index: number, path: string): string {
  return isNamed(entry) ? join(path, (entry as { name: string }).name) : `${path}[${index}]`;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
