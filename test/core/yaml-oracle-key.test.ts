// The YAML oracle check (test/support/yaml-oracle-check.ts) asks the yaml package once per document structure: the
// key must tell apart every two documents the yaml package may write differently, and refuse what it cannot describe.
import { DoubleQuoted } from '../../src/core/yaml';
import { structureKey } from '../support/structure-key';

describe('structureKey', () => {
  test('one key for documents of the same structure, built apart', () => {
    const doc = () => ({ pipeline: { name: 'p', tags: { a: '1' }, steps: [{ n: 1.5 }, { q: new DoubleQuoted('x') }, null, true] } });
    expect(structureKey(doc())).toBe(structureKey(doc()));
    expect(structureKey(doc())).toBe('{"pipeline":{"name":"p","tags":{"a":"1"},"steps":[{"n":1.5},{"q":Q"x"},null,true]}}');
  });

  test('a shared (not cyclic) object is described at each place', () => {
    const shared = { a: 'x' };
    expect(structureKey({ b: shared, c: [shared] })).toBe('{"b":{"a":"x"},"c":[{"a":"x"}]}');
  });

  test.each([
    ['key order', { a: 1, b: 2 }, { b: 2, a: 1 }],
    ['string and number', { a: '1' }, { a: 1 }],
    ['string and boolean', ['true'], [true]],
    ['string and null', ['null'], [null]],
    ['null and undefined', { a: null }, { a: undefined }],
    ['undefined and missing', { a: undefined }, {}],
    ['0 and -0', [0], [-0]],
    ['NaN and Infinity', [Number.NaN], [Number.POSITIVE_INFINITY]],
    ['a double-quoted and a plain string', [new DoubleQuoted('x')], ['x']],
    ['a double-quoted string and an object with its value', [new DoubleQuoted('x')], [{ value: 'x' }]],
    ['an array and an object with index keys', ['a'], { 0: 'a' }],
    ['a plain and a null-prototype object', { a: 1 }, Object.assign(Object.create(null), { a: 1 })],
    ['strings with quotes and separators', { 'a":"b': 'c' }, { a: 'b":"c' }],
    ['unicode normal forms', ['é'], ['e\u0301']],
  ])('tells apart: %s', (_what, a, b) => {
    expect(structureKey(a)).toBeDefined();
    expect(structureKey(b)).toBeDefined();
    expect(structureKey(a)).not.toBe(structureKey(b));
  });

  test.each([
    ['a class instance', { a: new (class Box {})() }],
    ['a Map', { a: new Map() }],
    ['a Date', [new Date(0)]],
    ['a function', { a: () => 1 }],
    ['a symbol', [Symbol('s')]],
    ['a big integer', [1n]],
    ['a sparse array', Object.assign(new Array<unknown>(3), { 0: 1, 2: 3 })],
    ['an array with an extra property', Object.assign(['a'], { extra: 1 })],
  ])('has no key (the document is always rendered): %s', (_what, doc) => {
    expect(structureKey(doc)).toBeUndefined();
  });

  test('has no key for a cyclic document', () => {
    const doc: Record<string, unknown> = { a: 1 };
    doc.self = doc;
    expect(structureKey(doc)).toBeUndefined();
    const list: unknown[] = [];
    list.push({ list });
    expect(structureKey(list)).toBeUndefined();
  });
});
