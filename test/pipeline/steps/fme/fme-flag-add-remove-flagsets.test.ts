import { RuntimeInput } from '../../../../src/core/runtime-input';
import { FmeFlagAddRemoveFlagsetsStep } from '../../../../src/pipeline/steps/fme/fme-flag-add-remove-flagsets';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { flagName: 'new_checkout', environment: 'Production' };

describe('FmeFlagAddRemoveFlagsetsStep', () => {
  test('renders the flag set lists given', () => {
    expect(
      renderedSteps(customPipeline([new FmeFlagAddRemoveFlagsetsStep({ identifier: 's', ...base, addFlagsets: ['release_q3'] })]))[0].spec,
    ).toEqual({
      ...base,
      addFlagsets: ['release_q3'],
    });
  });

  test('a step that adds and removes nothing is refused', () => {
    expect(thrownMessage(() => new FmeFlagAddRemoveFlagsetsStep({ identifier: 's', ...base }))).toBe(
      "step 's': spec: the step adds and removes no flag set, so it changes nothing. Fix: set addFlagsets or removeFlagsets",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new FmeFlagAddRemoveFlagsetsStep({ identifier: 's', ...base, addFlagsets: ['a'], removeFlagsets: RuntimeInput.create() }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
