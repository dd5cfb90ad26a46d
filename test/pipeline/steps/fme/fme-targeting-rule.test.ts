import { RuntimeInput } from '../../../../src/core/runtime-input';
import {
  checkCondition,
  checkTargetingRules,
  FmeMatcherType,
  type FmeTargetingRule,
  renderTargetingRules,
} from '../../../../src/pipeline/steps/fme/fme-targeting-rule';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { thrownMessage } from '../support';

const beta: FmeTargetingRule = {
  condition: { rules: [{ type: FmeMatcherType.IN_SEGMENT, value: ['beta_users'] }] },
  allocation: [
    { treatment: 'on', size: 100 },
    { treatment: 'off', size: 0 },
  ],
};

describe('FME targeting rules', () => {
  test('render with the schema field names', () => {
    const rules: FmeTargetingRule[] = [
      beta,
      {
        condition: {
          rules: [
            { type: FmeMatcherType.IN_SPLIT, feature_flag: 'parent_flag', value: ['on'] },
            { type: FmeMatcherType.BETWEEN_NUMBER, attribute: 'age', negate: true, value: { from: 18, to: 30 } },
          ],
        },
        allocation: RuntimeInput.create(),
      },
    ];
    expect(() => checkTargetingRules(rules, 'w', 'spec.targetingRules')).not.toThrow();
    expect(renderTargetingRules(rules)).toEqual([
      {
        condition: { rules: [{ type: 'IN_SEGMENT', value: ['beta_users'] }] },
        allocation: [
          { treatment: 'on', size: 100 },
          { treatment: 'off', size: 0 },
        ],
      },
      {
        condition: {
          rules: [
            { type: 'IN_SPLIT', feature_flag: 'parent_flag', value: ['on'] },
            { type: 'BETWEEN_NUMBER', attribute: 'age', negate: true, value: { from: 18, to: 30 } },
          ],
        },
        allocation: rules[1].allocation,
      },
    ]);
  });

  test('an empty list clears the rules; undefined is refused', () => {
    expect(() => checkTargetingRules([], 'w', 'spec.targetingRules')).not.toThrow();
    expect(thrownMessage(() => checkTargetingRules(undefined, 'w', 'spec.targetingRules'))).toBe(
      'w: spec.targetingRules: is required. Fix: pass a list of rules ([] clears them) or an expression',
    );
  });

  test('matcher rules', () => {
    expect(thrownMessage(() => checkCondition({ rules: [] }, 'w', 'r'))).toBe(
      'w: r.condition.rules: the condition has no matcher. Fix: give at least one matcher, e.g. { type: FmeMatcherType.IN_SEGMENT, value: [segment] }',
    );
    expect(thrownMessage(() => checkCondition({ rules: [{ type: 'IN_LIST' as FmeMatcherType }] }, 'w', 'r'))).toBe(
      "w: r.condition.rules[0].type: 'IN_LIST' is not a matcher type. Fix: use an FmeMatcherType value, e.g. FmeMatcherType.IN_SEGMENT",
    );
    expect(thrownMessage(() => checkCondition({ rules: [{ type: FmeMatcherType.IN_SPLIT, value: ['on'] }] }, 'w', 'r'))).toBe(
      'w: r.condition.rules[0].feature_flag: is required. Fix: give the flag name or an expression',
    );
    expect(thrownMessage(() => checkCondition({ rules: [{ type: FmeMatcherType.IN_SEGMENT, feature_flag: 'f' }] }, 'w', 'r'))).toBe(
      'w: r.condition.rules[0].feature_flag: only an IN_SPLIT matcher depends on a flag, this one is IN_SEGMENT. Fix: remove feature_flag',
    );
    expect(thrownMessage(() => checkCondition({ rules: [{ type: FmeMatcherType.BETWEEN_DATE, value: 5 }] }, 'w', 'r'))).toBe(
      'w: r.condition.rules[0].value: a BETWEEN_DATE matcher needs a range. Fix: give value: { from, to }',
    );
    expect(
      thrownMessage(() => checkCondition({ rules: [{ type: FmeMatcherType.EQUAL_NUMBER, value: { from: 1, to: 2 } }] }, 'w', 'r')),
    ).toBe('w: r.condition.rules[0].value: only BETWEEN_* matchers take a range, this one is EQUAL_NUMBER. Fix: give one value or a list');
    const v = PipelineVariable.string('v');
    expect(thrownMessage(() => checkCondition({ rules: [{ type: FmeMatcherType.IN_LIST_STRING, value: ['a', `x${v}`] }] }, 'w', 'r'))).toBe(
      'w: r.condition.rules[0].value[1]: mixes literal text and expressions; the schema accepts plain text or text that starts with an expression. Fix: use plain text, or start the text with the expression',
    );
  });

  test('rule allocations add up to 100', () => {
    expect(
      thrownMessage(() => checkTargetingRules([{ ...beta, allocation: [{ treatment: 'on', size: 90 }] }], 'w', 'spec.targetingRules')),
    ).toBe('w: spec.targetingRules[0].allocation: the sizes add up to 90, not 100. Fix: give sizes that add up to 100');
  });
});
