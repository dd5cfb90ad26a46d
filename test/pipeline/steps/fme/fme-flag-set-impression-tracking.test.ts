import { FmeFlagSetImpressionTrackingStep } from '../../../../src/pipeline/steps/fme/fme-flag-set-impression-tracking';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { flagName: 'new_checkout', environment: 'Production' };

describe('FmeFlagSetImpressionTrackingStep', () => {
  test('renders enabled', () => {
    expect(
      renderedSteps(customPipeline([new FmeFlagSetImpressionTrackingStep({ identifier: 's', ...base, enabled: false })]))[0].spec,
    ).toEqual({
      ...base,
      enabled: false,
    });
  });

  test('enabled is required', () => {
    expect(thrownMessage(() => new FmeFlagSetImpressionTrackingStep({ identifier: 's', ...base } as any))).toBe(
      "step 's': spec.enabled: is required. Fix: pass true, false or an expression",
    );
  });

  test('validates against the Harness schema', () => {
    const on = PipelineVariable.string('track');
    expect(
      customPipeline(
        [
          new FmeFlagSetImpressionTrackingStep({ identifier: 'a', ...base, enabled: true }),
          new FmeFlagSetImpressionTrackingStep({ identifier: 'b', ...base, enabled: on }),
        ],
        [on],
      ),
    ).toBeValidHarnessPipeline();
  });
});
