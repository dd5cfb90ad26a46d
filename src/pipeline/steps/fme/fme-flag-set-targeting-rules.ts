import type { Expression } from '../../../core/expression';
import { Step } from '../../step';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';
import { checkTargetingRules, type FmeTargetingRule, renderTargetingRules } from './fme-targeting-rule';

/** Props of an {@link FmeFlagSetTargetingRulesStep}. */
export interface FmeFlagSetTargetingRulesStepProps extends FmeFlagEnvironmentProps {
  /** The rules, evaluated top to bottom (first match wins), replacing the current ones; `[]` clears them; or one expression. */
  readonly targetingRules: readonly FmeTargetingRule[] | Expression;
}

/**
 * The FME step `FmeFlagSetTargetingRules` (`FmeFlagSetTargetingRulesStepInfo`): replaces the targeting rules of the
 * flag in the environment, e.g. a beta segment first. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagSetTargetingRulesStep extends Step {
  public readonly type = 'FmeFlagSetTargetingRules';
  private readonly props: FmeFlagSetTargetingRulesStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagSetTargetingRulesStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    checkTargetingRules(props.targetingRules, where, 'spec.targetingRules');
  }

  protected renderSpec(): Record<string, unknown> {
    return { ...renderFlagEnvironment(this.props), targetingRules: renderTargetingRules(this.props.targetingRules) };
  }
}
