import { FmeFlagSetTreatmentsStep } from '../../../../src/pipeline/steps/fme/fme-flag-set-treatments';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { flagName: 'new_checkout', environment: 'Production' };
const treatments = [
  { treatment: 'on', description: 'new' },
  { treatment: 'off', description: 'old' },
];

describe('FmeFlagSetTreatmentsStep', () => {
  test('renders treatments and the default and baseline treatments', () => {
    const step = new FmeFlagSetTreatmentsStep({ identifier: 's', ...base, treatments, defaultTreatment: 'off', baselineTreatment: 'off' });
    expect(renderedSteps(customPipeline([step]))[0].spec).toEqual({
      ...base,
      treatments,
      defaultTreatment: 'off',
      baselineTreatment: 'off',
    });
  });

  test('the baseline is one of the treatments', () => {
    expect(
      thrownMessage(
        () => new FmeFlagSetTreatmentsStep({ identifier: 's', ...base, treatments, defaultTreatment: 'off', baselineTreatment: 'v2' }),
      ),
    ).toBe(
      "step 's': spec.baselineTreatment: 'v2' is not one of the flag's treatments (on, off). Fix: name one of the treatments listed in treatments",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new FmeFlagSetTreatmentsStep({ identifier: 's', ...base, treatments, defaultTreatment: 'off', baselineTreatment: 'on' }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
