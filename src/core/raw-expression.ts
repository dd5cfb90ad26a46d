import { Expression } from './expression';

/** Harness expression text given verbatim, e.g. `<+pipeline.triggeredBy.email>`. */
export class RawExpression extends Expression {
  /** @param text the expression text, used as given, e.g. `<+trigger.branch>` */
  constructor(public readonly text: string) {
    super();
  }

  public resolve(): string {
    return this.text;
  }
}
