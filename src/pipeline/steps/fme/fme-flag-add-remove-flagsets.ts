import { fail } from '../../../core/errors';
import { Step } from '../../step';
import { renderTextList, type TextList } from '../common/text-list';
import { checkFmeList, hasItems } from './fme-fields';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';

/** Props of an {@link FmeFlagAddRemoveFlagsetsStep}. Set `addFlagsets`, `removeFlagsets` or both. */
export interface FmeFlagAddRemoveFlagsetsStepProps extends FmeFlagEnvironmentProps {
  /** Flag sets to attach the flag to, or one expression for the list. @default - none */
  readonly addFlagsets?: TextList;
  /** Flag sets to detach the flag from, or one expression for the list. @default - none */
  readonly removeFlagsets?: TextList;
}

/**
 * The FME step `FmeFlagAddRemoveFlagsets` (`FmeFlagAddRemoveFlagsetsStepInfo`): attaches the flag's definition in an
 * environment to flag sets, or detaches it. The flag sets must exist (FmeFlagsetCreate). Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagAddRemoveFlagsetsStep extends Step {
  public readonly type = 'FmeFlagAddRemoveFlagsets';
  private readonly props: FmeFlagAddRemoveFlagsetsStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagAddRemoveFlagsetsStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    checkFmeList(props.addFlagsets, where, 'spec.addFlagsets', 'flag set');
    checkFmeList(props.removeFlagsets, where, 'spec.removeFlagsets', 'flag set');
    if (!hasItems(props.addFlagsets) && !hasItems(props.removeFlagsets)) {
      fail(where, 'spec', 'the step adds and removes no flag set, so it changes nothing', 'set addFlagsets or removeFlagsets');
    }
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return { ...renderFlagEnvironment(p), addFlagsets: renderTextList(p.addFlagsets), removeFlagsets: renderTextList(p.removeFlagsets) };
  }
}
