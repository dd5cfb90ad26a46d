import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { SynthPassCache } from '../../../src/constructs/private/synth-pass-cache';

describe('SynthPassCache', () => {
  test('computes every time outside a synthesis', () => {
    const cache = new SynthPassCache(new Construct(new TerraformStack(Testing.app(), 's'), 'c'));
    let n = 0;
    cache.get('k', () => ++n);
    cache.get('k', () => ++n);
    expect(n).toBe(2);
  });

  test('computes once per synthesis, and again in the next one', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const cache = new SynthPassCache(new Construct(stack, 'c'));
    let n = 0;
    Testing.synth(stack);
    expect([cache.get('k', () => ++n), cache.get('k', () => ++n)]).toEqual([1, 1]);
    Testing.synth(stack);
    expect(cache.get('k', () => ++n)).toBe(2);
  });
});
