import { requireProps } from '../core/arguments';
import { fail, type ValidationProblem } from '../core/errors';
import { clonePlain, compact } from '../core/object';
import { Overrides } from '../core/overrides';
import { RenderContext } from '../core/render-context';
import { StageType } from './compatibility';
import { Stage } from './stage';
import type { Step } from './step';
import type { StepGroup } from './step-group';
import { TemplateType } from './template-definition';
import { TemplateLink, type TemplateLinkProps } from './template-link';

/** Props of a {@link TemplateStage}. */
export interface TemplateStageProps extends TemplateLinkProps {
  /** Unique within the pipeline; `^[a-zA-Z_][0-9a-zA-Z_]{0,127}$`. */
  readonly identifier: string;
  /** Display name. @default the identifier */
  readonly name?: string;
  /** Stage description. @default - none */
  readonly description?: string;
}

/**
 * A stage that uses a stage template (`TemplateStageNode`: `name`, `identifier`, `template`). Its steps are the
 * template's: adding steps to it throws. `stageType` is the template's stage type when the template is built in
 * the same app, else `Custom` (not rendered: the template decides).
 * @see https://developer.harness.io/docs/platform/templates/add-a-stage-template
 */
export class TemplateStage extends Stage {
  /** The `template:` node. */
  public readonly link: TemplateLink;
  private readonly stageOverrides = new Overrides();
  private readonly own: TemplateStageProps;

  /** Creates a stage that uses a stage template; its inputs are checked against the template when the template is a model of this app. */
  constructor(props: TemplateStageProps) {
    const link = new TemplateLink(
      requireProps(props, 'new TemplateStage', "new TemplateStage({ identifier: 'deploy', template: deployTemplate })"),
      `stage '${props.identifier}'`,
      TemplateType.STAGE,
    );
    super(link.definition?.stageType ?? StageType.CUSTOM, {
      identifier: props.identifier,
      name: props.name,
      description: props.description,
    });
    this.link = link;
    this.own = props;
  }

  /** Throws: a template stage's steps come from the template. */
  public addStep(..._steps: (Step | StepGroup)[]): this {
    return this.noSteps();
  }

  /** Throws: a template stage's steps come from the template. */
  public addParallel(..._steps: (Step | StepGroup)[]): this {
    return this.noSteps();
  }

  /** Throws: a template stage's steps come from the template. */
  public addStepGroup(_group: StepGroup): this {
    return this.noSteps();
  }

  /** Escape hatch on the rendered `stage` node, e.g. `addOverride('template.templateInputs.spec.environment', {...})`. */
  public addOverride(path: string, value: unknown): this {
    this.stageOverrides.add(path, value);
    return this;
  }

  /** Escape hatch: removes a field of the rendered `stage` node. */
  public addDeletionOverride(path: string): this {
    this.stageOverrides.addDeletion(path);
    return this;
  }

  /** Inputs given for paths the template does not have (see {@link TemplateLink.problems}). */
  public validate(): ValidationProblem[] {
    return this.link.problems(this.describe());
  }

  /** The `{ stage: {...} }` node (values unresolved). */
  public toObject(ctx?: RenderContext, _withSteps = true): Record<string, unknown> {
    const node: Record<string, unknown> = compact({
      name: this.name,
      identifier: this.identifier,
      description: this.own.description,
      template: clonePlain(this.link.toObject(RenderContext.orNew(ctx))),
    });
    this.stageOverrides.applyTo(node);
    return { stage: node };
  }

  /** A template stage has no `spec` of its own: the template holds it. */
  protected renderSpec(): Record<string, unknown> {
    return {};
  }

  private noSteps(): never {
    fail(
      this.describe(),
      'spec.execution.steps',
      "a stage that uses a template takes its steps from the template's stage",
      'add the steps to the template, or use a stage of its own',
    );
  }
}
