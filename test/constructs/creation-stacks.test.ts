// Jest setup test/support/creation-stacks.ts: a creation stack (Error.captureStackTrace on a plain object, as cdktf and
// constructs record them) is formatted without source maps and still reads as V8 writes it; an error keeps its name,
// message and frames, with the project's frames mapped to the TypeScript source and node_modules frames as node runs them.
import { readFileSync } from 'node:fs';
import { Lazy, type TerraformStack, Testing, Tokenization } from 'cdktf';

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

describe('error stacks in tests', () => {
  /** The stack of the error `act` throws. */
  function thrownStack(act: () => unknown): string {
    try {
      act();
    } catch (e) {
      return (e as Error).stack!;
    }
    throw new Error('expected act to throw');
  }

  test("a frame in node_modules keeps the JavaScript file and position node runs; the project's frames are mapped to the TypeScript source", () => {
    const stack = thrownStack(() => Testing.synth(undefined as unknown as TerraformStack));
    const frames = stack.split('\n').slice(1);
    const cdktfFrames = frames.filter((frame) => /[\\/]node_modules[\\/]cdktf[\\/]/.test(frame));
    expect(cdktfFrames.length).toBeGreaterThan(0);
    for (const frame of cdktfFrames) expect(frame).toMatch(/[\\/]node_modules[\\/]cdktf[\\/]lib[\\/][\w/\\.-]+\.js:\d+:\d+\)?$/);
    const line =
      readFileSync(__filename, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('thrownStack(() => Testing.synth')) + 1;
    expect(frames.find((frame) => frame.includes('creation-stacks.test.ts:'))).toMatch(
      new RegExp(`creation-stacks\\.test\\.ts:${line}:\\d+\\)?$`),
    );
  });
});
