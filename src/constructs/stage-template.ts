import type { Construct } from 'constructs';
import type { Stage } from '../pipeline/stage';
import { TemplateDefinition } from '../pipeline/template-definition';
import { TemplateStage, type TemplateStageProps } from '../pipeline/template-stage';
import { HarnessTemplate, type HarnessTemplateProps } from './harness-template';

/** Props of a {@link StageTemplate}. */
export interface StageTemplateProps extends HarnessTemplateProps {
  /** The stage the template holds; its fields left as runtime inputs (`RuntimeInput.create()`) are the template's inputs. */
  readonly stage: Stage;
}

/**
 * A stage template (`template.type: Stage`) built from a {@link Stage} model. Use it in a pipeline with
 * {@link StageTemplate.use} (a {@link TemplateStage}).
 * @see https://developer.harness.io/docs/platform/templates/add-a-stage-template
 */
export class StageTemplate extends HarnessTemplate {
  /** Creates a version of a stage template from a stage model. */
  constructor(scope: Construct, id: string, props: StageTemplateProps) {
    super(scope, id, props, (p) => TemplateDefinition.stage(props.stage, p));
  }

  /**
   * A stage that uses this template, with values for its runtime inputs (`inputs: { 'spec.execution.steps.build.spec.command': 'make' }`).
   */
  public use(props: Omit<TemplateStageProps, 'template' | 'versionLabel' | 'templateInputs'>): TemplateStage {
    return new TemplateStage({ ...props, template: this.definition });
  }
}
