import { Step } from '../../step';
import { checkStepVariables, renderStepVariables, type StepVariable } from '../custom/step-variable';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';
import { checkFmeJson, type FmeJson, renderFmeJson } from './fme-json';

/** Props of an {@link FmeFlagPatchDefinitionStep}. */
export interface FmeFlagPatchDefinitionStepProps extends FmeFlagEnvironmentProps {
  /**
   * JSON Patch operations on the flag definition, e.g. `[{ op: 'replace', path: '/killed', value: false }]`: the
   * list (serialized as JSON text), its text, or an expression.
   */
  readonly operations: FmeJson;
  /** Variables passed to the step (`inputVariables`). @default - none */
  readonly inputVariables?: readonly StepVariable[];
}

/**
 * The FME step `FmeFlagPatchDefinition` (`FmeFlagPatchDefinitionStepInfo`): applies JSON Patch operations to the flag's
 * definition in the environment, e.g. to promote a configuration between environments. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagPatchDefinitionStep extends Step {
  public readonly type = 'FmeFlagPatchDefinition';
  private readonly props: FmeFlagPatchDefinitionStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagPatchDefinitionStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    checkFmeJson(
      props.operations,
      where,
      'spec.operations',
      'array',
      'give the JSON Patch operations as a list, its JSON text, or an expression',
    );
    checkStepVariables(props.inputVariables, where, 'spec.inputVariables');
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return { ...renderFlagEnvironment(p), operations: renderFmeJson(p.operations), inputVariables: renderStepVariables(p.inputVariables) };
  }
}
