import { requireInstance, requireProps } from '../core/arguments';
import { fail, ValidationError, type ValidationProblem } from '../core/errors';
import type { ResolveContext } from '../core/expression';
import { resolveValue } from '../core/resolve';
import { clonePlain, compact } from '../core/object';
import { Overrides } from '../core/overrides';
import { RenderContext } from '../core/render-context';
import { renderPipelineProperties } from './ci-codebase';
import { type FlowControl, renderFlowControl } from './flow-control';
import type { NotificationRule } from './notification-rule';
import type { PipelineProps, PipelineRender, PipelineScope } from './pipeline-props';
import { checkPipelineProps, pipelineProblems } from './pipeline-checks';
import { renderPipeline } from './pipeline-render';
import {
  checkParallelBlock,
  checkStageToAdd,
  ParallelStages,
  positionAmong,
  renderStageElements,
  type StageElement,
  stagesOf,
} from './stage-elements';
import type { Stage } from './stage';
import { stageVariableKinds, type StageVariableCheck } from './stage-variable-scope';
import type { Step } from './step';
import { PipelineVariable } from './variable';

export { runsBefore } from './run-order';
export { MAX_PIPELINE_YAML_BYTES, type PipelineProps, type PipelineRender, type PipelineScope } from './pipeline-props';

/**
 * A Harness v0 pipeline. Build it from stages and variables, then render with {@link toYaml}.
 * Local mistakes throw at once; cross-object rules (step outputs, variable references, empty stages)
 * are collected by {@link validate} and checked again before rendering.
 */
export class Pipeline {
  /** The pipeline identifier. */
  public readonly identifier: string;
  /** The display name (the identifier unless given). */
  public readonly name: string;
  /** The organization given in the props, if any. */
  public readonly orgIdentifier?: string;
  /** The project given in the props, if any. */
  public readonly projectIdentifier?: string;
  /** The flow control (barriers) given. */
  public readonly flowControl?: FlowControl;
  /** The notification rules given. */
  public readonly notificationRules: readonly NotificationRule[];
  private readonly props: PipelineProps;
  private readonly elements: StageElement[] = [];
  private readonly vars: PipelineVariable[] = [];
  /** @internal The escape-hatch overrides (template pipelines apply them too). */
  protected readonly overrides = new Overrides();

  /**
   * Creates the pipeline model; identifier, name, scope and notification rules are checked at once, the cross-object rules by
   * `validate()` and before rendering.
   */
  constructor(props: PipelineProps) {
    requireProps(props, 'new Pipeline', "new Pipeline({ identifier: 'deploy' })");
    checkPipelineProps(props, `pipeline '${props.identifier}'`);
    this.identifier = props.identifier;
    this.name = props.name ?? props.identifier;
    this.orgIdentifier = props.orgIdentifier;
    this.projectIdentifier = props.projectIdentifier;
    this.flowControl = props.flowControl;
    this.notificationRules = props.notificationRules ?? [];
    this.props = props;
    if (props.variables) this.addVariable(...props.variables);
    if (props.stages) this.addStage(...props.stages);
  }

  /** Appends stages, in order. */
  public addStage(...stages: Stage[]): this {
    for (const s of stages) {
      this.adopt(s);
      this.elements.push(s);
    }
    return this;
  }

  /** Appends stages that run in parallel. */
  public addParallelStages(...stages: Stage[]): this {
    checkParallelBlock(stages, this.describe());
    stages.forEach((s) => this.adopt(s));
    this.elements.push(new ParallelStages(stages));
    return this;
  }

  /** Declares pipeline variables. */
  public addVariable(...variables: PipelineVariable[]): this {
    for (const v of variables) {
      requireInstance(
        v,
        PipelineVariable,
        'a PipelineVariable',
        this.describe(),
        'variables',
        "pass PipelineVariable.string('name') or a WorkflowInput",
      );
      const existing = this.vars.find((x) => x.name === v.name);
      if (existing) {
        if (existing === v) continue;
        fail(
          `${this.describe()} > variable '${v.name}'`,
          'name',
          `variable '${v.name}' is declared twice`,
          'declare each variable once and pass the same object wherever it is used',
        );
      }
      this.vars.push(v);
    }
    return this;
  }

  /** The variable with this name; throws if it is not declared. */
  public variable(name: string): PipelineVariable {
    const v = this.vars.find((x) => x.name === name);
    if (!v)
      fail(
        this.describe(),
        'variables',
        `no variable named '${name}'`,
        `declare it with addVariable(), or use one of: ${this.vars.map((x) => x.name).join(', ') || '(none)'}`,
      );
    return v;
  }

  /** Declared variables, in order. */
  public get variables(): readonly PipelineVariable[] {
    return this.vars;
  }

  /** Variables whose value is a runtime input (`<+input>`). */
  public get runtimeInputs(): readonly PipelineVariable[] {
    return this.vars.filter((v) => v.isRuntimeInput);
  }

  /** All stages, in order. */
  public get stages(): readonly Stage[] {
    return stagesOf(this.elements);
  }

  /** All steps of all stages, in execution order. */
  public allSteps(): Step[] {
    return this.stages.flatMap((s) => s.allSteps());
  }

  /** The stage with this identifier; throws if absent. */
  public stage(identifier: string): Stage {
    const s = this.stages.find((x) => x.identifier === identifier);
    if (!s)
      fail(
        this.describe(),
        'stages',
        `no stage '${identifier}'`,
        `use one of: ${this.stages.map((x) => x.identifier).join(', ') || '(none)'}`,
      );
    return s;
  }

  /** Escape hatch on the rendered `pipeline` node, e.g. `addOverride('allowStageExecutions', true)`. */
  public addOverride(path: string, value: unknown): this {
    this.overrides.add(path, value);
    return this;
  }

  /** Escape hatch: removes a field of the rendered node (a dotted path; `\\.` is a literal dot within a key). */
  public addDeletionOverride(path: string): this {
    this.overrides.addDeletion(path);
    return this;
  }

  /** Where the pipeline is, for messages: `pipeline '<identifier>'`. */
  public describe(): string {
    return `pipeline '${this.identifier}'`;
  }

  /** @internal Execution position of a stage of this pipeline. */
  public positionOfStage(stage: Stage): readonly (number | string)[] {
    return positionAmong(this.elements, stage);
  }

  /**
   * Cross-object rules; an empty list means the pipeline renders.
   * @param ctx the rendering pass @default - a pass of its own
   */
  public validate(ctx?: RenderContext): ValidationProblem[] {
    const pass = RenderContext.orNew(ctx);
    return pass.memo(this, 'problems', () => this.collectProblems(pass));
  }

  private collectProblems(ctx: RenderContext): ValidationProblem[] {
    return pipelineProblems(
      {
        describe: () => this.describe(),
        stages: this.stages,
        variables: this.vars,
        hasCodebase: this.props.properties?.ci?.codebase !== undefined,
        flowControl: this.flowControl,
      },
      ctx,
      (check, callbacks) => this.resolver(ctx, check, callbacks),
    );
  }

  /**
   * Renders the document and reports its problems instead of throwing for them: what a construct needs while it
   * synthesizes (the problems are reported once, before anything is written). `yaml` is undefined when a problem
   * keeps the document from being built at all. Rendered once per pass and scope: a second call with the same `ctx`
   * returns a copy of the first render (change the model between passes, not within one).
   * @param scope org/project the registering construct applies
   * @param ctx the rendering pass @default - a pass of its own
   */
  public render(scope: PipelineScope = {}, ctx?: RenderContext): PipelineRender {
    return clonePlain(this.renderShared(scope, RenderContext.orNew(ctx)));
  }

  /**
   * @internal
   * The render of the pass in this scope that {@link render} copies, itself: for readers that do not change it (the
   * pipeline's construct, the contract of the workflow that triggers it), which share one render per synthesis.
   */
  public renderShared(scope: PipelineScope, pass: RenderContext): PipelineRender {
    // Keyed by the org and project the document names (what build writes), so {} and the pipeline's own scope agree.
    const key = `render:${JSON.stringify([scope.orgIdentifier ?? this.orgIdentifier, scope.projectIdentifier ?? this.projectIdentifier])}`;
    return pass.shared(this, key, () => renderPipeline(this, scope, pass, () => this.build(scope, pass)));
  }

  /**
   * The `{ pipeline: {...} }` document as plain data. Throws {@link ValidationError} on problems.
   * @param ctx the rendering pass @default - a pass of its own
   */
  public toObject(scope: PipelineScope = {}, ctx?: RenderContext): Record<string, unknown> {
    const result = this.render(scope, ctx);
    if (result.problems.length > 0 || result.document === undefined) throw new ValidationError(result.problems);
    return result.document;
  }

  /**
   * Deterministic YAML of the pipeline. Throws {@link ValidationError} on problems (also when over 3 MB).
   * @param ctx the rendering pass @default - a pass of its own
   */
  public toYaml(scope: PipelineScope = {}, ctx?: RenderContext): string {
    const result = this.render(scope, ctx);
    if (result.problems.length > 0 || result.yaml === undefined) throw new ValidationError(result.problems);
    return result.yaml;
  }

  /**
   * @internal
   * A resolve context for this pipeline: step outputs read from strings find their step among the pipeline's, stage
   * variable references render (and, with `check`, are checked) against the pipeline's stages.
   */
  protected resolver(
    ctx: RenderContext,
    check?: StageVariableCheck,
    callbacks: Omit<ResolveContext, 'kinds' | 'mode' | 'producer'> = {},
  ): ResolveContext {
    let byId: Map<string, Step> | undefined;
    return ctx.resolver(
      {
        ...callbacks,
        producer: (id) => {
          byId ??= new Map(this.allSteps().map((step) => [step.producerId, step]));
          return byId.get(id);
        },
      },
      stageVariableKinds(this, check),
    );
  }

  /** @internal Builds the `pipeline` node (template pipelines override it). */
  protected build(scope: PipelineScope, ctx: RenderContext): Record<string, unknown> {
    const node: Record<string, unknown> = compact({
      name: this.name,
      identifier: this.identifier,
      projectIdentifier: scope.projectIdentifier ?? this.projectIdentifier,
      orgIdentifier: scope.orgIdentifier ?? this.orgIdentifier,
      description: this.props.description,
      tags: this.props.tags ? { ...this.props.tags } : undefined,
      properties: this.props.properties ? renderPipelineProperties(this.props.properties) : undefined,
      stages: renderStageElements(this.elements, ctx),
      variables: this.vars.length > 0 ? this.vars.map((v) => v.toObject()) : undefined,
      notificationRules: this.notificationRules.length > 0 ? this.notificationRules.map((r) => r.toObject()) : undefined,
      flowControl: this.flowControl ? renderFlowControl(this.flowControl) : undefined,
    });
    this.overrides.applyTo(node);
    return resolveValue({ pipeline: node }, this.resolver(ctx)) as Record<string, unknown>;
  }

  private adopt(stage: Stage): void {
    checkStageToAdd(stage, this.stages, this.describe());
    stage._attach(this);
  }
}
