// Property-based test over random valid configurations (a small seeded run; `npm run fuzz` runs 5,000 and more).
// Every escaped string they synthesize is also evaluated by Terraform in the suite's global round trip.
import fc from 'fast-check';
import { configurationArbitrary } from '../support/fuzz/configurations';
import { propertiesOf } from '../support/fuzz/check';

describe('random configurations of the patterns and of raw pipelines and workflows', () => {
  test('synthesize without throwing, byte-deterministic, schema-valid, every text written as given (NFC)', () => {
    fc.assert(
      fc.property(configurationArbitrary, (c) => {
        expect(propertiesOf(c).failures).toEqual([]);
      }),
      { seed: 20261206, numRuns: Number(process.env.FUZZ_TEST_RUNS ?? 12) },
    );
  });
});
