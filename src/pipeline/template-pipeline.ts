import { requireProps } from '../core/arguments';
import { collectingProblems, fail, type ValidationProblem } from '../core/errors';
import { Expression } from '../core/expression';
import { compact } from '../core/object';
import { RenderContext } from '../core/render-context';
import { resolveValue } from '../core/resolve';
import { Pipeline, type PipelineScope } from './pipeline';
import type { Stage } from './stage';
import { TemplateType } from './template-definition';
import { TemplateLink, type TemplateLinkProps } from './template-link';
import { PipelineVariable } from './variable';

/** Props of a {@link TemplatePipeline}. */
export interface TemplatePipelineProps extends TemplateLinkProps {
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
  /** Pipeline tags (`key: value`). @default - none */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * The values of a referenced template's variables, written as `templateInputs.variables` (`name`, `type`,
   * `value`); runtime-input variables are what a workflow feeds. With a definition, the pipeline's variables are
   * the template's own (fix one with `inputs: { 'variables.<name>': value }`).
   * @default []
   */
  readonly variables?: readonly PipelineVariable[];
}

/**
 * A pipeline that uses a pipeline template (`pipeline.template`): no stages of its own. Its variables are the
 * template's: built from a {@link TemplateDefinition} of the same app, each runtime-input variable of the template
 * is a variable of this pipeline (the same object, so the `WorkflowInput`s of the template feed it), unless
 * `inputs` fixes its value. An IDP workflow that triggers it sends fully qualified inputset keys
 * (`pipeline.variables.<name>`, docs/rules.md#contract-template-keys).
 * @see https://developer.harness.io/docs/platform/templates/use-a-template
 */
export class TemplatePipeline extends Pipeline {
  /** The `template:` node. */
  public readonly link: TemplateLink;
  private readonly own: TemplatePipelineProps;
  private fixed?: Map<string, PipelineVariable>;

  /**
   * Creates a pipeline that is a pipeline template; its inputs are checked against the template when the template is a model of this app.
   */
  constructor(props: TemplatePipelineProps) {
    super({
      identifier: requireProps(props, 'new TemplatePipeline', "new TemplatePipeline({ identifier: 'release', template: releaseTemplate })")
        .identifier,
      name: props.name,
      orgIdentifier: props.orgIdentifier,
      projectIdentifier: props.projectIdentifier,
      description: props.description,
      tags: props.tags,
    });
    this.link = new TemplateLink(props, `pipeline '${props.identifier}'`, TemplateType.PIPELINE);
    this.own = props;
    if (props.variables !== undefined && this.link.definition) {
      fail(
        this.describe(),
        'variables',
        "variables and a template definition are both given; the pipeline's variables are the template's",
        "leave variables out, and fix a variable's value with inputs: { 'variables.<name>': value }",
      );
    }
    if (props.variables !== undefined && props.templateInputs?.variables !== undefined) {
      fail(this.describe(), 'variables', 'variables and templateInputs.variables are both given', 'give the variables in one place');
    }
    // Builds the variables whose value `inputs` fixes now: a value their type refuses throws here.
    void this.variables;
  }

  /** Throws: the stages are the template's. */
  public addStage(..._stages: Stage[]): this {
    return this.notOwn('stages');
  }

  /** Throws: the stages are the template's. */
  public addParallelStages(..._stages: Stage[]): this {
    return this.notOwn('stages');
  }

  /** Throws: the variables are the template's (or given as `variables`). */
  public addVariable(..._variables: PipelineVariable[]): this {
    return this.notOwn('variables');
  }

  /** The pipeline's variables: the template's (with the values `inputs` fixes), or those given for a reference. */
  public get variables(): readonly PipelineVariable[] {
    const definition = this.link.definition;
    if (!definition) return this.own.variables ?? [];
    return (definition.model as Pipeline).variables.map((v) => this.fixedVariable(v) ?? v);
  }

  public get runtimeInputs(): readonly PipelineVariable[] {
    return this.variables.filter((v) => v.isRuntimeInput);
  }

  public variable(name: string): PipelineVariable {
    const v = this.variables.find((x) => x.name === name);
    if (!v) {
      const names = this.variables.map((x) => x.name).join(', ') || '(none)';
      fail(this.describe(), 'variables', `no variable named '${name}'`, `use one of: ${names}`);
    }
    return v;
  }

  /** Inputs the template does not have, and references to variables the pipeline does not have. */
  public validate(ctx?: RenderContext): ValidationProblem[] {
    const pass = RenderContext.orNew(ctx);
    return pass.memo(this, 'template-problems', () => {
      const problems = this.link.problems(this.describe(), pass);
      const declared = new Set(this.variables.map((v) => v.name));
      const resolver = this.resolver(pass, undefined, {
        variable: (name) => {
          if (declared.has(name)) return;
          problems.push({
            path: this.describe(),
            field: 'variables',
            problem: `references <+pipeline.variables.${name}>, which ${this.describe()} does not have`,
            fix: "reference one of the template's variables",
          });
        },
      });
      collectingProblems(problems, this.describe(), () => resolveValue(this.templateNode(pass), resolver));
      return problems;
    });
  }

  /** @internal Builds the `pipeline` node of a pipeline that is a template. */
  protected build(scope: PipelineScope, ctx: RenderContext): Record<string, unknown> {
    const p = this.own;
    const node: Record<string, unknown> = compact({
      name: this.name,
      identifier: this.identifier,
      projectIdentifier: scope.projectIdentifier ?? this.projectIdentifier,
      orgIdentifier: scope.orgIdentifier ?? this.orgIdentifier,
      description: p.description,
      tags: p.tags ? { ...p.tags } : undefined,
      template: this.templateNode(ctx),
    });
    this.overrides.applyTo(node);
    return resolveValue({ pipeline: node }, this.resolver(ctx)) as Record<string, unknown>;
  }

  /** The `template:` node; a reference's `variables` go into `templateInputs.variables`. */
  private templateNode(ctx: RenderContext): Record<string, unknown> {
    const template = this.link.toObject(ctx);
    const vars = this.own.variables ?? [];
    if (this.link.definition || vars.length === 0) return template;
    const entries = vars.map((v) => {
      const { name, type, value } = v.toObject();
      return { name, type, value };
    });
    return { ...template, templateInputs: { ...((template.templateInputs as object | undefined) ?? {}), variables: entries } };
  }

  /** A template variable whose value `inputs` fixes, as a variable of this pipeline (one object per variable). */
  private fixedVariable(v: PipelineVariable): PipelineVariable | undefined {
    const path = `variables.${v.name}`;
    const inputs = this.link.inputs;
    if (!inputs.has(path)) return undefined;
    this.fixed ??= new Map();
    let fixed = this.fixed.get(path);
    if (!fixed) {
      const given = inputs.get(path);
      const value = typeof given === 'string' || typeof given === 'number' || given instanceof Expression ? given : String(given);
      fixed = new PipelineVariable({ name: v.name, type: v.type, value, description: v.description });
      this.fixed.set(path, fixed);
    }
    return fixed;
  }

  private notOwn(field: 'stages' | 'variables'): never {
    fail(
      this.describe(),
      field,
      `a pipeline that uses a template has no ${field} of its own; they are the template's`,
      field === 'stages' ? 'add the stages to the template' : "fix a template variable's value with inputs: { 'variables.<name>': value }",
    );
  }
}
