import { BarrierStep } from '../../../../src/pipeline/steps/custom/barrier';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

describe('BarrierStep', () => {
  test('renders the barrier reference', () => {
    expect(renderedSteps(customPipeline([new BarrierStep({ identifier: 'sync', barrierRef: 'release_gate' })]))[0].spec).toEqual({
      barrierRef: 'release_gate',
    });
  });

  test('the barrier reference is required', () => {
    expect(thrownMessage(() => new BarrierStep({ identifier: 'sync', barrierRef: '' }))).toBe(
      "step 'sync': spec.barrierRef: is empty. Fix: give the identifier of a barrier of the pipeline's flowControl",
    );
  });

  test('validates against the Harness schema, with the barrier declared through the pipeline escape hatch', () => {
    const p = customPipeline([new BarrierStep({ identifier: 'sync', barrierRef: 'release_gate' })]);
    p.addOverride('flowControl', { barriers: [{ identifier: 'release_gate', name: 'Release gate' }] });
    expect(p).toBeValidHarnessPipeline();
  });
});
