import { allowedStagesFor, placementHint, type StageType, stageTypeArticle, STEP_GROUP_STAGES } from './compatibility';
import type { RenderContext } from '../core/render-context';
import { fail } from '../core/errors';
import { Step } from './step';

/**
 * A step group as its list sees it: `StepGroup` implements it (an interface here, so that the list and the group
 * do not import each other).
 */
export interface StepGroupNode {
  /** Unique within the stage. */
  readonly identifier: string;
  /** The group's own steps. */
  readonly steps: StepList;
  /** Human-readable location. */
  describe(): string;
  /** @internal Registers the group's steps and nested groups with the stage once the group joins it. */
  registerChildren(register: (node: Step | StepGroupNode) => void): void;
  /** @internal Called by the list that takes the group. */
  _attach(parent: StepList): void;
  /** The `{ stepGroup: {...} }` node (values unresolved). */
  toObject(ctx?: RenderContext): Record<string, unknown>;
}

/** An element of an execution list: a step, a parallel block, or a step group. */
export type ExecutionElement = Step | StepGroupNode | ParallelBlock;

/** Steps (or step groups) that run at the same time: `- parallel: [...]`. */
export class ParallelBlock {
  /** @param items the steps and step groups that run side by side */
  constructor(public readonly items: readonly (Step | StepGroupNode)[]) {}
}

/** The owner of a step list: a stage or a step group. */
export interface StepListOwner {
  /** Stage type, once known (a step group learns it when added to a stage). @default - unknown */
  readonly stageType?: StageType;
  describe(): string;
  /** Execution position of the owner. */
  ownerPosition(): readonly (number | string)[];
  /** Registers an identifier with the stage, throwing on duplicates. */
  registerIdentifier(node: Step | StepGroupNode): void;
}

/** Limit from the Harness docs: at most 256 parallel steps or stages. */
export const MAX_PARALLEL = 256;

/**
 * An ordered list of steps, parallel blocks and step groups, as a stage's `execution.steps` or a step
 * group's `steps`. Adding checks the stage/step matrix and identifier uniqueness at once.
 */
export class StepList {
  private readonly elements: ExecutionElement[] = [];

  /** @internal The stage or step group that owns the list. */
  public readonly owner: StepListOwner;
  private readonly expressionPathFn: () => string;

  /** @internal Created by the stage or step group that owns the list. */
  constructor(owner: StepListOwner, expressionPathFn: () => string) {
    this.owner = owner;
    this.expressionPathFn = expressionPathFn;
  }

  /** Appends steps, one after another. */
  public add(...steps: (Step | StepGroupNode)[]): void {
    for (const s of steps) {
      this.adopt(s);
      this.elements.push(s);
    }
  }

  /** Appends steps (or groups) that run in parallel. */
  public addParallel(...items: (Step | StepGroupNode)[]): void {
    if (items.length < 2) {
      fail(
        this.owner.describe(),
        'parallel',
        `a parallel block needs at least 2 items, got ${items.length}`,
        'use addStep() for a single step',
      );
    }
    if (items.length > MAX_PARALLEL) {
      fail(
        this.owner.describe(),
        'parallel',
        `a parallel block has ${items.length} items; Harness allows at most ${MAX_PARALLEL}`,
        'split the work into several blocks',
      );
    }
    for (const s of items) this.adopt(s);
    this.elements.push(new ParallelBlock(items));
  }

  /** Elements in order. */
  public get items(): readonly ExecutionElement[] {
    return this.elements;
  }

  /** All steps, depth first, in execution order. */
  public allSteps(): Step[] {
    const out: Step[] = [];
    const visit = (n: ExecutionElement): void => {
      if (n instanceof Step) out.push(n);
      else if (n instanceof ParallelBlock) n.items.forEach(visit);
      else out.push(...n.steps.allSteps());
    };
    this.elements.forEach(visit);
    return out;
  }

  /** All step groups, depth first. */
  public allGroups(): StepGroupNode[] {
    const out: StepGroupNode[] = [];
    const visit = (n: ExecutionElement): void => {
      if (n instanceof Step) return;
      if (n instanceof ParallelBlock) n.items.forEach(visit);
      else {
        out.push(n);
        out.push(...n.steps.allGroups());
      }
    };
    this.elements.forEach(visit);
    return out;
  }

  /** @internal Checks every step (recursively) against the stage type. Called when the stage type becomes known. */
  public checkPlacement(stageType: StageType): void {
    for (const s of this.allSteps()) checkStep(s, stageType);
    if (!STEP_GROUP_STAGES.includes(stageType) && this.allGroups().length > 0) {
      const g = this.allGroups()[0];
      fail(
        g.describe(),
        'stepGroup',
        `step groups are not allowed in ${stageTypeArticle(stageType)} ${stageType} stage`,
        `add the steps directly to the stage, or use a ${STEP_GROUP_STAGES.join('/')} stage`,
      );
    }
  }

  /** @internal JEXL path of the list, e.g. `pipeline.stages.s.spec.execution.steps`. */
  public listExpressionPath(): string {
    return this.expressionPathFn();
  }

  /** Where the list is, for messages (its stage or step group). */
  public describe(): string {
    return this.owner.describe();
  }

  /** @internal Execution position of an element of this list. */
  public positionOf(node: Step | StepGroupNode): readonly (number | string)[] {
    const base = this.owner.ownerPosition();
    for (let i = 0; i < this.elements.length; i++) {
      const e = this.elements[i];
      if (e === node) return [...base, i];
      if (e instanceof ParallelBlock) {
        const lane = e.items.indexOf(node);
        if (lane >= 0) return [...base, i, `p${lane}`];
      }
    }
    return base;
  }

  /** Renders the list (values unresolved). */
  public toObject(ctx?: RenderContext): unknown[] {
    return this.elements.map((e) => {
      if (e instanceof ParallelBlock) return { parallel: e.items.map((i) => i.toObject(ctx)) };
      return e.toObject(ctx);
    });
  }

  private adopt(node: Step | StepGroupNode): void {
    const stageType = this.owner.stageType;
    if (node instanceof Step) {
      if (stageType) checkStep(node, stageType);
    } else {
      if (stageType && !STEP_GROUP_STAGES.includes(stageType)) {
        fail(
          `${this.owner.describe()} > stepGroup '${node.identifier}'`,
          'stepGroup',
          `step groups are not allowed in ${stageTypeArticle(stageType)} ${stageType} stage`,
          `add the steps directly to the stage, or use a ${STEP_GROUP_STAGES.join('/')} stage`,
        );
      }
      if (stageType) node.steps.checkPlacement(stageType);
    }
    this.owner.registerIdentifier(node);
    if (!(node instanceof Step)) node.registerChildren((n) => this.owner.registerIdentifier(n));
    node._attach(this);
  }
}

function checkStep(step: Step, stageType: StageType): void {
  const allowed = step.allowedStageTypes() ?? allowedStagesFor(step.type);
  if (allowed && !allowed.includes(stageType)) {
    fail(
      step.describe(),
      'type',
      `step type '${step.type}' is not allowed in ${stageTypeArticle(stageType)} ${stageType} stage (allowed in: ${allowed.join(', ')})`,
      placementHint(step.type),
    );
  }
}
