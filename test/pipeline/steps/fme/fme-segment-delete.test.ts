import { RuntimeInput } from '../../../../src/core/runtime-input';
import { FmeSegmentDeleteStep } from '../../../../src/pipeline/steps/fme/fme-segment-delete';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

describe('FmeSegmentDeleteStep', () => {
  test('renders the segment name as spec.name, next to the step display name', () => {
    const step = new FmeSegmentDeleteStep({ identifier: 's', name: 'Clean up', segmentName: 'old_one' });
    expect(renderedSteps(customPipeline([step]))[0]).toEqual({
      type: 'FmeSegmentDelete',
      name: 'Clean up',
      identifier: 's',
      spec: { name: 'old_one' },
    });
  });

  test('checks the segment name', () => {
    expect(thrownMessage(() => new FmeSegmentDeleteStep({ identifier: 's', segmentName: '1st' }))).toBe(
      "step 's': spec.name: '1st' is not an FME segment name (^[a-zA-Z][-_a-zA-Z0-9]*$, at most 100 characters). Fix: use letters, digits, - and _, starting with a letter, or pass an expression",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new FmeSegmentDeleteStep({ identifier: 'a', segmentName: 'old_one' }),
        new FmeSegmentDeleteStep({ identifier: 'b', segmentName: RuntimeInput.create() }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
