import { requireProps } from '../core/arguments';
import { rejectPropValueProblems } from '../core/value-problems';
import { StageType } from './compatibility';
import { renderStageWhen, type StageWhen } from './condition';
import { fail, type ValidationProblem } from '../core/errors';
import type { FailureStrategy } from './failure-strategy';
import { validateIdentifier, validateName } from '../core/identifier';
import { compact } from '../core/object';
import { Overrides } from '../core/overrides';
import { RenderContext } from '../core/render-context';
import type { Step } from './step';
import type { StepGroup } from './step-group';
import { type StepGroupNode, StepList } from './step-list';
import { Timeout } from './timeout';
import { checkDelegateSelectors, type DelegateSelectors, renderDelegateSelectors } from './delegate-selectors';
import type { StageVariable } from './stage-variable';

/** A looping strategy (`strategy`): matrix, parallelism or repeat, as the YAML object. */
export interface LoopingStrategy {
  /** e.g. `{ region: ['eu', 'us'], maxConcurrency: 2 }` @default - none */
  readonly matrix?: Readonly<Record<string, unknown>>;
  /** How many iterations run at once. @default - none */
  readonly parallelism?: number;
  /** e.g. `{ items: ['a', 'b'] }` @default - none */
  readonly repeat?: Readonly<Record<string, unknown>>;
}

/** Fields every stage has. */
export interface StageProps {
  /** Unique within the pipeline; `^[a-zA-Z_][0-9a-zA-Z_]{0,127}$`. */
  readonly identifier: string;
  /** Display name. @default the identifier */
  readonly name?: string;
  /** Stage description. @default - not set */
  readonly description?: string;
  /** Stage tags (`key: value`). @default - not set */
  readonly tags?: Readonly<Record<string, string>>;
  /** Conditional execution. @default - runs when the pipeline so far succeeded */
  readonly when?: StageWhen;
  /** Stage failure strategies. @default - none (Deployment stages default to Abort on all errors) */
  readonly failureStrategies?: readonly FailureStrategy[];
  /** Delegate selectors for the stage: selector names, or one expression for the list. @default - not set (any delegate) */
  readonly delegateSelectors?: DelegateSelectors;
  /** Stage timeout. @default - none */
  readonly timeout?: Timeout | string;
  /** Looping strategy. Not supported on IDP stages. @default - none */
  readonly strategy?: LoopingStrategy;
  /**
   * Stage variables (`<+stage.variables.<name>>` in the stage); more can be added with {@link Stage.addVariable}.
   * @default - none
   */
  readonly variables?: readonly StageVariable[];
  /** Steps in order; more can be added with {@link Stage.addStep}. @default [] */
  readonly steps?: readonly (Step | StepGroup)[];
}

/** Where a stage sits: the pipeline gives its position and path. */
export interface StageParent {
  describe(): string;
  positionOfStage(stage: Stage): readonly (number | string)[];
}

/**
 * Base of every stage. A subclass renders its `spec` around the shared `execution` block.
 */
export abstract class Stage {
  /** The stage identifier. */
  public readonly identifier: string;
  /** The display name (the identifier unless given). */
  public readonly name: string;
  /** The stage type, which decides the steps it accepts. */
  public readonly stageType: StageType;
  /** The stage's `execution.steps`. */
  public readonly steps: StepList;
  /** The props the stage was created with (subclasses render their fields from them). */
  protected readonly props: StageProps;
  private readonly identifiers = new Map<string, Step | StepGroupNode>();
  private readonly overrides = new Overrides();
  private readonly vars: StageVariable[] = [];
  private parent?: StageParent;

  /**
   * @param stageType the stage type, which decides the steps the stage accepts
   * @param props the fields every stage has; identifier, name and condition are checked at once
   */
  protected constructor(stageType: StageType, props: StageProps) {
    this.stageType = stageType;
    const kind = new.target.name;
    requireProps(props, `new ${kind}`, `new ${kind}({ identifier: 'my_stage', ... })`);
    const where = `stage '${props.identifier}'`;
    rejectPropValueProblems(props, where);
    validateIdentifier(props.identifier, where);
    this.identifier = props.identifier;
    this.name = props.name ?? props.identifier;
    validateName(this.name, where, stageType === StageType.IDP ? 'idpStage' : 'default');
    this.props = props;
    if (props.timeout !== undefined) Timeout.of(props.timeout, where);
    renderStageWhen(props.when, where);
    checkDelegateSelectors(props.delegateSelectors, where);
    if (props.variables) this.addVariable(...props.variables);
    this.steps = new StepList(this, () => `pipeline.stages.${this.identifier}.spec.execution.steps`);
    if (props.steps) this.addStep(...props.steps);
  }

  /** Declares stage variables. */
  public addVariable(...variables: StageVariable[]): this {
    for (const v of variables) {
      const existing = this.vars.find((x) => x.name === v.name);
      if (existing === v) continue;
      if (existing) {
        fail(
          `${this.describe()} > variable '${v.name}'`,
          'variables',
          `variable '${v.name}' is declared twice on ${this.describe()}`,
          'declare each stage variable once and pass the same object wherever it is used',
        );
      }
      v._attach(this);
      this.vars.push(v);
    }
    return this;
  }

  /** The stage variable with this name; throws if the stage does not declare it. */
  public variable(name: string): StageVariable {
    const v = this.vars.find((x) => x.name === name);
    if (!v) {
      const declared = this.vars.map((x) => x.name).join(', ') || '(none)';
      fail(this.describe(), 'variables', `no stage variable named '${name}'`, `declare it with addVariable(), or use one of: ${declared}`);
    }
    return v;
  }

  /** Declared stage variables, in order. */
  public get variables(): readonly StageVariable[] {
    return this.vars;
  }

  /** Appends steps (or step groups), in order. */
  public addStep(...steps: (Step | StepGroup)[]): this {
    this.steps.add(...steps);
    return this;
  }

  /** Appends steps (or step groups) that run in parallel. */
  public addParallel(...steps: (Step | StepGroup)[]): this {
    this.steps.addParallel(...steps);
    return this;
  }

  /** Appends a step group. */
  public addStepGroup(group: StepGroup): this {
    this.steps.add(group);
    return this;
  }

  /** All steps of the stage, in execution order (rollback steps last). */
  public allSteps(): Step[] {
    return this.steps.allSteps();
  }

  /** All step groups of the stage, depth first (rollback groups last). */
  public allGroups(): StepGroupNode[] {
    return this.steps.allGroups();
  }

  /** Escape hatch on the rendered `stage` node, e.g. `addOverride('spec.caching.enabled', true)`. */
  public addOverride(path: string, value: unknown): this {
    this.overrides.add(path, value);
    return this;
  }

  /** Escape hatch: removes a field of the rendered node (a dotted path; `\\.` is a literal dot within a key). */
  public addDeletionOverride(path: string): this {
    this.overrides.addDeletion(path);
    return this;
  }

  /** @internal */
  public _attach(parent: StageParent): void {
    if (this.parent)
      fail(this.describe(), 'identifier', 'the stage is already part of a pipeline', 'create a new stage object for each pipeline');
    this.parent = parent;
  }

  /** Where the stage is, for messages, e.g. `pipeline 'p' > stage 's'`. */
  public describe(): string {
    return this.parent ? `${this.parent.describe()} > stage '${this.identifier}'` : `stage '${this.identifier}'`;
  }

  /** @internal Execution position of the stage, for the step lists in it. */
  public ownerPosition(): readonly (number | string)[] {
    return this.parent ? [...this.parent.positionOfStage(this), 0] : [0];
  }

  /** @internal Registers a step or step group identifier with the stage, throwing on duplicates. */
  public registerIdentifier(node: Step | StepGroupNode): void {
    const existing = this.identifiers.get(node.identifier);
    if (existing && existing !== node) {
      fail(
        node.describe(),
        'identifier',
        `identifier '${node.identifier}' is already used in ${this.describe()} by ${existing.describe()}`,
        'give each step and step group a unique identifier within the stage',
      );
    }
    this.identifiers.set(node.identifier, node);
  }

  /** Problems found at render time (cross-object rules). Subclasses add their own. */
  public validate(): ValidationProblem[] {
    if (this.allSteps().length === 0) {
      return [
        {
          path: this.describe(),
          field: 'spec.execution.steps',
          problem: 'the stage has no steps',
          fix: 'add at least one step with addStep()',
        },
      ];
    }
    // StepGroupElementConfig.steps has minItems 1.
    return this.allGroups()
      .filter((g) => g.steps.items.length === 0)
      .map((g) => ({
        path: g.describe(),
        field: 'steps',
        problem: 'the step group has no steps',
        fix: 'add at least one step with addStep(), or remove the group',
      }));
  }

  /** The stage `spec` around the rendered `execution` block. */
  protected abstract renderSpec(execution: Record<string, unknown>): Record<string, unknown>;

  /** The `execution` block. Deployment stages add `rollbackSteps`. */
  protected renderExecution(ctx: RenderContext): Record<string, unknown> {
    return { steps: this.steps.toObject(ctx) };
  }

  /**
   * The `{ stage: {...} }` node (values unresolved).
   * @param ctx the rendering pass @default - a pass of its own
   * @param withSteps render the steps (`false`: an empty `execution`, for checks on stage-level fields)
   */
  public toObject(ctx?: RenderContext, withSteps = true): Record<string, unknown> {
    const p = this.props;
    const node: Record<string, unknown> = compact({
      name: this.name,
      identifier: this.identifier,
      description: p.description,
      type: this.stageType,
      spec: this.renderSpec(withSteps ? this.renderExecution(RenderContext.orNew(ctx)) : {}),
      tags: p.tags ? { ...p.tags } : undefined,
      variables: this.vars.length > 0 ? this.vars.map((v) => v.toObject()) : undefined,
      when: renderStageWhen(p.when, this.describe()),
      failureStrategies: p.failureStrategies?.map((f) => f.toObject()),
      delegateSelectors: renderDelegateSelectors(p.delegateSelectors),
      timeout: p.timeout === undefined ? undefined : Timeout.of(p.timeout).toString(),
      strategy: p.strategy ? { ...p.strategy } : undefined,
    });
    this.overrides.applyTo(node);
    return { stage: node };
  }
}
