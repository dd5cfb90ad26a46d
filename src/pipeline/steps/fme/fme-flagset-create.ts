import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { checkFmeName, checkFmeText } from './fme-fields';

/** Props of an {@link FmeFlagsetCreateStep}. */
export interface FmeFlagsetCreateStepProps extends StepProps {
  /**
   * The new flag set's name (spec `name`; the prop has another name because `name` is the step's display name),
   * `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression.
   */
  readonly flagSetName: string | Expression;
  /**
   * The flag set description (spec `description`; the step's own `description` is the envelope's).
   * @default - none
   */
  readonly flagSetDescription?: string | Expression;
}

/**
 * The FME step `FmeFlagsetCreate` (`FmeFlagsetCreateStepInfo`): creates a flag set, which groups flags (attach flags
 * with FmeFlagAddRemoveFlagsets). Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagsetCreateStep extends Step {
  public readonly type = 'FmeFlagsetCreate';
  private readonly props: FmeFlagsetCreateStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagsetCreateStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFmeName(props.flagSetName, where, 'spec.name', 'flag set');
    checkFmeText(props.flagSetDescription, where, 'spec.description', false, 'describe the flag set');
  }

  protected renderSpec(): Record<string, unknown> {
    return { name: this.props.flagSetName, description: this.props.flagSetDescription };
  }
}
