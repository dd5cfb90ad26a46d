import { FmeSegmentUpdateStep } from '../../../../src/pipeline/steps/fme/fme-segment-update';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

describe('FmeSegmentUpdateStep', () => {
  test('renders the name and the fields given', () => {
    expect(
      renderedSteps(customPipeline([new FmeSegmentUpdateStep({ identifier: 's', segmentName: 'beta', owners: ['qa'] })]))[0].spec,
    ).toEqual({
      name: 'beta',
      owners: ['qa'],
    });
  });

  test('updating nothing is refused', () => {
    expect(thrownMessage(() => new FmeSegmentUpdateStep({ identifier: 's', segmentName: 'beta' }))).toBe(
      "step 's': spec: the step updates nothing. Fix: set at least one of segmentDescription, owners, tags",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([new FmeSegmentUpdateStep({ identifier: 's', segmentName: 'beta', segmentDescription: 'd', tags: ['x'] })]),
    ).toBeValidHarnessPipeline();
  });
});
