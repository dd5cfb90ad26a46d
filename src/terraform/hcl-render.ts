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
import { hclPlaceholder, QUOTED_HCL_PLACEHOLDER } from './hcl-placeholder';
import { hclStringExpression } from './hcl-string';
import { isPlainObject, type Swaps, swapAny, swapAttributes, swapVariable } from './hcl-swap';
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

/** Every quoted placeholder of a skeleton, with its index. */
const PLACEHOLDER = new RegExp(QUOTED_HCL_PLACEHOLDER, 'g');
/** A quoted placeholder a comma follows. */
const PLACEHOLDER_BEFORE_COMMA = new RegExp(`${QUOTED_HCL_PLACEHOLDER}[ \\t]*,`, 'g');

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

/** What the elements of a stack render to, block by block. */
interface StackBlocks {
  /** The variable, provider, resource, data and output blocks, in the order of the elements. */
  readonly blocks: string[];
  /** The settings of the one `locals` block. */
  readonly locals: Record<string, { value: unknown }>;
  /** The settings of the one `terraform` block, merged. */
  readonly terraform: Record<string, unknown>;
}

/** One kind of block of an element's resolved HCL form, with what rendering it needs. */
interface ElementBlock {
  readonly element: TerraformElement;
  readonly kind: string;
  readonly body: unknown;
  readonly swaps: Swaps;
  /** Resolves the tokens of a value in the stack (reporting references to other stacks). */
  readonly resolve: (value: unknown) => unknown;
}

/** A string leaf swapped for a placeholder: a template string, or an expression written as it is. */
interface SwappedString {
  readonly bare: boolean;
  readonly text: string;
}

/**
 * Unformatted HCL in two parts: the block structure with a placeholder (`"__CDKTF_HCL_LITERAL_<n>__"` or
 * `"__CDKTF_HCL_BARE_<n>__"`) for each value, and the HCL expression of each value. {@link restoreHcl} joins them.
 */
export interface HclParts {
  /** The blocks, each string value a quoted placeholder. */
  readonly skeleton: string;
  /** The HCL expression of placeholder `n`: a quoted string, a heredoc or a bare expression. */
  readonly expressions: readonly string[];
}

/**
 * Renders `elements` (of `stack`) as unformatted HCL: one `terraform` block (the providers' `required_providers`
 * and the backend, merged), one `locals` block, then the variable, provider, resource, data and output blocks in
 * the order of the elements. Throws on any other kind of block (module, moved, import).
 */
export function renderStackHcl(stack: TerraformStack, elements: readonly TerraformElement[], options: RenderStackHclOptions = {}): string {
  return restoreHcl(renderStackHclParts(stack, elements, options));
}

/** The skeleton with each placeholder replaced by its expression. */
export function restoreHcl({ skeleton, expressions }: HclParts): string {
  return skeleton.replace(PLACEHOLDER, (_m, index: string) => expressions[Number(index)]);
}

/** {@link renderStackHcl}'s text as {@link HclParts}, which `formatHclParts` formats without formatting each value. */
export function renderStackHclParts(
  stack: TerraformStack,
  elements: readonly TerraformElement[],
  options: RenderStackHclOptions = {},
): HclParts {
  const transform = options.transform ?? ((t: string) => t);
  const strings: SwappedString[] = [];
  let current: TerraformElement | undefined;
  const resolver = new ReportingResolver(stack, (identifier) => options.foreignReference?.(identifier, current!));
  const resolve = (value: unknown): unknown => Tokenization.resolve(value, { scope: stack, resolver });
  const push = (bare: boolean, text: string): string => {
    strings.push({ bare, text });
    return hclPlaceholder(bare, strings.length - 1);
  };
  const swaps: Swaps = {
    /** A template string (most of cdk.tf.json). */
    literal: (text) => push(false, transform(text, current!)),
    /** A string Terraform takes as it is in cdk.tf.json (no evaluation context): escaped to the same template. */
    constant: (text) => push(false, escapeTerraformString(text)),
    /** An expression written as it is (references in meta-arguments, numbers, booleans, null). */
    bare: (text) => push(true, text),
  };
  const out: StackBlocks = { blocks: [], locals: {}, terraform: {} };
  for (const element of elements) {
    current = element;
    const fragment = resolve(element.toHclTerraform()) as HclFragment;
    for (const [kind, body] of Object.entries(fragment)) {
      if (body !== undefined) addBlock(out, { element, kind, body, swaps, resolve });
    }
  }
  current = undefined;
  mergeInto(out.terraform, options.terraformOverrides ?? {});
  const skeleton = stackText(out, swaps);
  const listItems = placeholdersBeforeComma(skeleton);
  const expressions = strings.map((s, i) => (s.bare ? s.text : hclStringExpression(s.text, { heredoc: !listItems.has(i) })));
  return { skeleton, expressions };
}

/** The placeholders a comma follows (list items), which cannot be heredocs. */
export function placeholdersBeforeComma(skeleton: string): Set<number> {
  return new Set([...skeleton.matchAll(PLACEHOLDER_BEFORE_COMMA)].map((m) => Number(m[1])));
}

/** Adds one kind of block of an element to the stack's blocks; throws on a kind HCL rendering does not support. */
function addBlock(out: StackBlocks, b: ElementBlock): void {
  const { literal, bare } = b.swaps;
  if (b.kind === 'resource' || b.kind === 'data') {
    addResources(out, b);
  } else if (b.kind === 'locals') {
    for (const [name, local] of Object.entries(b.body as Record<string, { value: unknown }>)) {
      out.locals[name] = { ...local, value: swapAny(local.value, literal, bare) };
    }
  } else if (b.kind === 'terraform') {
    // A backend's HCL form holds typed values (and the `cloud` block's workspaces as a typed block): take the
    // plain settings of cdk.tf.json instead; `renderTerraformBlock` knows which settings are blocks.
    const plain = TerraformBackend.isBackend(b.element)
      ? (b.resolve(b.element.toTerraform()) as { terraform: Record<string, unknown> }).terraform
      : b.body;
    mergeInto(out.terraform, plain as Record<string, unknown>);
  } else if (b.kind === 'provider') {
    for (const [name, instances] of Object.entries(b.body as Record<string, Record<string, unknown>[]>)) {
      out.blocks.push(renderProvider({ [name]: instances.map((attrs) => swapAttributes(attrs, literal, bare)) }));
    }
  } else if (b.kind === 'variable') {
    const json = b.resolve(b.element.toTerraform()) as { variable: Record<string, Record<string, unknown>> };
    for (const [name, attrs] of Object.entries(json.variable)) {
      out.blocks.push(renderVariable({ [name]: swapVariable(attrs, b.swaps) }));
    }
  } else if (b.kind === 'output') {
    addOutputs(out, b);
  } else {
    throw new Error(
      `renderStackHcl: ${b.element.node.path} renders a '${b.kind}' block; only terraform, locals, variable, provider, resource, ` +
        'data and output blocks are supported. Fix: synthesize this stack as JSON (cdktf synth without --hcl)',
    );
  }
}

/** The resource (or data) blocks of an element. */
function addResources(out: StackBlocks, { kind, body, swaps: { literal, bare } }: ElementBlock): void {
  for (const [type, byName] of Object.entries(body as Record<string, Record<string, Record<string, unknown>>>)) {
    for (const [name, attrs] of Object.entries(byName)) {
      const swapped = { [type]: { [name]: swapAttributes(attrs, literal, bare) } };
      out.blocks.push(kind === 'resource' ? renderResource(swapped).hcl : renderDatasource(swapped).hcl);
    }
  }
}

/** The output blocks of an element; an output's `description` is taken as it is. */
function addOutputs(out: StackBlocks, { body, swaps: { literal, constant, bare } }: ElementBlock): void {
  for (const [name, attrs] of Object.entries(body as Record<string, Record<string, unknown>>)) {
    const { description, ...others } = attrs as { description?: { value?: unknown } };
    const swapped = swapAttributes(others, literal, bare);
    if (description !== undefined) swapped.description = { ...description, value: swapAny(description.value, constant, bare) };
    out.blocks.push(renderOutput({ [name]: swapped }));
  }
}

/** The stack's HCL with placeholders: the `terraform` block, the `locals` block, then the other blocks. */
function stackText({ blocks, locals, terraform }: StackBlocks, { constant, bare }: Swaps): string {
  const terraformHcl =
    Object.keys(terraform).length > 0 ? renderTerraformBlock(swapAny(terraform, constant, bare) as Record<string, unknown>) : '';
  const localsHcl = Object.keys(locals).length > 0 ? renderLocals(locals) : '';
  return `${[terraformHcl, localsHcl, ...blocks].filter((b) => b !== '').join('\n\n')}\n`;
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
