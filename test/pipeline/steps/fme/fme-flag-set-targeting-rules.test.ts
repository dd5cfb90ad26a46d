import { FmeFlagSetTargetingRulesStep } from '../../../../src/pipeline/steps/fme/fme-flag-set-targeting-rules';
import { FmeMatcherType } from '../../../../src/pipeline/steps/fme/fme-targeting-rule';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { flagName: 'new_checkout', environment: 'Production' };
const beta = {
  condition: { rules: [{ type: FmeMatcherType.IN_SEGMENT, value: ['beta_users'] }] },
  allocation: [{ treatment: 'on', size: 100 }],
};

describe('FmeFlagSetTargetingRulesStep', () => {
  test('renders the rules, and [] to clear them', () => {
    const [a, b] = renderedSteps(
      customPipeline([
        new FmeFlagSetTargetingRulesStep({ identifier: 'a', ...base, targetingRules: [beta] }),
        new FmeFlagSetTargetingRulesStep({ identifier: 'b', ...base, targetingRules: [] }),
      ]),
    );
    expect(a.spec).toEqual({
      ...base,
      targetingRules: [
        { condition: { rules: [{ type: 'IN_SEGMENT', value: ['beta_users'] }] }, allocation: [{ treatment: 'on', size: 100 }] },
      ],
    });
    expect(b.spec).toEqual({ ...base, targetingRules: [] });
  });

  test('the rules are required', () => {
    expect(thrownMessage(() => new FmeFlagSetTargetingRulesStep({ identifier: 's', ...base } as any))).toBe(
      "step 's': spec.targetingRules: is required. Fix: pass a list of rules ([] clears them) or an expression",
    );
  });

  test('validates against the Harness schema', () => {
    const range = {
      condition: { rules: [{ type: FmeMatcherType.BETWEEN_NUMBER, attribute: 'age', value: { from: 18, to: 30 } }] },
      allocation: [{ treatment: 'off', size: 100 }],
    };
    expect(
      customPipeline([new FmeFlagSetTargetingRulesStep({ identifier: 's', ...base, targetingRules: [beta, range] })]),
    ).toBeValidHarnessPipeline();
  });
});
