import { Expression } from '../../../core/expression';
import { Step } from '../../step';
import { checkTextList, type TextList } from '../common/text-list';
import { checkFmeText } from './fme-fields';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';

/** Props of an {@link FmeMetricCheckStep}. */
export interface FmeMetricCheckStepProps extends FmeFlagEnvironmentProps {
  /** How far back from now the metrics are read, e.g. `24h` or `7d`, or an expression. */
  readonly lookbackWindow: string | Expression;
  /**
   * JEXL condition over the metric results; when it is true the step FAILS (`failureCriteria: {type: Jexl,
   * spec: {condition}}`).
   */
  readonly failureCondition: string | Expression;
  /** The metrics to evaluate, by metric id (`metrics[].ref`), at least one; or one expression. @default - none */
  readonly metrics?: TextList;
}

/**
 * The FME step `FmeMetricCheck` (`FmeMetricCheckStepInfo`): evaluates FME metrics of the flag over a lookback window
 * and fails the step when the failure condition is true; a gate between the steps of a rollout (it does not roll
 * anything back: pair it with FmeFlagKill). Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeMetricCheckStep extends Step {
  public readonly type = 'FmeMetricCheck';
  private readonly props: FmeMetricCheckStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeMetricCheckStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    checkFmeText(props.lookbackWindow, where, 'spec.lookbackWindow', true, "give the window, e.g. '24h' or '7d'");
    checkFmeText(props.failureCondition, where, 'spec.failureCriteria.spec.condition', true, 'give the JEXL condition that fails the step');
    if (props.metrics !== undefined) {
      checkTextList(props.metrics, where, {
        field: 'spec.metrics',
        emptyFix: 'list at least one metric id, or leave metrics out',
        itemFix: 'give the metric id',
      });
      if (Array.isArray(props.metrics)) {
        props.metrics.forEach((m, i) => checkFmeText(m, where, `spec.metrics[${i}].ref`, true, 'give the metric id'));
      }
    }
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      ...renderFlagEnvironment(p),
      metrics: p.metrics === undefined || p.metrics instanceof Expression ? p.metrics : p.metrics.map((ref) => ({ ref })),
      lookbackWindow: p.lookbackWindow,
      failureCriteria: { type: 'Jexl', spec: { condition: p.failureCondition } },
    };
  }
}
