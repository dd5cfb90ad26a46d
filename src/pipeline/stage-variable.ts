import { requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import { Expression, type ResolveContext } from '../core/expression';
import { type ExpressionPayload, newObjectId } from '../core/expression-marker';
import { validateVariableName } from '../core/identifier';
import { decodeExpression, resolveExpression } from '../core/resolve';
import { checkVariableValue, VariableType, variableValue } from './variable';

/** The wrapper tag of stage variable references in expression markers; the pipeline decodes it (see `stage-variable-scope.ts`). */
export const STAGE_VARIABLE_TAG = 'stageVariable';

/** Props of a {@link StageVariable}. */
export interface StageVariableProps {
  /** Variable name; referenced as `<+stage.variables.<name>>` within the stage. */
  readonly name: string;
  /** Variable type, always emitted (the schema tells Number, String and Secret variables apart by it). @default VariableType.STRING */
  readonly type?: VariableType;
  /** The value (the schema requires one): a fixed value or an expression, e.g. a pipeline variable. */
  readonly value: string | number | Expression;
  /** Shown in Pipeline Studio. @default - not set */
  readonly description?: string;
  /** Whether a value must be supplied when the pipeline runs. @default - not set (Harness applies false) */
  readonly required?: boolean;
}

/** Where a stage variable is declared: the stage, as far as a reference needs it. */
export interface StageVariableOwner {
  /** The stage identifier. */
  readonly identifier: string;
  /** Human-readable location. */
  describe(): string;
}

/**
 * A stage variable (`stage.variables[]`, the same `NGVariable` shapes as pipeline variables). It is itself an
 * {@link Expression}: pass it to a step of its stage to reference `<+stage.variables.<name>>`. From another stage,
 * reference {@link qualified} (`<+pipeline.stages.<stage>.variables.<name>>`). The pipeline checks that every
 * reference names a variable declared on a stage in scope.
 *
 * ```ts
 * const region = StageVariable.string('region', { value: 'eu-west-1' });
 * const deploy = new CustomStage({
 *   identifier: 'deploy',
 *   variables: [region],
 *   steps: [new ShellScriptStep({ identifier: 'show', script: `echo ${region}` })],
 * });
 * ```
 */
export class StageVariable extends Expression {
  /** A String stage variable. */
  public static string(name: string, props: Omit<StageVariableProps, 'name' | 'type'>): StageVariable {
    return new StageVariable({ ...props, name, type: VariableType.STRING });
  }

  /** A Number stage variable. */
  public static number(name: string, props: Omit<StageVariableProps, 'name' | 'type'>): StageVariable {
    return new StageVariable({ ...props, name, type: VariableType.NUMBER });
  }

  /** A Secret stage variable; its value is a secret identifier (a `SecretRef` renders its identifier). */
  public static secret(name: string, props: Omit<StageVariableProps, 'name' | 'type'>): StageVariable {
    return new StageVariable({ ...props, name, type: VariableType.SECRET });
  }

  /** The variable name. */
  public readonly name: string;
  /** The variable type. */
  public readonly type: VariableType;
  /** The value: fixed text or number, or an expression. */
  public readonly value: string | number | Expression;
  /** The description, if given. */
  public readonly description?: string;
  /** Whether a value is required, if given. */
  public readonly required?: boolean;
  /** Identifies the declaration in the markers of its references. */
  public readonly variableId = newObjectId();
  private owner?: StageVariableOwner;

  /** Creates the variable; name, type and value are checked at once. */
  constructor(props: StageVariableProps) {
    super();
    requireProps(props, 'new StageVariable', "StageVariable.string('region', { value: 'eu-west-1' })");
    const path = `stage variable '${props.name}'`;
    validateVariableName(props.name, path);
    const type = props.type ?? VariableType.STRING;
    if (!Object.values(VariableType).includes(type)) {
      fail(path, 'type', `'${String(type)}' is not a variable type`, `use one of ${Object.values(VariableType).join(', ')}`);
    }
    if (props.value === undefined || props.value === null) {
      fail(path, 'value', 'is required (the schema requires a value)', 'give a fixed value or an expression, e.g. a pipeline variable');
    }
    checkVariableValue(type, props.value, path);
    this.name = props.name;
    this.type = type;
    this.value = props.value;
    this.description = props.description;
    this.required = props.required;
  }

  /** @internal The stage that declares the variable, once it is added to one. */
  public get stage(): StageVariableOwner | undefined {
    return this.owner;
  }

  /** The reference for steps of other stages: `<+pipeline.stages.<stage>.variables.<name>>`. */
  public get qualified(): Expression {
    return new QualifiedStageVariable(this);
  }

  /** @internal Called by the stage that declares the variable. */
  public _attach(owner: StageVariableOwner): void {
    if (this.owner && this.owner !== owner) {
      fail(
        `${owner.describe()} > variable '${this.name}'`,
        'variables',
        `stage variable '${this.name}' is already declared on ${this.owner.describe()}`,
        'declare a new StageVariable for each stage',
      );
    }
    this.owner = owner;
  }

  public resolve(ctx?: ResolveContext): string {
    return resolveStageVariable(this.toPayload(), ctx);
  }

  /** @internal What the marker of this expression carries. */
  protected toPayload(): ExpressionPayload {
    return stageVariablePayload(this, false);
  }

  /** The `variables[]` entry (unresolved values). */
  public toObject(): Record<string, unknown> {
    const v = variableValue(this.type, this.value);
    return {
      name: this.name,
      type: this.type,
      description: this.description,
      required: this.required,
      value: typeof v === 'number' && this.type !== VariableType.NUMBER ? String(v) : v,
    };
  }
}

/** `<+pipeline.stages.<stage>.variables.<name>>` of a stage variable (see {@link StageVariable.qualified}). */
class QualifiedStageVariable extends Expression {
  constructor(private readonly variable: StageVariable) {
    super();
  }

  public resolve(ctx?: ResolveContext): string {
    return resolveStageVariable(this.toPayload(), ctx);
  }

  /** @internal What the marker of this expression carries. */
  protected toPayload(): ExpressionPayload {
    return stageVariablePayload(this.variable, true);
  }
}

/**
 * The marker payload of a reference: a wrapper whose text (`e`) stands in where no pipeline decodes it; the pipeline
 * renders the qualified form from the stage that declares the variable (`o`) and checks the reference's scope.
 */
function stageVariablePayload(v: StageVariable, qualified: boolean): ExpressionPayload {
  const text = qualified ? `<+pipeline.stages.${v.stage?.identifier ?? 'unknown'}.variables.${v.name}>` : `<+stage.variables.${v.name}>`;
  return { k: 'w', tag: STAGE_VARIABLE_TAG, r: true, e: { k: 't', t: text }, n: v.name, o: v.variableId, q: qualified };
}

/** Resolves a reference with the pipeline's decoder when the render has one, else to its stand-in text. */
function resolveStageVariable(payload: ExpressionPayload, ctx?: ResolveContext): string {
  const decoder = ctx?.kinds?.[STAGE_VARIABLE_TAG];
  const expression = decoder ? decoder(payload, (nested) => decodeExpression(nested, ctx)) : decodeExpression(payload, ctx);
  return resolveExpression(expression, ctx);
}
