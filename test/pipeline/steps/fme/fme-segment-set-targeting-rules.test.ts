import { FmeSegmentSetTargetingRulesStep } from '../../../../src/pipeline/steps/fme/fme-segment-set-targeting-rules';
import { FmeMatcherType } from '../../../../src/pipeline/steps/fme/fme-targeting-rule';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { segmentName: 'power_users', environment: 'Production' };
const rule = { condition: { rules: [{ type: FmeMatcherType.GREATER_THAN_OR_EQUAL_NUMBER, attribute: 'orders', value: 10 }] } };

describe('FmeSegmentSetTargetingRulesStep', () => {
  test('renders rules, exclusions, comment and title given', () => {
    const step = new FmeSegmentSetTargetingRulesStep({
      identifier: 's',
      ...base,
      rules: [rule],
      excludeKeys: ['bot'],
      title: 'Power users',
    });
    expect(renderedSteps(customPipeline([step]))[0].spec).toEqual({
      ...base,
      rules: [{ condition: { rules: [{ type: 'GREATER_THAN_OR_EQUAL_NUMBER', attribute: 'orders', value: 10 }] } }],
      excludeKeys: ['bot'],
      title: 'Power users',
    });
  });

  test('a step that sets nothing is refused; matchers are checked', () => {
    expect(thrownMessage(() => new FmeSegmentSetTargetingRulesStep({ identifier: 's', ...base, comment: 'x' }))).toBe(
      "step 's': spec: the step sets no rule and no exclusion, so it changes nothing. Fix: set at least one of rules, excludeKeys, excludeSegments",
    );
    expect(
      thrownMessage(() => new FmeSegmentSetTargetingRulesStep({ identifier: 's', ...base, rules: [{ condition: { rules: [] } }] })),
    ).toBe(
      "step 's': spec.rules[0].condition.rules: the condition has no matcher. Fix: give at least one matcher, e.g. { type: FmeMatcherType.IN_SEGMENT, value: [segment] }",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new FmeSegmentSetTargetingRulesStep({ identifier: 's', ...base, rules: [rule], excludeSegments: ['staff'], comment: 'c' }),
      ]),
    ).toBeValidHarnessPipeline();
  });
});
