import { FmeSegmentCreateStep, FmeSegmentType } from '../../../../src/pipeline/steps/fme/fme-segment-create';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { segmentName: 'beta_users', trafficType: 'user', segmentType: FmeSegmentType.STANDARD };

describe('FmeSegmentCreateStep', () => {
  test('renders name, traffic type, segment type and the optional fields given', () => {
    const step = new FmeSegmentCreateStep({ identifier: 's', ...base, segmentDescription: 'Beta testers', owners: ['qa'], tags: ['beta'] });
    expect(renderedSteps(customPipeline([step]))[0].spec).toEqual({
      name: 'beta_users',
      trafficType: 'user',
      segmentType: 'Standard',
      description: 'Beta testers',
      owners: ['qa'],
      tags: ['beta'],
    });
  });

  describe('validation', () => {
    test('segment type: the schema casing', () => {
      expect(thrownMessage(() => new FmeSegmentCreateStep({ identifier: 's', ...base, segmentType: 'rule_based' as FmeSegmentType }))).toBe(
        "step 's': spec.segmentType: 'rule_based' is not a segment type. Fix: use one of Standard, Large, RuleBased (this casing), or an expression",
      );
    });

    test('owners: at least one when given; tags: at most 20', () => {
      expect(thrownMessage(() => new FmeSegmentCreateStep({ identifier: 's', ...base, owners: [] }))).toBe(
        "step 's': spec.owners: is empty. Fix: list at least one owner, or leave owners out",
      );
      expect(
        thrownMessage(() => new FmeSegmentCreateStep({ identifier: 's', ...base, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) })),
      ).toBe("step 's': spec.tags: has 21 tags; the schema allows at most 20. Fix: keep at most 20 tags");
    });
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([new FmeSegmentCreateStep({ identifier: 's', ...base, segmentType: FmeSegmentType.RULE_BASED })]),
    ).toBeValidHarnessPipeline();
  });
});
