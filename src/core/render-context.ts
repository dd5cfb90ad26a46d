import { optionalProps } from './arguments';

import type { ExpressionKinds, ResolveContext } from './expression';
import { clonePlain } from './object';
import { mapWholeTokens } from './terraform-token';
import { toYaml } from './yaml';

/** Options of a {@link RenderContext}. */
export interface RenderContextOptions {
  /** Decoders of the expression kinds other layers define (workflow, constructs). @default - the kernel's kinds only */
  readonly kinds?: ExpressionKinds;
  /** A rendering mode expressions may react to (see {@link ResolveContext.mode}). @default - none */
  readonly mode?: string;
  /**
   * How a document's YAML writes a field whose whole value is one Terraform reference (a CDKTF string token); the
   * constructs write it through Terraform's `jsonencode()`, so that any value reads back as itself.
   * @default - as it is
   */
  readonly referenceValue?: (token: string) => string;
}

/**
 * The state of one rendering pass, created per synthesis (or per top-level `toYaml()` / `validate()` call) and
 * handed down, the role `IResolveContext` plays in CDK: it remembers each node rendered in the pass (a step that
 * renders a whole Create Resource module renders it once, though the pipeline is validated and rendered in the same
 * pass), and carries the expression kinds and mode the render needs. Nothing about rendering lives in module
 * state, so two apps rendered in one process cannot see each other.
 */
export class RenderContext {
  /** @internal Decoders of expression kinds beyond the kernel's. */
  public readonly kinds?: ExpressionKinds;
  /** @internal The rendering mode, if any. */
  public readonly mode?: string;
  /** @internal How a whole-field Terraform reference is written in YAML, if not as it is. */
  private readonly referenceValue?: (token: string) => string;
  private readonly memos = new WeakMap<object, Map<string, unknown>>();

  /** @internal Created per synthesis by the constructs, or per top-level render call. */
  constructor(options: RenderContextOptions = {}) {
    optionalProps(options, 'new RenderContext', 'new RenderContext()');
    this.kinds = options.kinds;
    this.mode = options.mode;
    this.referenceValue = options.referenceValue;
  }

  /**
   * @internal
   * The YAML of a rendered document, with each field whose whole value is one Terraform reference written as
   * {@link RenderContextOptions.referenceValue} says (the document itself is not changed).
   */
  public documentYaml(document: unknown): string {
    return toYaml(this.referenceValue ? mapWholeTokens(document, this.referenceValue) : document);
  }

  /** @internal The context given, or a new one: how a model's public methods start a pass of their own. */
  public static orNew(ctx?: RenderContext): RenderContext {
    return ctx ?? new RenderContext();
  }

  /**
   * @internal
   * `compute()`'s value for `owner` and `key`, computed once in this context. Plain objects and arrays are returned
   * as copies, so a caller that adjusts the value (overrides) does not change what the next caller gets.
   */
  public memo<T>(owner: object, key: string, compute: () => T): T {
    return clonePlain(this.shared(owner, key, compute));
  }

  /**
   * @internal
   * The value {@link memo} copies, itself: for readers that do not change it (checks), which need no copy.
   */
  public shared<T>(owner: object, key: string, compute: () => T): T {
    let byKey = this.memos.get(owner);
    if (!byKey) {
      byKey = new Map();
      this.memos.set(owner, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, compute());
    return byKey.get(key) as T;
  }

  /**
   * @internal
   * A resolve context with this context's kinds and mode, and the given callbacks and lookups.
   * @param kinds decoders of further expression kinds the caller's layer defines @default - none
   */
  public resolver(callbacks: Omit<ResolveContext, 'kinds' | 'mode'> = {}, kinds?: ExpressionKinds): ResolveContext {
    return { ...callbacks, kinds: kinds ? { ...kinds, ...this.kinds } : this.kinds, mode: this.mode };
  }
}
