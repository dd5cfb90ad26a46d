import type { Construct } from 'constructs';
import type { Pipeline } from '../pipeline/pipeline';
import { TemplateDefinition } from '../pipeline/template-definition';
import { TemplatePipeline, type TemplatePipelineProps } from '../pipeline/template-pipeline';
import { HarnessTemplate, type HarnessTemplateProps } from './harness-template';

/** Props of a {@link PipelineTemplate}. */
export interface PipelineTemplateProps extends HarnessTemplateProps {
  /**
   * The pipeline the template holds (its identifier and name are not part of the template). Its runtime-input
   * variables (e.g. `WorkflowInput`s) are the variables of every pipeline that uses the template.
   */
  readonly pipeline: Pipeline;
}

/**
 * A pipeline template (`template.type: Pipeline`) built from a {@link Pipeline} model. Create pipelines from it
 * with {@link PipelineTemplate.use} (a {@link TemplatePipeline}).
 * @see https://developer.harness.io/docs/platform/templates/create-pipeline-template
 */
export class PipelineTemplate extends HarnessTemplate {
  /** Creates a version of a pipeline template from a pipeline model. */
  constructor(scope: Construct, id: string, props: PipelineTemplateProps) {
    super(scope, id, props, (p) => TemplateDefinition.pipeline(props.pipeline, p));
  }

  /** A pipeline that uses this template; `inputs` fixes values of its runtime inputs (`{ 'variables.env': 'prod' }`). */
  public use(props: Omit<TemplatePipelineProps, 'template' | 'versionLabel' | 'templateInputs' | 'variables'>): TemplatePipeline {
    return new TemplatePipeline({ ...props, template: this.definition });
  }
}
