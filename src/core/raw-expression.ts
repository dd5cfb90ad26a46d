import { Expression, type ResolveContext } from './expression';

/** Harness expression text given verbatim, e.g. `<+pipeline.triggeredBy.email>`. */
export class RawExpression extends Expression {
  constructor(public readonly text: string) {
    super();
  }

  public resolve(ctx?: ResolveContext): string {
    ctx?.text?.(this.text);
    return this.text;
  }
}
