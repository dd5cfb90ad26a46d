import fc from 'fast-check';
import { parse } from 'yaml';
import { emitDocument } from '../../src/core/yaml-emitter';
import { packageYaml } from '../../src/core/yaml-package';
import { expectedReading, packageComparableDocument, yamlDocument } from '../support/yaml-arbitraries';

// Random nested plain data with tricky strings (test/support/yaml-arbitraries.ts). Seeded, so that a run is
// reproducible; `npm run fuzz:yaml` runs the same properties longer and with other seeds.
const SEED = 20_251_206;

describe('the YAML emitter on random documents', () => {
  test('writes the bytes the yaml package writes (for strings outside the documented differences)', () => {
    fc.assert(
      fc.property(packageComparableDocument, (doc) => {
        expect(emitDocument(doc)).toBe(packageYaml(doc));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  test.each(['1.1', '1.2'] as const)('is read back as the same data by a YAML %s reader', (version) => {
    fc.assert(
      fc.property(yamlDocument, (doc) => {
        expect(parse(emitDocument(doc), { version })).toEqual(expectedReading(doc));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
