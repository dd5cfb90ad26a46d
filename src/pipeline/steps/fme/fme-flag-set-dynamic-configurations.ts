import { fail } from '../../../core/errors';
import { Expression, isLiteralText } from '../../../core/expression';
import { Step } from '../../step';
import { checkStepVariables, renderStepVariables, type StepVariable } from '../custom/step-variable';
import { checkTreatmentName } from './fme-fields';
import { checkFlagEnvironment, type FmeFlagEnvironmentProps, renderFlagEnvironment } from './fme-flag-environment';
import { checkFmeJson, type FmeJson, renderFmeJson } from './fme-json';

/** The dynamic configuration of one treatment. */
export interface FmeTreatmentDynamicConfiguration {
  /** Treatment name, e.g. `'on'`, or an expression that is not a runtime input. */
  readonly treatment: string | Expression;
  /** The configuration: a JSON object, its text, or an expression. */
  readonly configuration: FmeJson;
}

/** Props of an {@link FmeFlagSetDynamicConfigurationsStep}. */
export interface FmeFlagSetDynamicConfigurationsStepProps extends FmeFlagEnvironmentProps {
  /** Configuration per treatment, or one expression for the whole list. */
  readonly treatments: readonly FmeTreatmentDynamicConfiguration[] | Expression;
  /** Variables passed to the step (`inputVariables`). @default - none */
  readonly inputVariables?: readonly StepVariable[];
}

/**
 * The FME step `FmeFlagSetDynamicConfigurations` (`FmeFlagSetDynamicConfigurationsStepInfo`): attaches a dynamic
 * configuration (JSON) to treatments of the flag in the environment. Custom and Deployment stages.
 *
 * @see https://developer.harness.io/docs/feature-management-experimentation/pipelines
 */
export class FmeFlagSetDynamicConfigurationsStep extends Step {
  public readonly type = 'FmeFlagSetDynamicConfigurations';
  private readonly props: FmeFlagSetDynamicConfigurationsStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: FmeFlagSetDynamicConfigurationsStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkFlagEnvironment(props, where);
    checkStepVariables(props.inputVariables, where, 'spec.inputVariables');
    const list: unknown = props.treatments;
    if (list instanceof Expression) return;
    if (!Array.isArray(list) || list.length === 0) {
      fail(
        where,
        'spec.treatments',
        'no treatment is given',
        "list the configuration per treatment, e.g. [{ treatment: 'on', configuration: { color: 'blue' } }]",
      );
    }
    const seen = new Set<string>();
    (list as FmeTreatmentDynamicConfiguration[]).forEach((t, i) => {
      const f = `spec.treatments[${i}]`;
      checkTreatmentName(t?.treatment, where, `${f}.treatment`, false);
      if (isLiteralText(t.treatment)) {
        if (seen.has(t.treatment)) fail(where, `${f}.treatment`, `treatment '${t.treatment}' is listed twice`, 'list each treatment once');
        seen.add(t.treatment);
      }
      checkFmeJson(t.configuration, where, `${f}.configuration`, 'object', 'give a JSON object, its text, or an expression');
    });
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      ...renderFlagEnvironment(p),
      treatments:
        p.treatments instanceof Expression
          ? p.treatments
          : p.treatments.map((t) => ({ treatment: t.treatment, configuration: renderFmeJson(t.configuration) })),
      inputVariables: renderStepVariables(p.inputVariables),
    };
  }
}
