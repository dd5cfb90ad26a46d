import { RuntimeInput } from '../../../../src/core/runtime-input';
import { FmeFlagLimitExposureStep } from '../../../../src/pipeline/steps/fme/fme-flag-limit-exposure';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { flagName: 'new_checkout', environment: 'Production' };

describe('FmeFlagLimitExposureStep', () => {
  test('renders the limit', () => {
    expect(renderedSteps(customPipeline([new FmeFlagLimitExposureStep({ identifier: 's', ...base, limit: 0 })]))[0].spec).toEqual({
      ...base,
      limit: 0,
    });
  });

  test('the limit is a whole number from 0 to 100', () => {
    expect(thrownMessage(() => new FmeFlagLimitExposureStep({ identifier: 's', ...base, limit: 150 }))).toBe(
      "step 's': spec.limit: 150 is not a whole number from 0 to 100. Fix: use a whole number from 0 to 100, or an expression",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new FmeFlagLimitExposureStep({ identifier: 'a', ...base, limit: 25 }),
        new FmeFlagLimitExposureStep({ identifier: 'b', ...base, limit: RuntimeInput.create() }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
