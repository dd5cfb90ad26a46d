import { Expression } from '../../../core/expression';

/** How many pods a K8s Scale step targets (`InstanceSelectionWrapper`, type `Count` or `Percentage`). */
export class InstanceSelection {
  /** An absolute number of pods (0 scales the workload down to nothing). */
  public static count(count: number | Expression): InstanceSelection {
    if (!(count instanceof Expression) && (!Number.isInteger(count) || count < 0)) {
      throw new Error(
        `InstanceSelection.count: ${String(count)} is not a number of pods. Fix: pass a whole number of 0 or more, or an expression`,
      );
    }
    return new InstanceSelection('Count', 'count', count);
  }

  /** A percentage of the instance count of the manifest / previous deployment. */
  public static percentage(percentage: number | Expression): InstanceSelection {
    if (!(percentage instanceof Expression) && (typeof percentage !== 'number' || !Number.isFinite(percentage) || percentage < 0)) {
      throw new Error(
        `InstanceSelection.percentage: ${String(percentage)} is not a percentage. Fix: pass a number of 0 or more, or an expression`,
      );
    }
    return new InstanceSelection('Percentage', 'percentage', percentage);
  }

  private constructor(
    /** `Count` (a number of instances) or `Percentage` (of the instance count). */
    public readonly type: 'Count' | 'Percentage',
    private readonly key: 'count' | 'percentage',
    /** The count or percentage. */
    public readonly value: number | Expression,
  ) {}

  /** The `instanceSelection` object. */
  public toObject(): Record<string, unknown> {
    return { type: this.type, spec: { [this.key]: this.value } };
  }
}
