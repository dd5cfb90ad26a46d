import { Expr } from '../../../../src/core/expr';
import {
  checkAllocation,
  checkDefaultsAmong,
  checkTreatmentDefinitions,
  renderAllocation,
  renderTreatmentDefinitions,
} from '../../../../src/pipeline/steps/fme/fme-treatments';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { thrownMessage } from '../support';

const onOff = [
  { treatment: 'on', description: 'new checkout' },
  { treatment: 'off', description: 'old checkout' },
];

describe('FME treatments and allocations', () => {
  test('treatment definitions: at least two, named once, described', () => {
    expect(() => checkTreatmentDefinitions(onOff, 'w', 'spec.treatments')).not.toThrow();
    expect(() => checkTreatmentDefinitions(Expr.raw('<+pipeline.variables.t>'), 'w', 'spec.treatments')).not.toThrow();
    expect(thrownMessage(() => checkTreatmentDefinitions([onOff[0]], 'w', 'spec.treatments'))).toBe(
      "w: spec.treatments: a flag needs at least two treatments. Fix: list them, e.g. [{ treatment: 'on', description: '...' }, { treatment: 'off', ... }]",
    );
    expect(thrownMessage(() => checkTreatmentDefinitions([onOff[0], onOff[0]], 'w', 'spec.treatments'))).toBe(
      "w: spec.treatments[1].treatment: treatment 'on' is listed twice. Fix: list each treatment once",
    );
    expect(thrownMessage(() => checkTreatmentDefinitions([onOff[0], { treatment: 'off' }], 'w', 'spec.treatments'))).toBe(
      'w: spec.treatments[1].description: is required. Fix: describe the treatment',
    );
    expect(renderTreatmentDefinitions(onOff)).toEqual(onOff);
  });

  test('default and baseline treatments are among the treatments (plain text only)', () => {
    expect(() => checkDefaultsAmong({ 'spec.defaultTreatment': 'off' }, onOff, 'w')).not.toThrow();
    expect(() => checkDefaultsAmong({ 'spec.defaultTreatment': PipelineVariable.string('d') }, onOff, 'w')).not.toThrow();
    expect(thrownMessage(() => checkDefaultsAmong({ 'spec.baselineTreatment': 'control' }, onOff, 'w'))).toBe(
      "w: spec.baselineTreatment: 'control' is not one of the flag's treatments (on, off). Fix: name one of the treatments listed in treatments",
    );
  });

  test('allocation: treatments once, amounts 0..100 adding up to 100', () => {
    const ok = [
      { treatment: 'on', amount: 25 },
      { treatment: 'off', amount: 75 },
    ];
    expect(() => checkAllocation(ok, 'w', 'spec.allocation', 'amount', false)).not.toThrow();
    expect(() =>
      checkAllocation([{ treatment: 'on', amount: PipelineVariable.number('p') }], 'w', 'spec.allocation', 'amount', false),
    ).not.toThrow();
    expect(thrownMessage(() => checkAllocation([{ treatment: 'on', amount: 50 }], 'w', 'spec.allocation', 'amount', false))).toBe(
      'w: spec.allocation: the amounts add up to 50, not 100. Fix: give amounts that add up to 100',
    );
    expect(thrownMessage(() => checkAllocation([], 'w', 'spec.allocation', 'amount', false))).toBe(
      "w: spec.allocation: no treatment gets traffic. Fix: list the treatments with their amount, e.g. [{ treatment: 'on', amount: 50 }, ...]",
    );
    expect(
      thrownMessage(() =>
        checkAllocation(
          [
            { treatment: 'on', amount: 50 },
            { treatment: 'on', amount: 50 },
          ],
          'w',
          'spec.allocation',
          'amount',
          false,
        ),
      ),
    ).toBe("w: spec.allocation[1].treatment: treatment 'on' is listed twice. Fix: list each treatment once");
    expect(renderAllocation(ok)).toEqual(ok);
  });
});
