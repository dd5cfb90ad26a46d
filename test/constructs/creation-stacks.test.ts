// Jest setup test/support/creation-stacks.ts: a creation stack (Error.captureStackTrace on a plain object, as cdktf and
// constructs record them) is formatted without source maps and still reads as V8 writes it; an error is formatted as
// before (its name, message and frames).
import { Lazy, Tokenization } from 'cdktf';

describe('creation stacks in tests', () => {
  test('cdktf records the creation stack of a token: one frame a line, this file among them', () => {
    const token = Lazy.stringValue({ produce: () => 'x' });
    const stack = Tokenization.reverseString(token).firstToken!.creationStack;
    expect(stack.length).toBeGreaterThan(1);
    expect(stack.some((frame) => frame.includes('creation-stacks.test.ts:'))).toBe(true);
    expect(stack.filter((frame) => frame.startsWith('at ') || frame.trim() === '')).toEqual([]);
  });

  test('a plain object gets the stack V8 writes: its text, then one frame a line', () => {
    const target = { stack: '' };
    Error.captureStackTrace(target);
    const [first, ...frames] = target.stack.split('\n');
    expect(first).toBe('[object Object]');
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((frame) => frame.startsWith('    at '))).toBe(true);
    expect(frames[0]).toContain('creation-stacks.test.ts:');
  });

  test('an error keeps its name, message and frames', () => {
    const [first, second] = new TypeError('wrong').stack!.split('\n');
    expect(first).toBe('TypeError: wrong');
    expect(second).toMatch(/^ {4}at .*creation-stacks\.test\.ts:\d+:\d+\)?$/);
  });
});
