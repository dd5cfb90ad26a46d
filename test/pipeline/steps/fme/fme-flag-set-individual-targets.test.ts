import { RuntimeInput } from '../../../../src/core/runtime-input';
import { FmeFlagSetIndividualTargetsStep } from '../../../../src/pipeline/steps/fme/fme-flag-set-individual-targets';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { flagName: 'new_checkout', environment: 'Prod-Default' };

describe('FmeFlagSetIndividualTargetsStep', () => {
  test('renders the targets per treatment, and [] to clear them', () => {
    const set = new FmeFlagSetIndividualTargetsStep({
      identifier: 'add_testers_to_on',
      ...base,
      treatments: [{ treatment: 'on', keys: ['user1', 'user2'], segments: [] }],
    });
    const clear = new FmeFlagSetIndividualTargetsStep({ identifier: 'clear', ...base, treatments: [] });
    const [s, c] = renderedSteps(customPipeline([set, clear]));
    expect(s.spec).toEqual({ ...base, treatments: [{ treatment: 'on', keys: ['user1', 'user2'], segments: [] }] });
    expect(c.spec).toEqual({ ...base, treatments: [] });
  });

  test('treatments are required and named once', () => {
    expect(thrownMessage(() => new FmeFlagSetIndividualTargetsStep({ identifier: 's', ...base } as any))).toBe(
      "step 's': spec.treatments: is required. Fix: list the targets per treatment ([] clears them), e.g. [{ treatment: 'on', keys: [key] }]",
    );
    expect(
      thrownMessage(
        () =>
          new FmeFlagSetIndividualTargetsStep({
            identifier: 's',
            ...base,
            treatments: [
              { treatment: 'on', keys: ['a'] },
              { treatment: 'on', keys: ['b'] },
            ],
          }),
      ),
    ).toBe("step 's': spec.treatments[1].treatment: treatment 'on' is listed twice. Fix: list each treatment once");
  });

  test('validates against the Harness schema', () => {
    const p = customPipeline([
      new FmeFlagSetIndividualTargetsStep({
        identifier: 'a',
        ...base,
        treatments: [{ treatment: 'on', keys: ['u'], segments: RuntimeInput.create() }],
      }),
      new FmeFlagSetIndividualTargetsStep({ identifier: 'b', ...base, treatments: [] }),
    ]);
    expect(p).toBeValidHarnessPipeline();
  });
});
