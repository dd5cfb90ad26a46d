import { requireProps } from '../core/arguments';
import type { StepOutput } from '../core/expression';
import { compact } from '../core/object';
import { Overrides } from '../core/overrides';
import type { RenderContext } from '../core/render-context';
import { allowedStagesFor, StageType } from './compatibility';
import { Step } from './step';
import { TemplateType } from './template-definition';
import { TemplateLink, type TemplateLinkProps } from './template-link';

/** Props of a {@link TemplateStep}. */
export interface TemplateStepProps extends TemplateLinkProps {
  /** Unique within the stage; `^[a-zA-Z_][0-9a-zA-Z_]{0,127}$`. */
  readonly identifier: string;
  /** Display name. @default the identifier */
  readonly name?: string;
  /** Step description. @default - none */
  readonly description?: string;
}

/** The `type` a {@link TemplateStep} reports for a template it only knows by reference. */
export const REFERENCED_TEMPLATE_STEP_TYPE = 'Template';

/**
 * A step that uses a step template (`TemplateStepNode`: `name`, `identifier`, `template`). Built from a
 * {@link TemplateDefinition} of the same app, it is the template's step type for the stage/step matrix and its
 * inputs are checked; built from a reference, the schema allows it in every stage type.
 * @see https://developer.harness.io/docs/platform/templates/run-step-template-quickstart
 */
export class TemplateStep extends Step {
  /** The template's step type, or `Template` for a template known only by reference. */
  public readonly type: string;
  /** The `template:` node. */
  public readonly link: TemplateLink;
  private readonly stepOverrides = new Overrides();

  /** Creates a step that uses a step template; its inputs are checked against the template when the template is a model of this app. */
  constructor(props: TemplateStepProps) {
    super({
      identifier: requireProps(props, 'new TemplateStep', "new TemplateStep({ identifier: 'build', template: buildTemplate })").identifier,
      name: props.name,
      description: props.description,
    });
    this.link = new TemplateLink(props, `step '${props.identifier}'`, TemplateType.STEP);
    this.type = this.link.definition?.stepType ?? REFERENCED_TEMPLATE_STEP_TYPE;
  }

  /** The stage types of the template's step; every stage type for a template known only by reference. */
  public allowedStageTypes(): readonly string[] | undefined {
    const step = this.link.definition?.model as Step | undefined;
    if (!step) return Object.values(StageType);
    return step.allowedStageTypes() ?? allowedStagesFor(step.type);
  }

  /** A user-defined output variable of the template's step, read through this step: `...steps.<id>.output.outputVariables.<name>`. */
  public outputVariable(name: string): StepOutput {
    return super.outputVariable(name);
  }

  /** Escape hatch on the rendered `step` node, e.g. `addOverride('template.templateInputs.timeout', '5m')`. */
  public addOverride(path: string, value: unknown): this {
    this.stepOverrides.add(path, value);
    return this;
  }

  /** Escape hatch: removes a field of the rendered `step` node. */
  public addDeletionOverride(path: string): this {
    this.stepOverrides.addDeletion(path);
    return this;
  }

  /** Inputs given for paths the template does not have (see {@link TemplateLink.problems}). */
  public templateProblems(ctx?: RenderContext) {
    return this.link.problems(this.describe(), ctx);
  }

  /** @internal The `{ step: {...} }` node of the pass, with the template link instead of a spec. */
  public override sharedNode(pass: RenderContext): Record<string, unknown> {
    return pass.shared(this, 'template-node', () => {
      const node: Record<string, unknown> = compact({
        name: this.name,
        identifier: this.identifier,
        description: this.description,
        template: this.link.toObject(pass),
      });
      this.stepOverrides.applyTo(node);
      return { step: node };
    });
  }

  /** A template step has no `spec` of its own: the template holds it. */
  protected renderSpec(): Record<string, unknown> {
    return {};
  }
}
