import { Schema } from 'yaml';
import { readsAsNonString } from '../../src/core/yaml-non-string';
import { TRICKY_FRAGMENTS } from '../support/yaml-arbitraries';

describe('readsAsNonString', () => {
  test.each([
    ['null', ['', '~', 'null', 'Null', 'NULL']],
    ['YAML 1.1 booleans', ['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF']],
    ['YAML 1.2 booleans', ['true', 'True', 'TRUE', 'false', 'False', 'FALSE']],
    ['merge and value keys (YAML 1.1)', ['<<', '=']],
    ['decimal integers', ['0', '-0', '+12', '017', '09', '1_000', '-1_0', '1__']],
    ['binary, octal and hex integers', ['0b101', '-0b1_0', '0B1', '0o17', '+0o1_7', '0O17', '0x1F', '-0x_f', '0X1f']],
    ['floats', ['1.5', '.5', '1.', '.', '-.', '+1.5e3', '1e3', '1E-3', 'e3', '.e3', '1_0.0_1', '6.8523015e+5']],
    ['infinity and not-a-number', ['.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '-.nan']],
    ['base 60 (YAML 1.1)', ['1:20', '-1:20', '190:20:30', '1:20.5', '1:2', '12:30:00']],
    ['dates and timestamps (YAML 1.1)', ['2001-12-14', '2001-1-2', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5']],
    ['Go yaml.v2 numbers, where every `_` is dropped first', ['+_1', '-_1', '0_x1F', '1_._5', '._5']],
  ])('%s', (_kind, texts) => {
    expect(texts.filter((t) => !readsAsNonString(t))).toEqual([]);
  });

  test.each([
    'Run',
    'yes please',
    'nope',
    'Infinity',
    'NaN',
    '1.2.3',
    '1,000',
    '0x',
    '0b2',
    '0o8',
    '_1',
    '1:60',
    '1e',
    '12-14',
    '2001-12-14x',
    '2001-12-14 21:59',
    '<+input>',
    '${{ parameters.x }}',
    'tRUE',
    '<<<',
    '==',
  ])('%j reads as a string', (text) => {
    expect(readsAsNonString(text)).toBe(false);
  });

  /** Strings built from the tricky fragments, alone and in pairs, with signs and a dot in front. */
  const candidates = [
    ...new Set(
      TRICKY_FRAGMENTS.flatMap((a) => ['', '+', '-', '.', '0', '_'].flatMap((p) => [p + a, ...TRICKY_FRAGMENTS.map((b) => p + a + b)])),
    ),
  ];

  test.each([
    ['yaml-1.1', 'YAML 1.1 (as Harness reads it)'],
    ['core', 'YAML 1.2 core'],
    ['json', 'YAML 1.2 JSON'],
  ])('covers every scalar the yaml package resolves to a non-string with the %s schema (%s)', (schema) => {
    // Without the string tag and the JSON schema's catch-all for any other scalar (tag '').
    const tags = new Schema({ schema }).tags.filter((t) => t.default && t.tag && t.tag !== 'tag:yaml.org,2002:str' && t.test);
    const missed = candidates.filter((text) => tags.some((t) => t.test!.test(text)) && !readsAsNonString(text));
    expect(candidates.length).toBeGreaterThan(100_000);
    expect(missed).toEqual([]);
  });
});
