import { type IResolvable, type IResolveContext, Token } from 'cdktf';

/**
 * A string attribute produced when the stack synthesizes, like `Lazy.stringValue`, without the stack trace CDKTF's
 * `Lazy` captures for every token (a measurable share of a large synth; our producers never throw, so a creation
 * stack would never be shown).
 */
export function lazyText(produce: () => string): string {
  return Token.asString(new LazyText(produce));
}

class LazyText implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly produce: () => string) {}

  public resolve(_context: IResolveContext): string {
    return this.produce();
  }

  public toString(): string {
    return Token.asString(this);
  }

  public toJSON(): string {
    return '<unresolved-lazy-text>';
  }
}
