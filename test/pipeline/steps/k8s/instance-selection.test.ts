import { Expr } from '../../../../src/core/expr';
import { problemsOf } from '../../../../src/core/value-problems';
import { InstanceSelection } from '../../../../src/pipeline/steps/k8s/instance-selection';
import { K8sScaleStep } from '../../../../src/pipeline/steps/k8s/k8s-scale';

describe('InstanceSelection', () => {
  test('count and percentage render the Count / Percentage wrappers (schema casing)', () => {
    expect(InstanceSelection.count(3).toObject()).toEqual({ type: 'Count', spec: { count: 3 } });
    expect(InstanceSelection.count(0).toObject()).toEqual({ type: 'Count', spec: { count: 0 } });
    expect(InstanceSelection.percentage(12.5).toObject()).toEqual({ type: 'Percentage', spec: { percentage: 12.5 } });
    const e = Expr.raw('<+pipeline.variables.n>');
    expect(InstanceSelection.percentage(e).toObject()).toEqual({ type: 'Percentage', spec: { percentage: e } });
  });

  test('rejects counts that are not whole numbers of 0 or more, and negative percentages', () => {
    expect(() => InstanceSelection.count(-1).toObject()).toThrow(
      'InstanceSelection.count: count: -1 is not a number of pods. Fix: pass a whole number of 0 or more, or an expression',
    );
    expect(() => InstanceSelection.count(1.5).toObject()).toThrow(/count: 1.5 is not a number of pods/);
    expect(() => InstanceSelection.percentage(-5).toObject()).toThrow(
      'InstanceSelection.percentage: percentage: -5 is not a percentage. Fix: pass a number of 0 or more, or an expression',
    );
    expect(() => InstanceSelection.percentage(NaN).toObject()).toThrow(
      'InstanceSelection.percentage: percentage: expects a number or an expression, got a number (NaN). Fix: pass a number of 0 or more, e.g. InstanceSelection.percentage(50), or an expression',
    );
  });

  test('the factory does not throw: the selection carries the problem to the step that receives it', () => {
    const bad = InstanceSelection.count('3' as any);
    expect(problemsOf(bad)).toEqual([
      {
        path: 'InstanceSelection.count',
        field: 'count',
        problem: "expects a whole number or an expression, got a string ('3')",
        fix: 'pass a whole number of 0 or more, or an expression',
      },
    ]);
    expect(() => new K8sScaleStep({ identifier: 'scale', workload: 'Deployment/api', instanceSelection: bad })).toThrow(
      "step 'scale': instanceSelection.count: expects a whole number or an expression, got a string ('3'). Fix: pass a whole number of 0 or more, or an expression",
    );
  });
});
