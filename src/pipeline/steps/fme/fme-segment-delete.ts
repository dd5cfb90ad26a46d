import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { checkFmeName } from './fme-fields';

/** Props of an {@link FmeSegmentDeleteStep}. */
export interface FmeSegmentDeleteStepProps extends StepProps {
  /**
   * The segment name (spec `name`; the prop has another name because `name` is the step's display name),
   * `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression.
   */
  readonly segmentName: string | Expression;
}

/**
 * The FME step `FmeSegmentDelete` (`FmeSegmentDeleteInfo`). Deletes a segment. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeSegmentDeleteStep extends Step {
  public readonly type = 'FmeSegmentDelete';
  private readonly fmeName: string | Expression;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeSegmentDeleteStepProps) {
    super(props);
    this.fmeName = props.segmentName;
    checkFmeName(props.segmentName, this.describe(), 'spec.name', 'segment');
  }

  protected renderSpec(): Record<string, unknown> {
    return { name: this.fmeName };
  }
}
