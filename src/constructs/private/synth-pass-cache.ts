import { Aspects } from 'cdktf';
import type { IConstruct } from 'constructs';

/**
 * Remembers values computed from a model for one synthesis. `app.synth()` resolves a resource's lazy attributes
 * more than once and runs validations before that; rendering a pipeline or workflow each time would repeat the
 * same work. Every synthesis starts with CDKTF invoking the aspects, so an aspect on the owning construct starts
 * a new pass: values computed in the previous synthesis are dropped, and changes made between syntheses show.
 * Outside a synthesis (no aspect has run yet) nothing is cached.
 */
export class SynthPassCache {
  private pass = 0;
  private readonly values = new Map<string, { pass: number; value: unknown }>();

  constructor(owner: IConstruct) {
    Aspects.of(owner).add({
      visit: (node) => {
        if (node === owner) this.pass++;
      },
    });
  }

  /** `compute()`'s value, computed once per synthesis. */
  public get<T>(key: string, compute: () => T): T {
    if (this.pass === 0) return compute();
    const hit = this.values.get(key);
    if (hit && hit.pass === this.pass) return hit.value as T;
    const value = compute();
    this.values.set(key, { pass: this.pass, value });
    return value;
  }
}
