import {
  DefaultTokenResolver,
  type IPostProcessor,
  type IResolvable,
  type IResolveContext,
  StringConcat,
  TerraformBackend,
  type TerraformElement,
  TerraformStack,
  Tokenization,
} from 'cdktf';
// CDKTF's HCL renderer (what `cdktf synth --hcl` uses); cdktf 0.21 does not re-export it from its index.
import { renderDatasource, renderLocals, renderOutput, renderProvider, renderResource, renderVariable } from 'cdktf/lib/hcl/render';
import { renderTerraformBlock } from './hcl-terraform-block';
import { escapeTerraformString } from './terraform-string';

/**
 * Renders the blocks of a stack (terraform, locals, variable, provider, resource, data, output) as HCL
 * through CDKTF's HCL renderer, with one correction: string values are written by {@link hclStringExpression},
 * not by CDKTF.
 *
 * CDKTF 0.21 writes a string as `"…"` without escaping `\` (and without escaping `"` once the string holds a
 * `${`), and a multi-line string as `<<EOF … EOF` with an extra newline at the end and no check that no line of
 * the text is `EOF`. So every string leaf of the resolved blocks is swapped for a placeholder before CDKTF
 * renders the block structure (blocks, lists, maps, meta-arguments), and each placeholder is then replaced
 * by the exact HCL expression of its string. References in meta-arguments (`depends_on`,
 * `lifecycle.ignore_changes`, `lifecycle.replace_triggered_by`) are written bare, as HCL requires.
 *
 * The strings are Terraform template strings, exactly as they would stand in `cdk.tf.json`: literal text
 * already escaped (`$${`, `%%{`, see `terraform-string.ts`) and `${…}` references. HCL templates have the same
 * semantics, so only the HCL string syntax is added here.
 *
 * A few JSON fields are not templates: Terraform reads them without an evaluation context, and then takes a
 * JSON string as it is (`"${x}"` is the text `${x}`). These are the `terraform` block (required providers,
 * backend, `required_version`), a variable's `default` and `description` and an output's `description`. In
 * HCL they are templates, so their strings go through `escapeTerraformString` (the one escaping point) before
 * they are written. A variable's `type` is a type expression and is written bare.
 */

const PLACEHOLDER = /"__CDKTF_HCL_(LITERAL|BARE)_(\d+)__"/g;

/**
 * CDKTF's default resolver, reporting references whose resource lives in another stack. (In `cdktf synth`
 * such a reference becomes a cross-stack output; here the stack is rendered on its own and the reference
 * would point at nothing.)
 */
class ReportingResolver extends DefaultTokenResolver {
  constructor(
    private readonly stack: TerraformStack,
    private readonly report: (identifier: string) => void,
  ) {
    super(new StringConcat());
  }

  public resolveToken(t: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): unknown {
    const origin = (t as { originStack?: unknown }).originStack;
    if (TerraformStack.isStack(origin) && origin !== this.stack) {
      this.report(String((t as { identifier?: unknown }).identifier ?? t.toString()));
    }
    return super.resolveToken(t, context, postProcessor);
  }
}

/** Meta-arguments whose string elements are references, written bare in HCL. */
const BARE_LISTS: ReadonlySet<string> = new Set(['depends_on']);
const BARE_LIFECYCLE_LISTS: ReadonlySet<string> = new Set(['ignore_changes', 'replace_triggered_by']);

/** The blocks an element renders to, after token resolution. */
interface HclFragment {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  locals?: Record<string, { value: unknown }>;
  [other: string]: unknown;
}

/** Options of {@link renderStackHcl}. */
export interface RenderStackHclOptions {
  /** Rewrites each string value (a Terraform template) of an element before it is written. @default - none */
  readonly transform?: (template: string, element: TerraformElement) => string;
  /** Called for each reference to a resource of another stack. @default - ignored */
  readonly foreignReference?: (identifier: string, element: TerraformElement) => void;
  /** Settings merged into the `terraform` block (a stack's `addOverride('terraform.…', …)`). @default - none */
  readonly terraformOverrides?: Record<string, unknown>;
}

/**
 * Renders `elements` (of `stack`) as unformatted HCL: one `terraform` block (the providers' `required_providers`
 * and the backend, merged), one `locals` block, then the variable, provider, resource, data and output blocks in
 * the order of the elements. Throws on any other kind of block (module, moved, import).
 */
export function renderStackHcl(stack: TerraformStack, elements: readonly TerraformElement[], options: RenderStackHclOptions = {}): string {
  const transform = options.transform ?? ((t: string) => t);
  const strings: { bare: boolean; text: string }[] = [];
  let current: TerraformElement | undefined;
  const resolver = new ReportingResolver(stack, (identifier) => options.foreignReference?.(identifier, current!));
  const push = (bare: boolean, text: string): string => {
    strings.push({ bare, text });
    return `__CDKTF_HCL_${bare ? 'BARE' : 'LITERAL'}_${strings.length - 1}__`;
  };
  /** A template string (most of cdk.tf.json). */
  const literal = (text: string): string => push(false, transform(text, current!));
  /** A string Terraform takes as it is in cdk.tf.json (no evaluation context): escaped to the same template. */
  const constant = (text: string): string => push(false, escapeTerraformString(text));
  /** An expression written as it is (references in meta-arguments, numbers, booleans, null). */
  const bare = (text: string): string => push(true, text);
  const swaps: Swaps = { literal, constant, bare };

  const blocks: string[] = [];
  const locals: Record<string, { value: unknown }> = {};
  const terraform: Record<string, unknown> = {};
  for (const element of elements) {
    current = element;
    const fragment = Tokenization.resolve(element.toHclTerraform(), { scope: stack, resolver }) as HclFragment;
    for (const [kind, body] of Object.entries(fragment)) {
      if (body === undefined) continue;
      if (kind === 'resource' || kind === 'data') {
        const typed = body as Record<string, Record<string, Record<string, unknown>>>;
        for (const [type, byName] of Object.entries(typed)) {
          for (const [name, attrs] of Object.entries(byName)) {
            const swapped = { [type]: { [name]: swapAttributes(attrs, literal, bare) } };
            blocks.push(kind === 'resource' ? renderResource(swapped).hcl : renderDatasource(swapped).hcl);
          }
        }
      } else if (kind === 'locals') {
        for (const [name, local] of Object.entries(body as Record<string, { value: unknown }>)) {
          locals[name] = { ...local, value: swapAny(local.value, literal, bare) };
        }
      } else if (kind === 'terraform') {
        // A backend's HCL form holds typed values (and the `cloud` block's workspaces as a typed block): take the
        // plain settings of cdk.tf.json instead; `renderTerraformBlock` knows which settings are blocks.
        const plain = TerraformBackend.isBackend(element)
          ? (Tokenization.resolve(element.toTerraform(), { scope: stack, resolver }) as { terraform: Record<string, unknown> }).terraform
          : body;
        mergeInto(terraform, plain as Record<string, unknown>);
      } else if (kind === 'provider') {
        for (const [name, instances] of Object.entries(body as Record<string, Record<string, unknown>[]>)) {
          blocks.push(renderProvider({ [name]: instances.map((attrs) => swapAttributes(attrs, literal, bare)) }));
        }
      } else if (kind === 'variable') {
        const json = Tokenization.resolve(element.toTerraform(), { scope: stack, resolver }) as {
          variable: Record<string, Record<string, unknown>>;
        };
        for (const [name, attrs] of Object.entries(json.variable)) {
          blocks.push(renderVariable({ [name]: swapVariable(attrs, swaps) }));
        }
      } else if (kind === 'output') {
        for (const [name, attrs] of Object.entries(body as Record<string, Record<string, unknown>>)) {
          const { description, ...others } = attrs as { description?: { value?: unknown } };
          const swapped = swapAttributes(others, literal, bare);
          if (description !== undefined) swapped.description = { ...description, value: swapAny(description.value, constant, bare) };
          blocks.push(renderOutput({ [name]: swapped }));
        }
      } else {
        throw new Error(
          `renderStackHcl: ${element.node.path} renders a '${kind}' block; only terraform, locals, variable, provider, resource, data and output blocks are supported. Fix: synthesize this stack as JSON (cdktf synth without --hcl)`,
        );
      }
    }
  }
  current = undefined;
  mergeInto(terraform, options.terraformOverrides ?? {});
  const terraformHcl =
    Object.keys(terraform).length > 0 ? renderTerraformBlock(swapAny(terraform, constant, bare) as Record<string, unknown>) : '';
  const localsHcl = Object.keys(locals).length > 0 ? renderLocals(locals) : '';
  const text = `${[terraformHcl, localsHcl, ...blocks].filter((b) => b !== '').join('\n\n')}\n`;
  return text.replace(PLACEHOLDER, (_m, kind: string, index: string) => {
    const s = strings[Number(index)];
    return kind === 'BARE' ? s.text : hclStringExpression(s.text);
  });
}

/** Deep-merges the plain objects of `source` into `target` (later values win, as in CDKTF's synthesis). */
function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(source)) {
    if (v === undefined) continue;
    const t = target[k];
    target[k] = isPlainObject(v) ? mergeInto(isPlainObject(t) ? t : {}, v) : v;
  }
  return target;
}

type Swap = (text: string) => string;
interface Swaps {
  readonly literal: Swap;
  readonly constant: Swap;
  readonly bare: Swap;
}

/** Attributes of a resource or data block (or of a nested block). */
function swapAttributes(attrs: Record<string, unknown>, literal: Swap, bare: Swap): Record<string, unknown> {
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
function swapVariable(attrs: Record<string, unknown>, { literal, constant, bare }: Swaps): Record<string, unknown> {
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
function swapAny(value: unknown, literal: Swap, bare: Swap): unknown {
  if (typeof value === 'string') return literal(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return bare(String(value));
  if (Array.isArray(value)) return value.map((x) => swapAny(x, literal, bare));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, swapAny(x, literal, bare)]));
  return value;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The HCL expression for a Terraform template string (as it stands in `cdk.tf.json`):
 * - exactly one interpolation (`${harness_platform_project.p.identifier}`): the bare expression, as
 *   `terraform fmt` writes it;
 * - multi-line text ending in a newline: a heredoc (`<<EOT`), whose delimiter is chosen so that no line of
 *   the text closes it early; heredocs take backslashes and quotes literally;
 * - anything else: a quoted string, with `\` and `"` escaped and control characters as `\n`, `\t`, `\uXXXX`
 *   in the literal parts; `${…}`/`%{…}` sequences and the `$${`/`%%{` escapes are kept as they are.
 */
export function hclStringExpression(template: string): string {
  const parts = splitTemplate(template);
  if (parts.length === 1 && parts[0].sequence && parts[0].text.startsWith('${')) {
    return parts[0].text.slice(2, -1);
  }
  if (template.includes('\n') && template.endsWith('\n') && !template.includes('\r')) {
    const lines = new Set(template.split('\n').map((l) => l.trim()));
    let delimiter = 'EOT';
    for (let i = 1; lines.has(delimiter); i++) delimiter = `EOT${i}`;
    return `<<${delimiter}\n${template}${delimiter}`;
  }
  return `"${parts.map((p) => (p.sequence ? p.text : quoteLiteral(p.text))).join('')}"`;
}

interface TemplatePart {
  readonly sequence: boolean;
  readonly text: string;
}

/**
 * Splits a template into literal text and template sequences (`${…}`, `%{…}`), scanning left to right as
 * Terraform's template lexer does: `$${` and `%%{` are escapes and stay in the literal text.
 */
function splitTemplate(t: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  while (i < t.length) {
    if (t.startsWith('$${', i) || t.startsWith('%%{', i)) {
      literal += t.slice(i, i + 3);
      i += 3;
    } else if ((t[i] === '$' || t[i] === '%') && t[i + 1] === '{') {
      if (literal) parts.push({ sequence: false, text: literal });
      literal = '';
      const end = scanSequence(t, i + 2);
      parts.push({ sequence: true, text: t.slice(i, end) });
      i = end;
    } else {
      literal += t[i];
      i += 1;
    }
  }
  if (literal) parts.push({ sequence: false, text: literal });
  return parts;
}

/** Index after the `}` closing a template sequence whose body starts at `j`. */
function scanSequence(t: string, j: number): number {
  let depth = 1;
  while (j < t.length) {
    const c = t[j];
    if (c === '"') {
      j = scanQuoted(t, j + 1);
      continue;
    }
    if (c === '{') depth += 1;
    if (c === '}') {
      depth -= 1;
      if (depth === 0) return j + 1;
    }
    j += 1;
  }
  return t.length;
}

/** Index after the `"` closing a quoted string inside a template sequence whose text starts at `j`. */
function scanQuoted(t: string, j: number): number {
  while (j < t.length) {
    const c = t[j];
    if (c === '\\') {
      j += 2;
    } else if (c === '"') {
      return j + 1;
    } else if (t.startsWith('$${', j) || t.startsWith('%%{', j)) {
      j += 3;
    } else if ((c === '$' || c === '%') && t[j + 1] === '{') {
      j = scanSequence(t, j + 2);
    } else {
      j += 1;
    }
  }
  return t.length;
}

function quoteLiteral(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}
