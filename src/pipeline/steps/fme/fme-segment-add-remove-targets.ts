import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { renderTextList, type TextList } from '../common/text-list';
import { checkFmeEnvironment, checkFmeList, checkFmeName, hasItems } from './fme-fields';

/** Props of an {@link FmeSegmentAddRemoveTargetsStep}. Set `addKeys`, `removeKeys` or both. */
export interface FmeSegmentAddRemoveTargetsStepProps extends StepProps {
  /** Segment name, `^[a-zA-Z][-_a-zA-Z0-9]*$` (at most 100 characters), or an expression. */
  readonly segmentName: string | Expression;
  /** FME environment name or id (1 to 100 characters), or an expression. */
  readonly environment: string | Expression;
  /** Keys to add to the segment, or one expression for the list. @default - none */
  readonly addKeys?: TextList;
  /** Keys to remove from the segment, or one expression for the list. @default - none */
  readonly removeKeys?: TextList;
}

/**
 * The FME step `FmeSegmentAddRemoveTargets` (`FmeSegmentAddRemoveTargetsStepInfo`): adds keys to and removes keys
 * from a segment in an environment. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeSegmentAddRemoveTargetsStep extends Step {
  public readonly type = 'FmeSegmentAddRemoveTargets';
  private readonly props: FmeSegmentAddRemoveTargetsStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeSegmentAddRemoveTargetsStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFmeName(props.segmentName, where, 'spec.segmentName', 'segment');
    checkFmeEnvironment(props.environment, where);
    checkFmeList(props.addKeys, where, 'spec.addKeys', 'key');
    checkFmeList(props.removeKeys, where, 'spec.removeKeys', 'key');
    if (!hasItems(props.addKeys) && !hasItems(props.removeKeys)) {
      fail(where, 'spec', 'the step adds and removes no key, so it changes nothing', 'set addKeys or removeKeys');
    }
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      segmentName: p.segmentName,
      environment: p.environment,
      addKeys: renderTextList(p.addKeys),
      removeKeys: renderTextList(p.removeKeys),
    };
  }
}
