import type { Construct } from 'constructs';
import type { Step } from '../pipeline/step';
import { TemplateDefinition } from '../pipeline/template-definition';
import { TemplateStep, type TemplateStepProps } from '../pipeline/template-step';
import { HarnessTemplate, type HarnessTemplateProps } from './harness-template';

/** Props of a {@link StepTemplate}. */
export interface StepTemplateProps extends HarnessTemplateProps {
  /** The step the template holds; its fields left as runtime inputs (`RuntimeInput.create()`) are the template's inputs. */
  readonly step: Step;
}

/**
 * A step template (`template.type: Step`) built from a {@link Step} model. Use it in a pipeline with
 * {@link StepTemplate.use} (a {@link TemplateStep}).
 * @see https://developer.harness.io/docs/platform/templates/run-step-template-quickstart
 */
export class StepTemplate extends HarnessTemplate {
  /** Creates a version of a step template from a step model. */
  constructor(scope: Construct, id: string, props: StepTemplateProps) {
    super(scope, id, props, (p) => TemplateDefinition.step(props.step, p));
  }

  /** A step that uses this template, with values for its runtime inputs (`inputs: { 'spec.command': 'make test' }`). */
  public use(props: Omit<TemplateStepProps, 'template' | 'versionLabel' | 'templateInputs'>): TemplateStep {
    return new TemplateStep({ ...props, template: this.definition });
  }
}
