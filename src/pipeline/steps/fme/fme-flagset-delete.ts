import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { checkFmeName } from './fme-fields';

/** Props of an {@link FmeFlagsetDeleteStep}. */
export interface FmeFlagsetDeleteStepProps extends StepProps {
  /**
   * The flag set name (spec `name`; the prop has another name because `name` is the step's display name),
   * `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression.
   */
  readonly flagSetName: string | Expression;
}

/**
 * The FME step `FmeFlagsetDelete` (`FmeFlagsetDeleteStepInfo`). Deletes a flag set. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagsetDeleteStep extends Step {
  public readonly type = 'FmeFlagsetDelete';
  private readonly fmeName: string | Expression;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagsetDeleteStepProps) {
    super(props);
    this.fmeName = props.flagSetName;
    checkFmeName(props.flagSetName, this.describe(), 'spec.name', 'flag set');
  }

  protected renderSpec(): Record<string, unknown> {
    return { name: this.fmeName };
  }
}
