import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { checkFmeName } from './fme-fields';

/** Props of an {@link FmeFlagArchiveStep}. */
export interface FmeFlagArchiveStepProps extends StepProps {
  /**
   * The flag name (spec `name`; the prop has another name because `name` is the step's display name),
   * `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression.
   */
  readonly flagName: string | Expression;
}

/**
 * The FME step `FmeFlagArchive` (`FmeFlagArchiveStepInfo`). Archives a feature flag (after launch, once the code no
 * longer reads it). Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagArchiveStep extends Step {
  public readonly type = 'FmeFlagArchive';
  private readonly fmeName: string | Expression;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagArchiveStepProps) {
    super(props);
    this.fmeName = props.flagName;
    checkFmeName(props.flagName, this.describe(), 'spec.name', 'flag');
  }

  protected renderSpec(): Record<string, unknown> {
    return { name: this.fmeName };
  }
}
