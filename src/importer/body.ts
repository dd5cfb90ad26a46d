import { type Code, ref, symbolsOf } from './code';
import { evaluate, type Locals } from './evaluate';
import { NameScope } from './names';

/** A statement of a generated function. */
export interface Statement {
  /** `const <name> = value;`, or an expression statement when undefined. */
  readonly name?: string;
  readonly value: Code;
  /** Comment lines written above the statement (without `//`). */
  readonly comments: string[];
}

/**
 * The body of a generated function, built statement by statement. Each statement is evaluated as it is added, so
 * later code can use the objects (and the importer can render them); the printed function runs the same code.
 */
export class Body {
  public readonly statements: Statement[] = [];
  public readonly locals: Locals = new Map();
  public readonly names: NameScope;

  constructor(taken: Iterable<string> = []) {
    this.names = new NameScope(taken);
  }

  /** Declares `const <fresh name> = code;` and returns a reference to it; throws what the code throws. */
  public declare(hint: string, code: Code, comments: string[] = [], suffix = ''): Code {
    const value = evaluate(code, this.locals);
    const name = this.names.name(hint, suffix);
    this.locals.set(name, value);
    this.statements.push({ name, value: code, comments });
    return ref(name);
  }

  /**
   * Adds an expression statement (e.g. `step.addOverride(...)`), after the statements about the constant `after` when
   * given (else at the end); throws what the code throws.
   */
  public run(code: Code, comments: string[] = [], after?: string): void {
    evaluate(code, this.locals);
    let at = this.statements.length;
    const declared = after === undefined ? -1 : this.statements.findIndex((s) => s.name === after);
    if (declared >= 0) {
      at = declared + 1;
      while (at < this.statements.length && this.statements[at].name === undefined && targetOf(this.statements[at].value) === after) at++;
    }
    this.statements.splice(at, 0, { value: code, comments });
  }

  /** The value of a constant of this body. */
  public valueOf(code: Code): unknown {
    return evaluate(code, this.locals);
  }

  /** Library names the statements use. */
  public symbols(into: Set<string> = new Set()): Set<string> {
    for (const s of this.statements) symbolsOf(s.value, into);
    return into;
  }
}

/** The constant a call statement is made on (`x.addOverride(...)` → `x`). */
function targetOf(code: Code): string | undefined {
  return code.kind === 'call' && code.target.kind === 'member' && code.target.target.kind === 'ref' ? code.target.target.name : undefined;
}
