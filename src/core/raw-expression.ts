import { Expression, type ResolveContext } from './expression';

/** Harness expression text given verbatim, e.g. `<+pipeline.triggeredBy.email>`. */
export class RawExpression extends Expression {
  /**
   * @param text the expression text
   * @param written whether the text is what a user wrote (`Expr.raw(...)`), which checks read like literal text,
   *   rather than the text another expression renders to @default true
   */
  constructor(
    public readonly text: string,
    private readonly written = true,
  ) {
    super();
  }

  public resolve(ctx?: ResolveContext): string {
    if (this.written) ctx?.text?.(this.text);
    return this.text;
  }
}
