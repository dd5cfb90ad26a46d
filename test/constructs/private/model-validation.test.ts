import { buildInConstruct } from '../../../src/constructs/private/model-validation';
import { fail, ValidationError } from '../../../src/core/errors';

describe('buildInConstruct', () => {
  test('returns what the build returns', () => {
    expect(buildInConstruct('team/x', () => 42)).toBe(42);
  });

  test('puts the construct path in front of a model error, keeping field, problem and fix', () => {
    let caught: unknown;
    try {
      buildInConstruct('team/x', () => fail("workflow 'wf'", 'owner', 'is bad', 'fix it'));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).message).toBe("team/x: workflow 'wf': owner: is bad. Fix: fix it");
    expect(caught).toMatchObject({ construct: 'team/x', path: "workflow 'wf'", field: 'owner', problem: 'is bad', fix: 'fix it' });
  });

  test('leaves errors that already name the construct (or a child), and other errors, as they are', () => {
    expect(() => buildInConstruct('team/x', () => fail('team/x', 'p', 'bad', 'f'))).toThrow(/^team\/x: p: bad\. Fix: f$/);
    expect(() => buildInConstruct('team/x', () => fail('team/x/Resource', 'p', 'bad', 'f'))).toThrow(
      /^team\/x\/Resource: p: bad\. Fix: f$/,
    );
    expect(() => buildInConstruct('team/x', () => fail('team/x: operationTimeout', 'timeout', 'bad', 'f'))).toThrow(
      /^team\/x: operationTimeout: timeout: bad\. Fix: f$/,
    );
    expect(() =>
      buildInConstruct('team/x', () => {
        throw new TypeError('boom');
      }),
    ).toThrow(/^boom$/);
  });

  test('a sibling whose path merely starts with the same text is still prefixed', () => {
    expect(() => buildInConstruct('team/x', () => fail('team/xy', 'p', 'bad', 'f'))).toThrow(/^team\/x: team\/xy: p: bad\. Fix: f$/);
  });
});
