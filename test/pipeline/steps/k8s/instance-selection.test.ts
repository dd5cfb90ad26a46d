import { Expr } from '../../../../src/core/expr';
import { InstanceSelection } from '../../../../src/pipeline/steps/k8s/instance-selection';

describe('InstanceSelection', () => {
  test('count and percentage render the Count / Percentage wrappers (schema casing)', () => {
    expect(InstanceSelection.count(3).toObject()).toEqual({ type: 'Count', spec: { count: 3 } });
    expect(InstanceSelection.count(0).toObject()).toEqual({ type: 'Count', spec: { count: 0 } });
    expect(InstanceSelection.percentage(12.5).toObject()).toEqual({ type: 'Percentage', spec: { percentage: 12.5 } });
    const e = Expr.raw('<+pipeline.variables.n>');
    expect(InstanceSelection.percentage(e).toObject()).toEqual({ type: 'Percentage', spec: { percentage: e } });
  });

  test('rejects counts that are not whole numbers of 0 or more, and negative percentages', () => {
    expect(() => InstanceSelection.count(-1)).toThrow(
      'InstanceSelection.count: -1 is not a number of pods. Fix: pass a whole number of 0 or more, or an expression',
    );
    expect(() => InstanceSelection.count(1.5)).toThrow(/1.5 is not a number of pods/);
    expect(() => InstanceSelection.percentage(-5)).toThrow(/InstanceSelection.percentage: -5 is not a percentage/);
    expect(() => InstanceSelection.percentage(NaN)).toThrow(/NaN is not a percentage/);
  });
});
