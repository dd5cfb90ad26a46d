import { parse } from 'yaml';
import { DoubleQuoted, toYaml } from '../../src/core/yaml';
import { packageYaml } from '../../src/core/yaml-package';
import { TRICKY_FRAGMENTS } from '../support/yaml-arbitraries';

/** The strings of the quoting proof: every tricky fragment, every pair of them, and signs, dots and digits before them. */
function trickyStrings(): string[] {
  const prefixes = ['', '+', '-', '.', '0', '1', '_', ' ', 'a'];
  const out = new Set<string>();
  for (const a of TRICKY_FRAGMENTS) {
    for (const p of prefixes) out.add(p + a).add(`${a}${p}`);
    for (const b of TRICKY_FRAGMENTS) out.add(a + b);
  }
  return [...out];
}

/**
 * The strings of `texts` that a YAML `version` reader does not read back as themselves from toYaml's output: as a
 * key of the root mapping (where `---` must be quoted) and of a nested one, and as a value.
 */
function notReadBack(texts: readonly string[], version: '1.1' | '1.2'): string[] {
  const wrong: string[] = [];
  for (let i = 0; i < texts.length; i += 1000) {
    const chunk = texts.slice(i, i + 1000);
    const back = parse(toYaml(Object.fromEntries(chunk.map((t) => [t, { [t]: t }]))), { version });
    for (const t of chunk) if (back[t]?.[t] !== t) wrong.push(t);
  }
  return wrong;
}

describe('toYaml quoting for YAML 1.1 and YAML 1.2 readers', () => {
  // toYaml writes NFC (tested below); the strings that NFC leaves alone read back exactly.
  const texts = trickyStrings().filter((t) => t === t.normalize('NFC'));

  test.each(['1.1', '1.2'] as const)('tricky strings read back as themselves with YAML %s, as keys and as values', (version) => {
    expect(texts.length).toBeGreaterThan(20_000);
    expect(notReadBack(texts, version)).toEqual([]);
  });

  test('writes Unicode NFC, the form Terraform deploys: text that NFC changes reads back normalized', () => {
    const changed = trickyStrings().filter((t) => t !== t.normalize('NFC'));
    expect(changed.length).toBeGreaterThan(0);
    const values = Object.fromEntries(changed.map((t, i) => [`k${i}`, t]));
    const back = parse(toYaml(values), { version: '1.1' });
    expect(back).toEqual(Object.fromEntries(changed.map((t, i) => [`k${i}`, t.normalize('NFC')])));
  });

  test('strings that YAML 1.2 reads as numbers are quoted, although YAML 1.1 would read them as strings', () => {
    expect(toYaml({ tags: { a: '0o17' }, title: '0o1742', big: '0O17', hex: '0X1f' })).toBe(
      'tags:\n  a: "0o17"\ntitle: "0o1742"\nbig: "0O17"\nhex: "0X1f"\n',
    );
    expect(parse('title: 0o1742', { version: '1.2' })).toEqual({ title: 994 });
  });

  test('the YAML 1.1 merge key and value key are quoted as keys and as values', () => {
    const yaml = toYaml({ '<<': '<<', '=': '=' });
    expect(yaml).toBe('"<<": "<<"\n"=": "="\n');
    expect(parse(yaml, { version: '1.1' })).toEqual({ '<<': '<<', '=': '=' });
  });

  test.each([
    ['yes', '"yes"'],
    ['1e3', '"1e3"'],
    ['0x1F', '"0x1F"'],
    ['.inf', '".inf"'],
    ['~', '"~"'],
    ['2001-12-14', '"2001-12-14"'],
    ['1:20', '"1:20"'],
    ['0b101', '"0b101"'],
    ['+12', '"+12"'],
    ['1_000', '"1_000"'],
    ['.5', '".5"'],
    ['+_1', '"+_1"'],
    ["it's 1.5", "it's 1.5"],
    ['"1.5"', `'"1.5"'`],
    ['1.2.3', '1.2.3'],
  ])('%j is written %s', (text, written) => {
    expect(toYaml({ v: text })).toBe(`v: ${written}\n`);
  });
});

describe('toYaml DoubleQuoted', () => {
  test('double-quotes a string whatever its content', () => {
    expect(toYaml({ name: new DoubleQuoted('<+pipeline.variables.name>'), list: [new DoubleQuoted('plain')] })).toBe(
      'name: "<+pipeline.variables.name>"\nlist:\n  - "plain"\n',
    );
  });

  test('escapes like the yaml package: named escapes, and line breaks of long text as real line breaks', () => {
    const text = `${'a'.repeat(30)}\n second line\t"quoted"\\ end`;
    expect(toYaml({ d: new DoubleQuoted(text), e: new DoubleQuoted('x\x00\x1b') })).toBe(
      `d: "${'a'.repeat(30)}\n\n  \\ second line\\t\\"quoted\\"\\\\ end"\ne: "x\\0\\e"\n`,
    );
    expect(toYaml({ d: new DoubleQuoted(text) })).toBe(packageYaml({ d: new DoubleQuoted(text) }));
    expect(parse(toYaml({ d: new DoubleQuoted(text) }), { version: '1.1' })).toEqual({ d: text });
  });
});

describe('toYaml values other than plain data go to the yaml package', () => {
  class Point {
    constructor(
      public readonly x: number,
      public readonly y: string,
    ) {}
  }

  test.each([
    ['a Date (a YAML 1.1 timestamp)', { at: new Date(Date.UTC(2001, 11, 14)) }, 'at: 2001-12-14\n'],
    ['a Map (a YAML 1.1 ordered map)', { m: new Map<unknown, unknown>([['on', 1]]) }, 'm: !!omap\n  - "on": 1\n'],
    ['a BigInt', { big: BigInt(2) ** BigInt(64) }, 'big: 18446744073709551616\n'],
    ['a class instance (its own fields)', { p: new Point(1, 'yes') }, 'p:\n  x: 1\n  "y": "yes"\n'],
    ['an object with toJSON', { t: { toJSON: () => ['0o17'] } }, 't:\n  - "0o17"\n'],
  ])('%s, with the same quoting', (_kind, value, yaml) => {
    expect(toYaml(value)).toBe(yaml);
    expect(toYaml(value)).toBe(packageYaml(value));
  });

  test('undefined at the root writes nothing, as the yaml package does', () => {
    expect(toYaml(undefined)).toBeUndefined();
  });

  test('a function is an error of the yaml package', () => {
    expect(() => toYaml({ f: () => 1 })).toThrow('Tag not resolved for Function value');
  });
});
