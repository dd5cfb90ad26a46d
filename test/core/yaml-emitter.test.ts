import { parse } from 'yaml';
import { DoubleQuoted } from '../../src/core/yaml';
import { emitDocument, UNSUPPORTED } from '../../src/core/yaml-emitter';
import { packageYaml } from '../../src/core/yaml-package';
import { referenceCorpus, snapshotDocuments } from '../support/yaml-corpus';

/** The emitter's output, after checking that the yaml package (the oracle) writes the same bytes. */
function emitted(value: unknown): string {
  const yaml = emitDocument(value);
  expect(yaml).toBe(packageYaml(value));
  return yaml;
}

describe('emitter and the yaml package write the same documents', () => {
  const snapshots = snapshotDocuments();

  test('the YAML snapshots of the test suite are found', () => {
    expect(snapshots.length).toBeGreaterThanOrEqual(19);
  });

  test.each(snapshots.map((d) => [d.name, d] as const))('snapshot %s, parsed and written again, is byte-identical', (_name, doc) => {
    expect(emitted(doc.value)).toBe(doc.text);
  });

  test.each(referenceCorpus().map((d) => [d.name, d] as const))('Harness reference %s', (_name, doc) => {
    expect(emitDocument(doc.value)).toBe(packageYaml(doc.value));
  });
});

describe('emitter shapes', () => {
  test('nested mappings and sequences, empty ones inline', () => {
    expect(emitted({ a: { b: [1, [2, []], { c: {} }], d: [] }, e: {} })).toBe(
      ['a:', '  b:', '    - 1', '    - - 2', '      - []', '    - c: {}', '  d: []', 'e: {}', ''].join('\n'),
    );
    expect(emitted([])).toBe('[]\n');
    expect(emitted({})).toBe('{}\n');
    expect(emitted([[{ a: 1, b: 2 }]])).toBe('- - a: 1\n    b: 2\n');
  });

  test('undefined entries are left out, undefined items and holes are null, objects without prototype are mappings', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { k: 'v' });
    // biome-ignore lint/suspicious/noSparseArray: a hole is written as null
    expect(emitted({ a: undefined, b: [undefined, , null], c: bare, d: { only: undefined } })).toBe(
      'b:\n  - null\n  - null\n  - null\nc:\n  k: v\nd: {}\n',
    );
  });

  test('numbers, booleans and null as the yaml package writes them', () => {
    expect(
      emitted([0, -0, 1.5, -2e-7, 1e21, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, true, false, null]),
    ).toBe('- 0\n- -0\n- 1.5\n- -2e-7\n- 1e+21\n- 9007199254740992\n- .nan\n- .inf\n- -.inf\n- true\n- false\n- null\n');
  });

  test.each([
    ['no final line break: strip', 'a\nb', '|-\n    a\n    b'],
    ['one final line break: clip', 'a\nb\n', '|\n    a\n    b'],
    ['more final line breaks: keep', 'a\n\n', '|+\n    a\n'],
    ['a first line starting with a space: indentation indicator', ' a\nb', '|2-\n     a\n    b'],
    ['leading empty lines before a space', '\n\n  a\n', '|2\n    \n\n      a'],
    ['empty lines inside keep no indentation', 'a\n\n\nb', '|-\n    a\n\n\n    b'],
    ['a tab at the start needs no indicator', '\ta\nb', '|-\n    \ta\n    b'],
    ['a last line of spaces cannot be a block', 'a\n  ', '"a\\n  "'],
    ['a line that looks like a document marker', 'a\n---\n...', '|-\n    a\n    ---\n    ...'],
  ])('multi-line text is a literal block: %s', (_case, text, block) => {
    expect(emitted({ k: { v: text } })).toBe(`k:\n  v: ${block}\n`);
    expect(parse(emitted({ k: { v: text } }), { version: '1.1' })).toEqual({ k: { v: text } });
  });

  test('quoted text: double quotes, single quotes when it holds " and no \', escapes for controls', () => {
    expect(emitted({ a: 'x: y', b: '"x": y', c: `'it's "x"`, d: 'a\rb', e: '#x', f: "'x'", g: 'x\ud800', h: `it's "x"` })).toBe(
      `a: "x: y"\nb: '"x": y'\nc: "'it's \\"x\\""\nd: "a\\rb"\ne: "#x"\nf: "'x'"\ng: "x\\ud800"\nh: it's "x"\n`,
    );
  });

  test('keys: quoted like values, multi-line keys double-quoted, document markers quoted at the root only', () => {
    expect(emitted({ 'a\nb': 1, 'x: y': 2, '---': { '---': '---' }, on: [{ '...': 3 }] })).toBe(
      '"a\\nb": 1\n"x: y": 2\n"---":\n  ---: ---\n"on":\n  - ...: 3\n',
    );
  });

  test('keys over 1024 characters are explicit keys', () => {
    const key = 'k'.repeat(1025);
    expect(emitted({ [key]: 'v', list: [{ [key]: { a: 1 } }], none: { [key]: null } })).toBe(
      `? ${key}\n: v\nlist:\n  - ? ${key}\n    : a: 1\nnone:\n  ? ${key}\n  : null\n`,
    );
    expect(emitted({ ['k'.repeat(1024)]: 1 })).toBe(`${'k'.repeat(1024)}: 1\n`);
  });

  test('a long double-quoted value writes its line breaks as real ones; a short one or a key escapes them', () => {
    const long = `${'x'.repeat(40)}\n\ny\n z`;
    expect(emitted({ l: new DoubleQuoted(long), s: new DoubleQuoted('a\nb'), [`k\x01${long}`]: 1 })).toBe(
      `l: "${'x'.repeat(40)}\n\n\n  y\n\n  \\ z"\ns: "a\\nb"\n"k\\x01${'x'.repeat(40)}\\n\\ny\\n z": 1\n`,
    );
  });

  test('a document that is a scalar', () => {
    expect(emitted('text')).toBe('text\n');
    expect(emitted('yes')).toBe('"yes"\n');
    expect(emitted('%x')).toBe('"%x"\n');
    expect(emitted(new DoubleQuoted('---'))).toBe('"---"\n');
    expect(emitted(12)).toBe('12\n');
    expect(emitted(null)).toBe('null\n');
  });

  test.each([
    ['undefined at the root', undefined],
    ['a Date', { d: new Date(0) }],
    ['a Map', [new Map()]],
    ['a Set', { s: new Set() }],
    ['a BigInt', { n: BigInt(1) }],
    ['a symbol', { s: Symbol('s') }],
    ['a function', [() => 1]],
    ['an object with toJSON', { t: { toJSON: () => 1 } }],
    ['an iterable object', { i: { [Symbol.iterator]: [][Symbol.iterator] } }],
  ])('%s is left to the yaml package', (_kind, value) => {
    expect(() => emitDocument(value)).toThrow();
    try {
      emitDocument(value);
    } catch (e) {
      expect(e).toBe(UNSUPPORTED);
    }
  });
});

describe('where the emitter deliberately differs from the yaml package', () => {
  test.each([
    ['DEL and C1 controls are escaped (YAML 1.1 readers reject them raw)', 'a\x7fb\x9f', '"a\\x7fb\\x9f"', '"a\x7fb\x9f"'],
    ['NEL is escaped (a line break in YAML 1.1)', 'a\x85b', '"a\\Nb"', '"a\x85b"'],
    ['LS and PS are escaped (line breaks in YAML 1.1)', 'a\u2028b\u2029', '"a\\Lb\\P"', 'a\u2028b\u2029'],
    ['a byte order mark and non-characters are escaped', '\ufeffa\ufffe', '"\\ufeffa\\ufffe"', '\ufeffa\ufffe'],
    ['whitespace-only text starting with a space is quoted', ' \n\t\n', '"\\ \\n\\t\\n"', '|+\n     \n    \t'],
    [
      'a space line between line breaks is escaped once',
      new DoubleQuoted(`${'x'.repeat(40)}\n \n`),
      `"${'x'.repeat(40)}\n\n    \\ \\n"`,
      `"${'x'.repeat(40)}\n\n    \\\\ \\n"`,
    ],
  ])('%s', (_case, value, written, packageWrites) => {
    const text = value instanceof DoubleQuoted ? value.value : value;
    const yaml = emitDocument({ k: { v: value } });
    expect(yaml).toBe(`k:\n  v: ${written}\n`);
    expect(packageYaml({ k: { v: value } })).toBe(`k:\n  v: ${packageWrites}\n`);
    expect(parse(yaml, { version: '1.1' })).toEqual({ k: { v: text } });
    expect(parse(yaml, { version: '1.2' })).toEqual({ k: { v: text } });
  });

  test('a document that is a multi-line string is indented by two spaces', () => {
    expect(emitDocument(' a\n-\n')).toBe('|2\n   a\n  -\n');
    expect(packageYaml(' a\n-\n')).toBe('|1\n a\n-\n');
    expect(parse(emitDocument(' a\n-\n'), { version: '1.1' })).toBe(' a\n-\n');
  });
});
