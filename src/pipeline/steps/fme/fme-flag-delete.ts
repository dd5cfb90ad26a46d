import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { checkFmeName } from './fme-fields';

/** Props of an {@link FmeFlagDeleteStep}. */
export interface FmeFlagDeleteStepProps extends StepProps {
  /**
   * The flag name (spec `name`; the prop has another name because `name` is the step's display name),
   * `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression.
   */
  readonly flagName: string | Expression;
  /** Also delete the flag's definitions in every environment. @default - not set */
  readonly deleteAllDefinitions?: boolean | Expression;
}

/**
 * The FME step `FmeFlagDelete` (`FmeFlagDeleteStepInfo`): deletes a feature flag. Prefer kill and archive during
 * a rollout. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagDeleteStep extends Step {
  public readonly type = 'FmeFlagDelete';
  private readonly props: FmeFlagDeleteStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagDeleteStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFmeName(props.flagName, where, 'spec.name', 'flag');
    const d: unknown = props.deleteAllDefinitions;
    if (d !== undefined && typeof d !== 'boolean' && !(d instanceof Expression)) {
      fail(where, 'spec.deleteAllDefinitions', `expects true or false, got ${typeof d}`, 'pass a boolean or an expression');
    }
  }

  protected renderSpec(): Record<string, unknown> {
    return { name: this.props.flagName, deleteAllDefinitions: this.props.deleteAllDefinitions };
  }
}
