import { Expression, type ResolveContext } from './expression';
import type { ExpressionPayload } from './expression-marker';
import { newObjectId } from './expression-marker';

/**
 * A reference to a pipeline variable: renders `<+pipeline.variables.<name>>` and reports the reference, so the
 * pipeline can check that the variable is declared and a workflow can translate it into its form parameter.
 * `PipelineVariable` (the declaration) is one; a variable read from a string is decoded into one.
 */
export class VariableReference extends Expression {
  private declaredId?: string;

  /**
   * @param name the variable name
   * @param type the variable type (`String`, `Number` or `Secret`)
   * @param variableId the id of the declared variable, when decoded from a string
   */
  constructor(
    public readonly name: string,
    public readonly type: string,
    variableId?: string,
  ) {
    super();
    this.declaredId = variableId;
  }

  /** @internal A variable reference read from a string. */
  public static fromPayload(payload: ExpressionPayload): VariableReference {
    return new VariableReference(String(payload.n), String(payload.ty), String(payload.o));
  }

  /** Identifies the declared variable: the same for a declaration and every reference decoded from its markers. */
  public get variableId(): string {
    this.declaredId ??= newObjectId();
    return this.declaredId;
  }

  public resolve(ctx?: ResolveContext): string {
    ctx?.variable?.(this.name, this);
    return `<+pipeline.variables.${this.name}>`;
  }

  /** @internal What the marker of this expression carries. */
  protected toPayload(): ExpressionPayload {
    return { k: 'v', n: this.name, ty: this.type, o: this.variableId };
  }
}
