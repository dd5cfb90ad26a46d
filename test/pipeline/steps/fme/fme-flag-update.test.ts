import { FmeFlagUpdateStep } from '../../../../src/pipeline/steps/fme/fme-flag-update';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

describe('FmeFlagUpdateStep', () => {
  test('renders the flag name and the fields given', () => {
    const flag = PipelineVariable.string('flagName');
    const step = new FmeFlagUpdateStep({ identifier: 'u', flagName: flag, tags: ['demo'], rolloutStatus: 'Ramping' });
    expect(renderedSteps(customPipeline([step], [flag]))[0].spec).toEqual({
      name: '<+pipeline.variables.flagName>',
      rolloutStatus: 'Ramping',
      tags: ['demo'],
    });
  });

  test('updating nothing is refused', () => {
    expect(thrownMessage(() => new FmeFlagUpdateStep({ identifier: 'u', flagName: 'f' }))).toBe(
      "step 'u': spec: the step updates nothing. Fix: set at least one of flagDescription, rolloutStatus, owners, tags",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new FmeFlagUpdateStep({
          identifier: 'u',
          flagName: 'f',
          flagDescription: 'd',
          owners: ['o'],
          tags: ['t'],
          rolloutStatus: 'Ramping',
        }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
