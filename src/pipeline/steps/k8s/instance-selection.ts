import { describeValue } from '../../../core/arguments';
import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { checkedProblems, throwIfInvalid, withProblems } from '../../../core/value-problems';

/**
 * How many pods a K8s Scale step targets (`InstanceSelectionWrapper`, type `Count` or `Percentage`). An invalid
 * count does not throw in the factory: the selection carries the problem, and the step (or pattern) that receives
 * it reports it with its path (docs/rules.md#factory-value-problems).
 */
export class InstanceSelection {
  /** An absolute number of pods (0 scales the workload down to nothing). */
  public static count(count: number | Expression): InstanceSelection {
    const problems = checkedProblems('InstanceSelection.count', () => checkPodCount(count, 'InstanceSelection.count', 'count'));
    return withProblems(new InstanceSelection('Count', 'count', count), problems);
  }

  /** A percentage of the instance count of the manifest / previous deployment. */
  public static percentage(percentage: number | Expression): InstanceSelection {
    const problems = checkedProblems('InstanceSelection.percentage', () => {
      if (percentage instanceof Expression) return;
      if (typeof percentage !== 'number' || !Number.isFinite(percentage)) {
        fail(
          'InstanceSelection.percentage',
          'percentage',
          `expects a number or an expression, got ${describeValue(percentage)}`,
          'pass a number of 0 or more, e.g. InstanceSelection.percentage(50), or an expression',
        );
      }
      if (percentage < 0) {
        fail(
          'InstanceSelection.percentage',
          'percentage',
          `${percentage} is not a percentage`,
          'pass a number of 0 or more, or an expression',
        );
      }
    });
    return withProblems(new InstanceSelection('Percentage', 'percentage', percentage), problems);
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
    throwIfInvalid(this);
    return { type: this.type, spec: { [this.key]: this.value } };
  }
}

/**
 * The rule of a pod (replica) count: a whole number of `min` or more, or an expression
 * (docs/rules.md#k8s-scale-instances). The K8s Scale step's `InstanceSelection.count` and the K8sScale pattern's
 * replica props share it.
 * @param min the least count allowed @default 0
 * @param expressions whether an expression is accepted @default true
 */
export function checkPodCount(value: unknown, where: string, field: string, min = 0, expressions = true): void {
  if (expressions && value instanceof Expression) return;
  const orExpression = expressions ? ', or an expression' : '';
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(
      where,
      field,
      `expects a whole number${expressions ? ' or an expression' : ''}, got ${describeValue(value)}`,
      `pass a whole number of ${min} or more${orExpression}`,
    );
  }
  if (!Number.isInteger(value) || value < min) {
    fail(where, field, `${value} is not a number of pods`, `pass a whole number of ${min} or more${orExpression}`);
  }
}
