import { requireProps } from '../core/arguments';
import { rejectPropValueProblems } from '../core/value-problems';
import { renderStepWhen, type StepWhen } from './condition';
import type { RenderContext } from '../core/render-context';
import { fail } from '../core/errors';
import type { FailureStrategy } from './failure-strategy';
import { validateIdentifier, validateName } from '../core/identifier';
import { compact } from '../core/object';
import { Overrides } from '../core/overrides';
import type { Step } from './step';
import { type StepGroupNode, StepList } from './step-list';
import type { StageType } from './compatibility';

/** Props of a {@link StepGroup}. */
export interface StepGroupProps {
  /** Unique within the stage. */
  readonly identifier: string;
  /** Display name. @default the identifier */
  readonly name?: string;
  /** Conditional execution of the whole group. @default - always with the stage */
  readonly when?: StepWhen;
  /** Failure strategies of the group. @default - inherited from the stage */
  readonly failureStrategies?: readonly FailureStrategy[];
  /** Steps (and nested step groups) in order. More can be added with {@link StepGroup.addStep}. @default [] */
  readonly steps?: readonly (Step | StepGroup)[];
}

/** A step group (`stepGroup`), accepted in Custom, Approval, Deployment and CI stages. */
export class StepGroup implements StepGroupNode {
  public readonly identifier: string;
  /** The display name (the identifier unless given). */
  public readonly name: string;
  public readonly steps: StepList;
  private readonly props: StepGroupProps;
  private parent?: StepList;
  private readonly overrides = new Overrides();

  /** Creates the group with its steps; identifier, name and condition are checked at once. */
  constructor(props: StepGroupProps) {
    requireProps(props, 'new StepGroup', "new StepGroup({ identifier: 'my_group', steps: [...] })");
    const where = `stepGroup '${props.identifier}'`;
    rejectPropValueProblems(props, where);
    validateIdentifier(props.identifier, where);
    this.identifier = props.identifier;
    this.name = props.name ?? props.identifier;
    validateName(this.name, where);
    this.props = props;
    this.steps = new StepList(this, () => `${this.expressionPathPrefix()}.steps`);
    if (props.steps) this.addStep(...props.steps);
  }

  /** Appends steps. */
  public addStep(...steps: (Step | StepGroup)[]): this {
    this.steps.add(...steps);
    return this;
  }

  /** Appends steps that run in parallel. */
  public addParallel(...steps: (Step | StepGroup)[]): this {
    this.steps.addParallel(...steps);
    return this;
  }

  /** Escape hatch on the rendered `stepGroup` node. */
  public addOverride(path: string, value: unknown): this {
    this.overrides.add(path, value);
    return this;
  }

  /** Escape hatch: removes a field of the rendered node (a dotted path; `\\.` is a literal dot within a key). */
  public addDeletionOverride(path: string): this {
    this.overrides.addDeletion(path);
    return this;
  }

  /** The type of the stage the group is in, once it is in one. */
  public get stageType(): StageType | undefined {
    return this.parent?.owner.stageType;
  }

  /** @internal */
  public _attach(parent: StepList): void {
    if (this.parent)
      fail(this.describe(), 'identifier', 'the step group is already part of a stage', 'create a new step group for each place');
    this.parent = parent;
  }

  public describe(): string {
    return this.parent ? `${this.parent.describe()} > stepGroup '${this.identifier}'` : `stepGroup '${this.identifier}'`;
  }

  /** @internal Execution position of the group, for the steps in it. */
  public ownerPosition(): readonly (number | string)[] {
    return this.parent ? this.parent.positionOf(this) : [];
  }

  /** @internal Registers an identifier with the stage, throwing on duplicates. */
  public registerIdentifier(node: Step | StepGroupNode): void {
    this.parent?.owner.registerIdentifier(node);
  }

  /** @internal Registers this group's own steps with the stage once the group joins it. */
  public registerChildren(register: (node: Step | StepGroupNode) => void): void {
    for (const s of this.steps.allSteps()) register(s);
    for (const g of this.steps.allGroups()) register(g);
  }

  private expressionPathPrefix(): string {
    if (!this.parent)
      fail(
        this.describe(),
        'outputs',
        'a step in this group is referenced, but the group has not been added to a stage',
        'add the group to a stage',
      );
    return `${this.parent.listExpressionPath()}.${this.identifier}`;
  }

  /** The `{ stepGroup: {...} }` node (values unresolved). */
  public toObject(ctx?: RenderContext): Record<string, unknown> {
    const node: Record<string, unknown> = compact({
      name: this.name,
      identifier: this.identifier,
      when: renderStepWhen(this.props.when, this.describe()),
      failureStrategies: this.props.failureStrategies?.map((f) => f.toObject()),
      steps: this.steps.toObject(ctx),
    });
    this.overrides.applyTo(node);
    return { stepGroup: node };
  }
}
