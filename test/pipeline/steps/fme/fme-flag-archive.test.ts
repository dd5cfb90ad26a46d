import { RuntimeInput } from '../../../../src/core/runtime-input';
import { FmeFlagArchiveStep } from '../../../../src/pipeline/steps/fme/fme-flag-archive';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

describe('FmeFlagArchiveStep', () => {
  test('renders the flag name as spec.name, next to the step display name', () => {
    const step = new FmeFlagArchiveStep({ identifier: 's', name: 'Clean up', flagName: 'old_one' });
    expect(renderedSteps(customPipeline([step]))[0]).toEqual({
      type: 'FmeFlagArchive',
      name: 'Clean up',
      identifier: 's',
      spec: { name: 'old_one' },
    });
  });

  test('checks the flag name', () => {
    expect(thrownMessage(() => new FmeFlagArchiveStep({ identifier: 's', flagName: '1st' }))).toBe(
      "step 's': spec.name: '1st' is not an FME flag name (^[a-zA-Z][-_a-zA-Z0-9]*$, at most 100 characters). Fix: use letters, digits, - and _, starting with a letter, or pass an expression",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new FmeFlagArchiveStep({ identifier: 'a', flagName: 'old_one' }),
        new FmeFlagArchiveStep({ identifier: 'b', flagName: RuntimeInput.create() }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
