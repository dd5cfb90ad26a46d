import { credentialProblems } from '../core/credentials';
import { collectingProblems, dedupeProblems, fail, ValidationError, type ValidationProblem } from '../core/errors';
import type { ResolveContext, StepOutput } from '../core/expression';
import { resolveValue } from '../core/resolve';
import { validateIdentifier, validateName } from '../core/identifier';
import { compact } from '../core/object';
import { Overrides } from '../core/overrides';
import { RenderContext } from '../core/render-context';
import { toYaml } from '../core/yaml';
import type { Stage, StageParent } from './stage';
import { Step } from './step';
import { MAX_PARALLEL } from './step-list';
import type { PipelineVariable } from './variable';

/** Props of a {@link Pipeline}. */
export interface PipelineProps {
  /** Pipeline identifier; `^[a-zA-Z_][0-9a-zA-Z_]{0,127}$`. */
  readonly identifier: string;
  /** Display name, at most 128 characters. @default the identifier */
  readonly name?: string;
  /** Organization identifier. @default - set by the construct that registers the pipeline */
  readonly orgIdentifier?: string;
  /** Project identifier. @default - set by the construct that registers the pipeline */
  readonly projectIdentifier?: string;
  /** Pipeline description. @default - none */
  readonly description?: string;
  /** Pipeline tags (`key: value`). @default {} */
  readonly tags?: Readonly<Record<string, string>>;
  /** Pipeline variables; more can be added with {@link Pipeline.addVariable}. @default [] */
  readonly variables?: readonly PipelineVariable[];
  /** Stages in order; more can be added with {@link Pipeline.addStage}. @default [] */
  readonly stages?: readonly Stage[];
  /** The pipeline `properties` block (e.g. CI codebase), verbatim. @default - none */
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** What {@link Pipeline.render} returns. */
export interface PipelineRender {
  /** The `{ pipeline: {...} }` document, unless a problem kept it from being built. */
  readonly document?: Record<string, unknown>;
  /** The document's YAML, unless a problem kept it from being built. */
  readonly yaml?: string;
  /** Every problem found; an empty list means the document is valid. */
  readonly problems: readonly ValidationProblem[];
}

/** Scope applied when rendering, e.g. by the construct that registers the pipeline. */
export interface PipelineScope {
  /** @default - the pipeline's own orgIdentifier */
  readonly orgIdentifier?: string;
  /** @default - the pipeline's own projectIdentifier */
  readonly projectIdentifier?: string;
}

class ParallelStages {
  constructor(public readonly stages: readonly Stage[]) {}
}

/** Harness caps a compiled pipeline YAML at 3 MB. */
export const MAX_PIPELINE_YAML_BYTES = 3 * 1024 * 1024;

/**
 * A Harness v0 pipeline. Build it from stages and variables, then render with {@link toYaml}.
 * Local mistakes throw at once; cross-object rules (step outputs, variable references, empty stages)
 * are collected by {@link validate} and checked again before rendering.
 */
export class Pipeline implements StageParent {
  public readonly identifier: string;
  public readonly name: string;
  public readonly orgIdentifier?: string;
  public readonly projectIdentifier?: string;
  private readonly props: PipelineProps;
  private readonly elements: (Stage | ParallelStages)[] = [];
  private readonly vars: PipelineVariable[] = [];
  private readonly overrides = new Overrides();

  constructor(props: PipelineProps) {
    const where = `pipeline '${props.identifier}'`;
    validateIdentifier(props.identifier, where);
    this.identifier = props.identifier;
    this.name = props.name ?? props.identifier;
    validateName(this.name, where);
    if (props.orgIdentifier !== undefined) validateIdentifier(props.orgIdentifier, where, 'orgIdentifier');
    if (props.projectIdentifier !== undefined) validateIdentifier(props.projectIdentifier, where, 'projectIdentifier');
    if (props.projectIdentifier !== undefined && props.orgIdentifier === undefined) {
      fail(where, 'orgIdentifier', 'a project-scoped pipeline needs its organization', 'set orgIdentifier too');
    }
    this.orgIdentifier = props.orgIdentifier;
    this.projectIdentifier = props.projectIdentifier;
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
    if (stages.length < 2 || stages.length > MAX_PARALLEL) {
      fail(
        this.describe(),
        'stages',
        `a parallel block needs 2 to ${MAX_PARALLEL} stages, got ${stages.length}`,
        'use addStage() for one stage, or split the block',
      );
    }
    stages.forEach((s) => this.adopt(s));
    this.elements.push(new ParallelStages(stages));
    return this;
  }

  /** Declares pipeline variables. */
  public addVariable(...variables: PipelineVariable[]): this {
    for (const v of variables) {
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
    return this.elements.flatMap((e) => (e instanceof ParallelStages ? [...e.stages] : [e]));
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

  /** Escape hatch on the rendered `pipeline` node, e.g. `addOverride('notificationRules', [...])`. */
  public addOverride(path: string, value: unknown): this {
    this.overrides.add(path, value);
    return this;
  }

  /** Escape hatch: removes a field of the rendered node (a dotted path; `\\.` is a literal dot within a key). */
  public addDeletionOverride(path: string): this {
    this.overrides.addDeletion(path);
    return this;
  }

  public describe(): string {
    return `pipeline '${this.identifier}'`;
  }

  public positionOfStage(stage: Stage): readonly (number | string)[] {
    for (let i = 0; i < this.elements.length; i++) {
      const e = this.elements[i];
      if (e === stage) return [i];
      if (e instanceof ParallelStages && e.stages.includes(stage)) return [i, `p${e.stages.indexOf(stage)}`];
    }
    return [];
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
    const problems: ValidationProblem[] = [];
    if (this.elements.length === 0) {
      problems.push({ path: this.describe(), field: 'stages', problem: 'the pipeline has no stages', fix: 'add a stage with addStage()' });
    }
    for (const s of this.stages) problems.push(...s.validate());

    const declared = new Set(this.vars.map((v) => v.name));
    const steps = new Set<Step>(this.allSteps());
    const checkRefs = (consumer: Step | Stage, tree: unknown): void => {
      const resolver = this.resolver(ctx, {
        variable: (name) => {
          if (!declared.has(name)) {
            problems.push({
              path: consumer.describe(),
              field: 'variables',
              problem: `references <+pipeline.variables.${name}>, which ${this.describe()} does not declare`,
              fix: `declare the variable with pipeline.addVariable(), or pass a variable of this pipeline`,
            });
          }
        },
        stepOutput: (ref: StepOutput) => problems.push(...this.checkStepOutput(consumer, ref, steps)),
      });
      collectingProblems(problems, consumer.describe(), () => resolveValue(tree, resolver));
    };
    for (const stage of this.stages) {
      const node = stage.toObject(ctx, false) as { stage: Record<string, unknown> };
      const { spec, ...rest } = node.stage;
      const { execution: _execution, ...specRest } = (spec ?? {}) as Record<string, unknown>;
      checkRefs(stage, { ...rest, spec: specRest });
      for (const step of stage.allSteps()) checkRefs(step, step.toObject(ctx));
    }
    return dedupeProblems(problems);
  }

  /**
   * Renders the document and reports its problems instead of throwing for them: what a construct needs while it
   * synthesizes (the problems are reported once, before anything is written). `yaml` is undefined when a problem
   * keeps the document from being built at all.
   * @param scope org/project the registering construct applies
   * @param ctx the rendering pass @default - a pass of its own
   */
  public render(scope: PipelineScope = {}, ctx?: RenderContext): PipelineRender {
    const pass = RenderContext.orNew(ctx);
    const problems = [...this.validate(pass), ...this.scopeProblems(scope)];
    let document: Record<string, unknown> | undefined;
    collectingProblems(problems, this.describe(), () => {
      document = this.build(scope, pass);
    });
    if (document !== undefined) problems.push(...credentialProblems(document, this.describe()));
    const yaml = document === undefined ? undefined : toYaml(document);
    const bytes = yaml === undefined ? 0 : Buffer.byteLength(yaml, 'utf8');
    if (bytes > MAX_PIPELINE_YAML_BYTES) {
      problems.push({
        path: this.describe(),
        field: 'yaml',
        problem: `the rendered YAML is ${bytes} bytes; Harness accepts at most ${MAX_PIPELINE_YAML_BYTES}`,
        fix: 'split the pipeline, or move shared steps into templates',
      });
    }
    return { document, yaml, problems: dedupeProblems(problems) };
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

  /** A resolve context for this pipeline: step outputs read from strings find their step among the pipeline's. */
  private resolver(ctx: RenderContext, callbacks: Omit<ResolveContext, 'kinds' | 'mode' | 'producer'> = {}): ResolveContext {
    let byId: Map<string, Step> | undefined;
    return ctx.resolver({
      ...callbacks,
      producer: (id) => {
        byId ??= new Map(this.allSteps().map((step) => [step.producerId, step]));
        return byId.get(id);
      },
    });
  }

  private scopeProblems(scope: PipelineScope): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    if (this.orgIdentifier !== undefined && scope.orgIdentifier !== undefined && this.orgIdentifier !== scope.orgIdentifier) {
      problems.push({
        path: this.describe(),
        field: 'orgIdentifier',
        problem: `the pipeline says '${this.orgIdentifier}' but it is registered in '${scope.orgIdentifier}'`,
        fix: 'set the organization in one place',
      });
    }
    if (
      this.projectIdentifier !== undefined &&
      scope.projectIdentifier !== undefined &&
      this.projectIdentifier !== scope.projectIdentifier
    ) {
      problems.push({
        path: this.describe(),
        field: 'projectIdentifier',
        problem: `the pipeline says '${this.projectIdentifier}' but it is registered in '${scope.projectIdentifier}'`,
        fix: 'set the project in one place',
      });
    }
    return problems;
  }

  private build(scope: PipelineScope, ctx: RenderContext): Record<string, unknown> {
    const node: Record<string, unknown> = compact({
      name: this.name,
      identifier: this.identifier,
      projectIdentifier: scope.projectIdentifier ?? this.projectIdentifier,
      orgIdentifier: scope.orgIdentifier ?? this.orgIdentifier,
      description: this.props.description,
      tags: { ...(this.props.tags ?? {}) },
      properties: this.props.properties ? { ...this.props.properties } : undefined,
      stages: this.elements.map((e) =>
        e instanceof ParallelStages ? { parallel: e.stages.map((s) => s.toObject(ctx)) } : e.toObject(ctx),
      ),
      variables: this.vars.length > 0 ? this.vars.map((v) => v.toObject()) : undefined,
    });
    this.overrides.applyTo(node);
    return resolveValue({ pipeline: node }, this.resolver(ctx)) as Record<string, unknown>;
  }

  private adopt(stage: Stage): void {
    const dup = this.stages.find((s) => s.identifier === stage.identifier);
    if (dup) {
      fail(
        `${this.describe()} > stage '${stage.identifier}'`,
        'identifier',
        `stage identifier '${stage.identifier}' is already used in ${this.describe()}`,
        'give each stage a unique identifier',
      );
    }
    stage._attach(this);
  }

  private checkStepOutput(consumer: Step | Stage, ref: StepOutput, steps: ReadonlySet<Step>): ValidationProblem[] {
    const producer = ref.producer;
    const label = producer.identifier !== undefined ? `step '${producer.identifier}'` : producer.describe();
    if (!(producer instanceof Step) || !steps.has(producer)) {
      return [
        {
          path: consumer.describe(),
          field: 'outputs',
          problem: `references output '${ref.path}' of ${label}, which is not part of ${this.describe()}`,
          fix: `add ${label} to a stage of this pipeline, or reference a step that is in it`,
        },
      ];
    }
    // A stage-level field (e.g. the stage `when`) is evaluated before the stage's steps run: the producer must be
    // in an earlier stage. `ownerPosition()` is the position of the stage's step list.
    const consumerPosition = consumer instanceof Step ? consumer.position() : consumer.ownerPosition();
    if (!runsBefore(producer.position(), consumerPosition)) {
      return [
        {
          path: consumer.describe(),
          field: 'outputs',
          problem: `references output '${ref.path}' of ${label}, which does not run before it (${producer.describe()})`,
          fix: `move ${label} before '${consumer.identifier}', outside any parallel block they share`,
        },
      ];
    }
    return [];
  }
}

/** True if a step at `a` finishes before a step at `b` starts (parallel lanes are concurrent). */
export function runsBefore(a: readonly (number | string)[], b: readonly (number | string)[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'string' || typeof b[i] === 'string') return false;
    return (a[i] as number) < (b[i] as number);
  }
  return false;
}
