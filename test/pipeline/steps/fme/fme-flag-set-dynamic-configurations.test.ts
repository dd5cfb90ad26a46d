import { FmeFlagSetDynamicConfigurationsStep } from '../../../../src/pipeline/steps/fme/fme-flag-set-dynamic-configurations';
import { VariableType } from '../../../../src/pipeline/variable';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { flagName: 'new_checkout', environment: 'Production' };

describe('FmeFlagSetDynamicConfigurationsStep', () => {
  test('renders configurations as JSON text, and input variables with their type', () => {
    const step = new FmeFlagSetDynamicConfigurationsStep({
      identifier: 's',
      ...base,
      treatments: [
        { treatment: 'on', configuration: { color: 'blue' } },
        { treatment: 'off', configuration: '{"color":"grey"}' },
      ],
      inputVariables: [{ name: 'size', type: VariableType.NUMBER, value: 2 }],
    });
    expect(renderedSteps(customPipeline([step]))[0].spec).toEqual({
      ...base,
      treatments: [
        { treatment: 'on', configuration: '{"color":"blue"}' },
        { treatment: 'off', configuration: '{"color":"grey"}' },
      ],
      inputVariables: [{ name: 'size', type: 'Number', value: 2 }],
    });
  });

  test('a configuration is a JSON object; treatments are given', () => {
    expect(
      thrownMessage(
        () =>
          new FmeFlagSetDynamicConfigurationsStep({ identifier: 's', ...base, treatments: [{ treatment: 'on', configuration: 'blue' }] }),
      ),
    ).toBe("step 's': spec.treatments[0].configuration: is not valid JSON. Fix: give a JSON object, its text, or an expression");
    expect(thrownMessage(() => new FmeFlagSetDynamicConfigurationsStep({ identifier: 's', ...base, treatments: [] }))).toBe(
      "step 's': spec.treatments: no treatment is given. Fix: list the configuration per treatment, e.g. [{ treatment: 'on', configuration: { color: 'blue' } }]",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new FmeFlagSetDynamicConfigurationsStep({ identifier: 's', ...base, treatments: [{ treatment: 'on', configuration: { a: 1 } }] }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
