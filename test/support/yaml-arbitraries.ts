// Test support (not a test): fast-check arbitraries for the YAML writer, shared by test/core/yaml-property.test.ts
// and scripts/fuzz-yaml.js. Random nested plain data whose strings are built from fragments that YAML treats
// specially: indicators, comment and mapping markers, expressions of Harness, IDP and Terraform, line breaks, tabs,
// CR, controls, line separators, byte order marks, lone surrogates, and text that reads as a number, bool, null or date.
import fc from 'fast-check';
import { DoubleQuoted } from '../../src/core/yaml';
import { differsFromPackage, documentDiffersFromPackage } from './yaml-differences';

/** Fragments that YAML treats specially, alone or inside a string. */
export const TRICKY_FRAGMENTS: readonly string[] = [
  ...['', ' ', '  ', '\t', '\n', '\n\n', '\r', '\r\n', ' \n', '\n ', '\t\n', '\n\t'],
  ...['#', ' #', '# ', ':', ': ', ' :', '- ', '-', '? ', '?', ',', '[', ']', '{', '}', '[]', '{}', '|', '>', '|-', '>+'],
  ...['&a', '*a', '!', '!!str', '%', '%YAML 1.1', '@', '`', '"', "'", '\\', '\\n', '---', '...', '--- ', '... x', '<<', '='],
  ...['${{ parameters.x }}', '<+pipeline.variables.x>', '<+input>.default(a)', '%{ if x }', '${HOME}', '$${x}', '%%{'],
  ...['~', 'null', 'Null', 'NULL', 'true', 'False', 'yes', 'No', 'on', 'OFF', 'y', 'N', 'Yes please'],
  ...['0', '-0', '+12', '017', '0o17', '0O17', '0b101', '0x1F', '0X1f', '1_000', '+_1', '0_x1F', '1:20', '-1:20:30.5'],
  ...['1.5', '.5', '1.', '-.', '.', '1e3', 'e3', '1.5E-3', '.inf', '-.Inf', '.NaN', '+.nan', '1.2.3', '1,000', 'Infinity'],
  ...['2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '2001-1-2', '12:30', '0:0'],
  ...['\x00', '\x01', '\x07', '\x0b', '\x1b', '\x7f', '\x80', '\x85', '\x9f', '\xa0', '\u2028', '\u2029', '\ufeff', '\ufffe'],
  ...['\uffff', '\ud800', '\udc00', '\ud83d\ude00', 'é', 'e\u0301', 'ß', '中文', 'עברית', '\u200b'],
  ...['a', 'key', 'Run', 'x y', 'http://x/y?a=b#c', 'a: b', 'a #b', 'a#b', "it's", 'say "hi"', `'"`],
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TRICKY_FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A long line (no folding may happen) or a long key (keys over 1,024 characters are written as explicit keys). */
const long = fc.tuple(fc.constantFrom('x', 'a b ', 'é', '"'), fc.integer({ min: 100, max: 1100 })).map(([s, n]) => s.repeat(n));

/** A string of tricky fragments, sometimes several lines of them, sometimes very long. */
export const trickyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(fragment, { maxLength: 5 }).map((parts) => parts.join('')) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.array(fragment, { maxLength: 3 }), { minLength: 2, maxLength: 5 })
      .map((l) => l.map((p) => p.join('')).join('\n')),
  },
  { weight: 1, arbitrary: long },
);

/** Plain data as `toYaml` gets it (mostly a mapping, sometimes a sequence or a scalar), with strings from `text`. */
function documentsOf(text: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const scalar: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 10, arbitrary: text },
    { weight: 1, arbitrary: text.map((s) => new DoubleQuoted(s)) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null, undefined, 0, -0, 1e21, 2 ** 53 + 2, 1e-7) },
  );
  // Nested plain objects (some without a prototype) and arrays.
  const tree = fc.letrec<{ tree: unknown }>((tie) => ({
    tree: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'tree', withCrossShrink: true },
      { weight: 3, arbitrary: scalar },
      { weight: 3, arbitrary: fc.dictionary(text, tie('tree'), { maxKeys: 5 }) },
      { weight: 2, arbitrary: fc.array(tie('tree'), { maxLength: 5 }) },
    ),
  })).tree;
  return fc.oneof(
    { weight: 6, arbitrary: fc.dictionary(text, tree, { maxKeys: 6 }) },
    { weight: 2, arbitrary: fc.array(tree, { maxLength: 6 }) },
    { weight: 1, arbitrary: scalar.filter((v) => v !== undefined) },
  );
}

/** Random documents with tricky strings. */
export const yamlDocument: fc.Arbitrary<unknown> = documentsOf(trickyString);

/** Random documents with tricky strings, none of which the kernel writes differently from the `yaml` package. */
export const packageComparableDocument: fc.Arbitrary<unknown> = documentsOf(trickyString.filter((t) => !differsFromPackage(t))).filter(
  (doc) => !documentDiffersFromPackage(doc),
);

/** What a YAML reader gives back for `value`: strings for quoted strings, no undefined entries, null in sequences. */
export function expectedReading(value: unknown): unknown {
  if (value instanceof DoubleQuoted) return value.value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : expectedReading(v)));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    if (v !== undefined) Object.defineProperty(out, k, { value: expectedReading(v), enumerable: true });
  return out;
}
