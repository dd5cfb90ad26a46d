import { optionalArray, optionalString, requireProps } from '../core/arguments';
import { renderStepWhen, type StepWhen } from './condition';
import { fail } from '../core/errors';
import { type OutputProducer, StepOutput } from '../core/expression';
import type { FailureStrategy } from './failure-strategy';
import { validateIdentifier, validateName } from '../core/identifier';
import { newObjectId } from '../core/expression-marker';
import { clonePlain, compact } from '../core/object';
import { Overrides } from '../core/overrides';
import { RenderContext } from '../core/render-context';
import { rejectPropValueProblems } from '../core/value-problems';
import { Timeout } from './timeout';

/** Envelope fields every step has (`Node`: identifier, name, timeout, when, failureStrategies, description). */
export interface StepProps {
  /** Unique within the stage; `^[a-zA-Z_][0-9a-zA-Z_]{0,127}$`. */
  readonly identifier: string;
  /** Display name. @default the identifier */
  readonly name?: string;
  /** Step description (envelope `description`, not a spec field). @default - none */
  readonly description?: string;
  /**
   * Step timeout (`Timeout.minutes(10)` or text such as `'10m'`, `'1h30m'`, `'30s'`).
   * @default - not set (Harness applies the step type's default, e.g. 10m)
   */
  readonly timeout?: Timeout | string;
  /** Conditional execution. @default - runs when the stage so far succeeded */
  readonly when?: StepWhen;
  /** Failure strategies of this step. @default - inherited from the stage */
  readonly failureStrategies?: readonly FailureStrategy[];
}

/** Where a step or step group sits: a stage's step list or a step group. */
export interface StepParent {
  /** JEXL path of the list, e.g. `pipeline.stages.s.spec.execution.steps`. */
  listExpressionPath(): string;
  /** Human-readable location. */
  describe(): string;
  /** Execution position of an element of this list (see {@link Step.position}). */
  positionOf(node: Step | StepGroupLike): readonly (number | string)[];
}

/** What the ordering validation needs from a step group. */
export interface StepGroupLike {
  /** The group's identifier. */
  readonly identifier: string;
}

/**
 * Base of every step. A subclass sets `type`, builds its `spec` in {@link renderSpec} and exposes typed
 * outputs built with {@link outputVariable} / {@link output}.
 */
export abstract class Step implements OutputProducer {
  /** The step `type` literal, e.g. `CreateRepo`. */
  public abstract readonly type: string;
  public readonly identifier: string;
  /** The display name (the identifier unless given). */
  public readonly name: string;
  /** The step description, if given. */
  public readonly description?: string;
  /** The condition under which the step runs, if given. */
  public readonly when?: StepWhen;
  /** The step's failure strategies, if given. */
  public readonly failureStrategies?: readonly FailureStrategy[];
  private readonly timeoutValue?: Timeout;
  private readonly overrides = new Overrides();
  private parent?: StepParent;
  private markerId?: string;

  /** @param props the fields every step has; identifier, name, timeout and condition are checked at once */
  protected constructor(props: StepProps) {
    const kind = new.target.name;
    requireProps(props, `new ${kind}`, `new ${kind}({ identifier: 'my_step', ... })`);
    const where = `step '${props.identifier}'`;
    validateIdentifier(props.identifier, where);
    this.identifier = props.identifier;
    this.name = props.name ?? props.identifier;
    validateName(this.name, where);
    this.description = optionalString(props.description, where, 'description', 'pass the description as text');
    this.when = props.when;
    this.failureStrategies = optionalArray(props.failureStrategies, where, 'failureStrategies', 'pass a list of FailureStrategy');
    this.timeoutValue = props.timeout === undefined ? undefined : Timeout.of(props.timeout, where);
    if (props.when) renderStepWhen(props.when, where);
    // A factory value among the props (a SecretRef, an InstanceSelection, ...) reports its problem here, at the step.
    rejectPropValueProblems(props, where);
  }

  /** The timeout given, emitted as `timeout`; `undefined` leaves the step type's default to Harness. */
  public get timeout(): Timeout | undefined {
    return this.timeoutValue;
  }

  /** The `spec` object; values may be {@link Expression}s, resolved when the pipeline renders. */
  protected abstract renderSpec(): Record<string, unknown>;

  /**
   * Which stage types accept this step. Defaults to the shared stage/step matrix; a custom step type
   * not in the matrix overrides this.
   */
  public allowedStageTypes(): readonly string[] | undefined {
    return undefined;
  }

  /**
   * Escape hatch: sets or (with `undefined`) deletes a field of the rendered step node, addressed by a
   * dotted path relative to the node, e.g. `spec.resources.limits.memory` or `spec.verbose`.
   */
  public addOverride(path: string, value: unknown): this {
    this.overrides.add(path, value);
    return this;
  }

  /** Escape hatch: removes a field of the rendered node (a dotted path; `\\.` is a literal dot within a key). */
  public addDeletionOverride(path: string): this {
    this.overrides.addDeletion(path);
    return this;
  }

  /** Reference to a user-defined output variable: `...steps.<id>.output.outputVariables.<name>`. */
  protected outputVariable(name: string): StepOutput {
    return new StepOutput(this, `output.outputVariables.${name}`);
  }

  /**
   * Reference to an output variable the step declares in its `spec.outputVariables`; throws (naming the
   * declared ones) if `name` is not among them.
   */
  protected declaredOutputVariable(name: string, declared: readonly string[]): StepOutput {
    if (!declared.includes(name)) {
      fail(
        this.describe(),
        'spec.outputVariables',
        `'${name}' is not an output variable of this step`,
        `add '${name}' to outputVariables, or use one of: ${declared.join(', ') || '(none)'}`,
      );
    }
    // Not this.outputVariable(): subclasses override it to call this method.
    return new StepOutput(this, `output.outputVariables.${name}`);
  }

  /** Reference to any output path below the step, e.g. `issue.key` or `output.httpResponseBody`. */
  protected output(path: string): StepOutput {
    return new StepOutput(this, path);
  }

  /** @internal Called by the step list that takes this step. */
  public _attach(parent: StepParent): void {
    if (this.parent) {
      fail(
        this.describe(),
        'identifier',
        `the step is already part of ${this.parent.describe()}`,
        'create a new step object for each place it is used',
      );
    }
    this.parent = parent;
  }

  /** @internal The list this step is in, if any. */
  public get parentList(): StepParent | undefined {
    return this.parent;
  }

  /** True once the step has been added to a stage or step group. */
  public get isAttached(): boolean {
    return this.parent !== undefined;
  }

  public expressionPath(): string {
    if (!this.parent) {
      fail(
        this.describe(),
        'outputs',
        'an output of this step is referenced, but the step has not been added to a stage',
        'add the step to a stage before rendering the pipeline',
      );
    }
    return `${this.parent.listExpressionPath()}.${this.identifier}`;
  }

  /**
   * Execution position: indices from the pipeline down to this step. Parallel siblings carry string
   * lane markers, so neither of two parallel steps runs "before" the other.
   */
  public position(): readonly (number | string)[] {
    if (!this.parent) return [];
    return this.parent.positionOf(this);
  }

  public describe(): string {
    return this.parent ? `${this.parent.describe()} > step '${this.identifier}'` : `step '${this.identifier}'`;
  }

  /** Identifies the step in the markers of its outputs (see `OutputProducer.producerId`). */
  public get producerId(): string {
    this.markerId ??= newObjectId();
    return this.markerId;
  }

  /**
   * The `{ step: {...} }` node, values unresolved; rendered once per rendering pass.
   * @param ctx the rendering pass @default - a pass of its own
   */
  public toObject(ctx?: RenderContext): Record<string, unknown> {
    return clonePlain(this.sharedNode(RenderContext.orNew(ctx)));
  }

  /**
   * @internal The node of the pass {@link toObject} copies, itself: for the checks, which only read it. A step class
   * that renders its node another way overrides this method (as `TemplateStep` does), not `toObject`.
   */
  public sharedNode(ctx: RenderContext): Record<string, unknown> {
    return ctx.shared(this, 'node', () => this.renderNode());
  }

  private renderNode(): Record<string, unknown> {
    const where = this.describe();
    const node: Record<string, unknown> = compact({
      type: this.type,
      name: this.name,
      identifier: this.identifier,
      description: this.description,
      timeout: this.timeoutValue?.toString(),
      when: renderStepWhen(this.when, where),
      failureStrategies: this.failureStrategies?.map((f) => f.toObject()),
      spec: this.renderSpec(),
    });
    this.overrides.applyTo(node);
    return { step: node };
  }
}
