import { FmeSegmentAddRemoveTargetsStep } from '../../../../src/pipeline/steps/fme/fme-segment-add-remove-targets';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

describe('FmeSegmentAddRemoveTargetsStep', () => {
  test('renders the segment, environment and key lists given', () => {
    const key = PipelineVariable.string('key');
    const step = new FmeSegmentAddRemoveTargetsStep({
      identifier: 's',
      segmentName: 'Beta_Customers',
      environment: 'Production',
      addKeys: ['riley', key],
    });
    expect(renderedSteps(customPipeline([step], [key]))[0].spec).toEqual({
      segmentName: 'Beta_Customers',
      environment: 'Production',
      addKeys: ['riley', '<+pipeline.variables.key>'],
    });
  });

  test('a step that adds and removes nothing is refused', () => {
    expect(
      thrownMessage(() => new FmeSegmentAddRemoveTargetsStep({ identifier: 's', segmentName: 'b', environment: 'e', addKeys: [] })),
    ).toBe("step 's': spec: the step adds and removes no key, so it changes nothing. Fix: set addKeys or removeKeys");
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new FmeSegmentAddRemoveTargetsStep({ identifier: 's', segmentName: 'b', environment: 'e', addKeys: ['a'], removeKeys: ['b'] }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
