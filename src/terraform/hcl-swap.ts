/**
 * The string leaves of resolved blocks, swapped for placeholders (see `hcl-render.ts`): which leaves are templates,
 * which are taken as they are, and which are references or literals written bare.
 */

/** Meta-arguments whose string elements are references, written bare in HCL. */
const BARE_LISTS: ReadonlySet<string> = new Set(['depends_on']);
const BARE_LIFECYCLE_LISTS: ReadonlySet<string> = new Set(['ignore_changes', 'replace_triggered_by']);

/** Swaps a string leaf for a placeholder. */
export type Swap = (text: string) => string;

/** The placeholders of template strings, of strings taken as they are, and of bare expressions. */
export interface Swaps {
  readonly literal: Swap;
  readonly constant: Swap;
  readonly bare: Swap;
}

/** Attributes of a resource or data block (or of a nested block). */
export function swapAttributes(attrs: Record<string, unknown>, literal: Swap, bare: Swap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(attrs)) {
    if (name === '//' || v === undefined) {
      out[name] = v;
    } else if (BARE_LISTS.has(name) && Array.isArray(v)) {
      out[name] = v.map((x) => (typeof x === 'string' ? bare(reference(x)) : x));
    } else if (BARE_LISTS.has(name) && isPlainObject(v) && Array.isArray(v.value)) {
      // An output's `depends_on` comes typed, its references as `${…}`.
      out[name] = { ...v, value: v.value.map((x: unknown) => (typeof x === 'string' ? bare(reference(x)) : x)) };
    } else if (name === 'provider' && typeof v === 'string') {
      // The meta-argument (`github.gitops`), not a typed attribute of the resource.
      out[name] = bare(v);
    } else if (name === 'lifecycle' && isPlainObject(v) && !('value' in v)) {
      const lc: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        lc[k] = BARE_LIFECYCLE_LISTS.has(k) && Array.isArray(x) ? x.map((y) => (typeof y === 'string' ? bare(reference(y)) : y)) : x;
      }
      out[name] = lc;
    } else if (isPlainObject(v) && 'value' in v) {
      out[name] = swapTyped(v, literal, bare);
    } else {
      out[name] = swapAny(v, literal, bare);
    }
  }
  return out;
}

/** A reference as HCL wants it in meta-arguments: `harness_platform_project.p`, also when given as `${…}`. */
function reference(text: string): string {
  const m = /^\$\{([^{}]*)\}$/.exec(text);
  return m ? m[1] : text;
}

/** A typed attribute `{ value, type, storageClassType, isBlock }` as CDKTF's generated bindings produce it. */
function swapTyped(attr: Record<string, unknown>, literal: Swap, bare: Swap): Record<string, unknown> {
  const { value, type, storageClassType } = attr as { value: unknown; type?: string; storageClassType?: string };
  if (attr.dynamic !== undefined) return attr;
  // `type = list(string)` and references (moved blocks) are expressions CDKTF writes as they are.
  if (type === 'type' || type === 'reference') return attr;
  // Untyped values (an output's `value`): strings are templates, as in cdk.tf.json.
  if (type === 'any') return { ...attr, value: swapAny(value, literal, bare) };
  if (typeof value === 'string') {
    // A plain string, or a token standing for a whole list/map/number (`${var.x}`): a template either way.
    return storageClassType === 'number' || storageClassType === 'boolean' ? attr : { ...attr, value: literal(value) };
  }
  if (type === 'map' && isPlainObject(value)) {
    return { ...attr, value: Object.fromEntries(Object.entries(value).map(([k, x]) => [k, typeof x === 'string' ? literal(x) : x])) };
  }
  if (Array.isArray(value)) {
    if (storageClassType === 'stringList') return { ...attr, value: value.map((x) => (typeof x === 'string' ? literal(x) : x)) };
    if (storageClassType === 'numberList' || storageClassType === 'booleanList') return attr;
    return { ...attr, value: value.map((x) => (isPlainObject(x) ? swapAttributes(x, literal, bare) : x)) };
  }
  if (isPlainObject(value)) return { ...attr, value: swapAttributes(value, literal, bare) };
  return attr;
}

/**
 * A variable block, from the variable's `cdk.tf.json` form (CDKTF's HCL form drops settings whose value is
 * falsy: `default = false`, `default = ""`, `nullable = false`). `default` and `description` are taken as they
 * are (see the header), `type` is a type expression, `validation` a list of blocks whose `condition` and
 * `error_message` are templates.
 */
export function swapVariable(attrs: Record<string, unknown>, { literal, constant, bare }: Swaps): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    if (name === 'default') out[name] = { value: swapAny(v, constant, bare), type: 'any' };
    else if (name === 'description') out[name] = swapAny(v, constant, bare);
    else if (name === 'type') out[name] = { value: v, type: 'type' };
    else if (name === 'validation' && Array.isArray(v))
      out[name] = swapTyped({ value: v, isBlock: true, type: 'list', storageClassType: 'objectList' }, literal, bare);
    else out[name] = swapAny(v, literal, bare);
  }
  return out;
}

/**
 * Untyped values (locals, overrides): every string is a template string. Numbers, booleans and null are
 * written bare too, because CDKTF's untyped renderer drops a local whose value is `0`, `false` or `null`.
 */
export function swapAny(value: unknown, literal: Swap, bare: Swap): unknown {
  if (typeof value === 'string') return literal(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return bare(String(value));
  if (Array.isArray(value)) return value.map((x) => swapAny(x, literal, bare));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, swapAny(x, literal, bare)]));
  return value;
}

/** True for a non-null, non-array object. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
