import { describeValue, requireProps } from '../core/arguments';
import { credentialProblems } from '../core/credentials';
import { collectingProblems, dedupeProblems, fail, ValidationError, type ValidationProblem } from '../core/errors';
import { validateIdentifier, validateName } from '../core/identifier';
import { compact } from '../core/object';
import { RenderContext } from '../core/render-context';
import { resolveValue } from '../core/resolve';
import type { StageType } from './compatibility';
import type { Pipeline } from './pipeline';
import type { Stage } from './stage';
import { Step } from './step';
import { type TemplateInputField, templateInputFields } from './template-inputs';

/** What a template holds (`template.type`). */
export enum TemplateType {
  /** A step template. */
  STEP = 'Step',
  /** A stage template. */
  STAGE = 'Stage',
  /** A pipeline template. */
  PIPELINE = 'Pipeline',
}

/** Where a template lives: the scope decides how pipelines reference it (`id`, `org.id`, `account.id`). */
export enum TemplateScope {
  /** A project template (`orgIdentifier` + `projectIdentifier`), referenced as `<id>` from the same project. */
  PROJECT = 'project',
  /** An organization template (`orgIdentifier`), referenced as `org.<id>` from the organization's projects. */
  ORG = 'org',
  /** An account template, referenced as `account.<id>` from anywhere in the account. */
  ACCOUNT = 'account',
}

/** `versionLabel` (`TemplateLinkConfig.versionLabel` of the v0 schema): no spaces, `/` or `&`, at most 64 characters. */
export const VERSION_LABEL_PATTERN = /^[0-9a-zA-Z][^\s/&]{0,63}$/;

/** Props of a {@link TemplateDefinition}. */
export interface TemplateDefinitionProps {
  /** Template identifier; `^[a-zA-Z_][0-9a-zA-Z_]{0,127}$`. */
  readonly identifier: string;
  /** Display name. @default the identifier */
  readonly name?: string;
  /** The version this definition is, e.g. `v1` or `1.0.0`. */
  readonly versionLabel: string;
  /** Template description. @default - none */
  readonly description?: string;
  /** Template tags (`key: value`). @default - none */
  readonly tags?: Readonly<Record<string, string>>;
  /** Organization of an org or project template. @default - an account template */
  readonly orgIdentifier?: string;
  /** Project of a project template (needs `orgIdentifier`). @default - an org or account template */
  readonly projectIdentifier?: string;
}

/** What {@link TemplateDefinition.render} returns. */
export interface TemplateRender {
  /** The `{ template: {...} }` document, unless a problem kept it from being built. */
  readonly document?: Record<string, unknown>;
  /** The document's YAML (canonical: Harness does not normalise template YAML), unless a problem kept it from being built. */
  readonly yaml?: string;
  /** Every problem found; an empty list means the document is valid. */
  readonly problems: readonly ValidationProblem[];
}

/** Pipeline fields a pipeline template's `spec` does not have: the template's own name, scope, description and tags. */
const PIPELINE_ENVELOPE: readonly string[] = ['name', 'identifier', 'orgIdentifier', 'projectIdentifier', 'description', 'tags'];

/**
 * A Harness template (`template:` document, v0) built from a model: a step template from a {@link Step}, a stage
 * template from a {@link Stage}, a pipeline template from a {@link Pipeline}. The model's fields become the
 * template's `spec`; the fields left as runtime inputs (`RuntimeInput.create()`) are the template's inputs, which
 * a pipeline fills through `templateInputs` ({@link TemplateStep}, {@link TemplateStage}, {@link TemplatePipeline}).
 * A step or stage given to a template belongs to it: it cannot also be added to a pipeline.
 * @see https://developer.harness.io/docs/platform/templates/template
 */
export class TemplateDefinition {
  /** A step template. */
  public static step(step: Step, props: TemplateDefinitionProps): TemplateDefinition {
    return new TemplateDefinition(TemplateType.STEP, step, props);
  }

  /** A stage template. */
  public static stage(stage: Stage, props: TemplateDefinitionProps): TemplateDefinition {
    return new TemplateDefinition(TemplateType.STAGE, stage, props);
  }

  /** A pipeline template. */
  public static pipeline(pipeline: Pipeline, props: TemplateDefinitionProps): TemplateDefinition {
    return new TemplateDefinition(TemplateType.PIPELINE, pipeline, props);
  }

  /** Step, stage or pipeline template. */
  public readonly type: TemplateType;
  /** The template identifier. */
  public readonly identifier: string;
  /** The display name (the identifier unless given). */
  public readonly name: string;
  /** The version label, e.g. `v1`. */
  public readonly versionLabel: string;
  /** The organization of an org or project template. */
  public readonly orgIdentifier?: string;
  /** The project of a project template. */
  public readonly projectIdentifier?: string;
  /** The model the template is built from. */
  public readonly model: Step | Stage | Pipeline;
  private readonly props: TemplateDefinitionProps;

  private constructor(type: TemplateType, model: Step | Stage | Pipeline, props: TemplateDefinitionProps) {
    requireProps(props, `TemplateDefinition.${type.toLowerCase()}`, "{ identifier: 'my_template', versionLabel: 'v1' }");
    const where = `template '${props.identifier}'`;
    if (model === null || typeof model !== 'object' || typeof (model as { toObject?: unknown }).toObject !== 'function') {
      fail(
        where,
        type.toLowerCase(),
        `expects a ${type.toLowerCase()} model, got ${describeValue(model)}`,
        `pass the ${type.toLowerCase()} the template holds`,
      );
    }
    validateIdentifier(props.identifier, where);
    this.name = props.name ?? props.identifier;
    validateName(this.name, where);
    checkVersionLabel(props.versionLabel, where);
    if (props.orgIdentifier !== undefined) validateIdentifier(props.orgIdentifier, where, 'orgIdentifier');
    if (props.projectIdentifier !== undefined) validateIdentifier(props.projectIdentifier, where, 'projectIdentifier');
    if (props.projectIdentifier !== undefined && props.orgIdentifier === undefined) {
      fail(where, 'orgIdentifier', 'a project template needs its organization', 'set orgIdentifier too');
    }
    this.type = type;
    this.identifier = props.identifier;
    this.versionLabel = props.versionLabel;
    this.orgIdentifier = props.orgIdentifier;
    this.projectIdentifier = props.projectIdentifier;
    this.model = model;
    this.props = props;
    if (type === TemplateType.STEP) (model as Step)._attach(this.stepPlace());
    if (type === TemplateType.STAGE) (model as Stage)._attach({ describe: () => this.describe(), positionOfStage: () => [0] });
  }

  /** The scope the template lives in. */
  public get scope(): TemplateScope {
    if (this.projectIdentifier !== undefined) return TemplateScope.PROJECT;
    return this.orgIdentifier !== undefined ? TemplateScope.ORG : TemplateScope.ACCOUNT;
  }

  /** How a pipeline references the template (`templateRef`): `<id>`, `org.<id>` or `account.<id>`. */
  public get templateRef(): string {
    const prefix = { [TemplateScope.PROJECT]: '', [TemplateScope.ORG]: 'org.', [TemplateScope.ACCOUNT]: 'account.' }[this.scope];
    return `${prefix}${this.identifier}`;
  }

  /** The step type of a step template (e.g. `Run`). */
  public get stepType(): string | undefined {
    return this.type === TemplateType.STEP ? (this.model as Step).type : undefined;
  }

  /** The stage type of a stage template (e.g. `Custom`). */
  public get stageType(): StageType | undefined {
    return this.type === TemplateType.STAGE ? (this.model as Stage).stageType : undefined;
  }

  /** Where the template is, for messages. */
  public describe(): string {
    return `template '${this.identifier}@${this.versionLabel}'`;
  }

  /**
   * The template's `spec` (values resolved) and the problems of its model.
   * @param ctx the rendering pass @default - a pass of its own
   */
  public spec(ctx?: RenderContext): { readonly spec?: Record<string, unknown>; readonly problems: readonly ValidationProblem[] } {
    const pass = RenderContext.orNew(ctx);
    return pass.memo(this, 'spec', () => this.buildSpec(pass));
  }

  /**
   * @internal The template's runtime inputs: what a pipeline that uses it can fill.
   * @param ctx the rendering pass @default - a pass of its own
   */
  public inputFields(ctx?: RenderContext): TemplateInputField[] {
    return templateInputFields(this.spec(ctx).spec ?? {});
  }

  /** Renders the document, reporting its problems instead of throwing. @param ctx the rendering pass @default - a pass of its own */
  public render(ctx?: RenderContext): TemplateRender {
    const { spec, problems: modelProblems } = this.spec(ctx);
    const problems = [...modelProblems];
    if (spec === undefined) return { problems: dedupeProblems(problems) };
    const p = this.props;
    const document = {
      template: compact({
        name: this.name,
        identifier: this.identifier,
        versionLabel: this.versionLabel,
        type: this.type,
        projectIdentifier: this.projectIdentifier,
        orgIdentifier: this.orgIdentifier,
        description: p.description,
        tags: p.tags ? { ...p.tags } : undefined,
        spec,
      }),
    };
    problems.push(...credentialProblems(document, this.describe()));
    return { document, yaml: RenderContext.orNew(ctx).documentYaml(document), problems: dedupeProblems(problems) };
  }

  /** Deterministic YAML of the template. Throws {@link ValidationError} on problems. @param ctx @default - a pass of its own */
  public toYaml(ctx?: RenderContext): string {
    const result = this.render(ctx);
    if (result.problems.length > 0 || result.yaml === undefined) throw new ValidationError(result.problems);
    return result.yaml;
  }

  private buildSpec(ctx: RenderContext): { spec?: Record<string, unknown>; problems: ValidationProblem[] } {
    const problems: ValidationProblem[] = [];
    let spec: Record<string, unknown> | undefined;
    collectingProblems(problems, this.describe(), () => {
      if (this.type === TemplateType.PIPELINE) {
        spec = this.pipelineSpec(ctx, problems);
        return;
      }
      const model = this.model as Step | Stage;
      if (this.type === TemplateType.STAGE) problems.push(...(model as Stage).validate());
      const steps = model instanceof Step ? [model] : model.allSteps();
      const node = model.toObject(ctx) as Record<string, Record<string, unknown>>;
      const resolver = ctx.resolver({ producer: (id) => steps.find((s) => s.producerId === id) });
      const { name: _n, identifier: _i, ...rest } = resolveValue(Object.values(node)[0], resolver) as Record<string, unknown>;
      spec = rest;
    });
    return { spec, problems };
  }

  private pipelineSpec(ctx: RenderContext, problems: ValidationProblem[]): Record<string, unknown> | undefined {
    const result = (this.model as Pipeline).render({}, ctx);
    problems.push(...result.problems);
    const node = result.document?.pipeline as Record<string, unknown> | undefined;
    if (node === undefined) return undefined;
    const tags = node.tags as Record<string, unknown> | undefined;
    for (const field of ['description', 'tags'] as const) {
      if (node[field] === undefined || (field === 'tags' && Object.keys(tags ?? {}).length === 0)) continue;
      problems.push({
        path: `${this.describe()} > ${(this.model as Pipeline).describe()}`,
        field,
        problem: `a pipeline template's spec has no ${field}; the template's own ${field} describe it`,
        fix: `remove ${field} from the Pipeline model and set ${field} on the template`,
      });
    }
    return Object.fromEntries(Object.entries(node).filter(([k]) => !PIPELINE_ENVELOPE.includes(k)));
  }

  /** Where a step template's step sits: in the template, never in a pipeline's step list. */
  private stepPlace() {
    return {
      describe: () => this.describe(),
      positionOf: () => [],
      listExpressionPath: (): string =>
        fail(
          this.describe(),
          'outputs',
          "an output of the template's own step is referenced; that step has no place in a pipeline",
          "reference the output of the TemplateStep that uses the template (templateStep.outputVariable('name'))",
        ),
    };
  }
}

/** Checks a `versionLabel`. */
export function checkVersionLabel(label: unknown, where: string): void {
  if (typeof label !== 'string' || !VERSION_LABEL_PATTERN.test(label)) {
    fail(
      where,
      'versionLabel',
      `${typeof label === 'string' ? `'${label}'` : String(label)} is not a version label ` +
        "(a letter or digit first, then no spaces, '/' or '&', at most 64 characters)",
      "use a label such as 'v1' or '1.0.0'",
    );
  }
}
