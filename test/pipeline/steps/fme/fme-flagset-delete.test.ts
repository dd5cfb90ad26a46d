import { RuntimeInput } from '../../../../src/core/runtime-input';
import { FmeFlagsetDeleteStep } from '../../../../src/pipeline/steps/fme/fme-flagset-delete';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

describe('FmeFlagsetDeleteStep', () => {
  test('renders the flag set name as spec.name, next to the step display name', () => {
    const step = new FmeFlagsetDeleteStep({ identifier: 's', name: 'Clean up', flagSetName: 'old_one' });
    expect(renderedSteps(customPipeline([step]))[0]).toEqual({
      type: 'FmeFlagsetDelete',
      name: 'Clean up',
      identifier: 's',
      spec: { name: 'old_one' },
    });
  });

  test('checks the flag set name', () => {
    expect(thrownMessage(() => new FmeFlagsetDeleteStep({ identifier: 's', flagSetName: '1st' }))).toBe(
      "step 's': spec.name: '1st' is not an FME flag set name (^[a-zA-Z][-_a-zA-Z0-9]*$, at most 100 characters). Fix: use letters, digits, - and _, starting with a letter, or pass an expression",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new FmeFlagsetDeleteStep({ identifier: 'a', flagSetName: 'old_one' }),
        new FmeFlagsetDeleteStep({ identifier: 'b', flagSetName: RuntimeInput.create() }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
