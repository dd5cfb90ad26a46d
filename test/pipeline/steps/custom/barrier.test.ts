import { RuntimeInput } from '../../../../src/core/runtime-input';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { BarrierStep } from '../../../../src/pipeline/steps/custom/barrier';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const gate = { barriers: [{ identifier: 'release_gate', name: 'Release gate' }] };
const messages = (p: Pipeline) => p.validate().map((x) => `${x.path}: ${x.field}: ${x.problem}. Fix: ${x.fix}`);

describe('BarrierStep', () => {
  test('renders the barrier reference', () => {
    const p = new Pipeline({
      identifier: 'p',
      flowControl: gate,
      stages: [new CustomStage({ identifier: 'c', steps: [new BarrierStep({ identifier: 'sync', barrierRef: 'release_gate' })] })],
    });
    expect(renderedSteps(p)[0].spec).toEqual({ barrierRef: 'release_gate' });
  });

  test('the barrier reference is required', () => {
    expect(thrownMessage(() => new BarrierStep({ identifier: 'sync', barrierRef: '' }))).toBe(
      "step 'sync': spec.barrierRef: is empty. Fix: give the identifier of a barrier of the pipeline's flowControl",
    );
  });

  test('validates against the Harness schema, with the barrier declared in the pipeline flowControl', () => {
    const p = new Pipeline({
      identifier: 'p',
      flowControl: gate,
      stages: [new CustomStage({ identifier: 'c', steps: [new BarrierStep({ identifier: 'sync', barrierRef: 'release_gate' })] })],
    });
    expect((p.toObject() as any).pipeline.flowControl).toEqual({ barriers: [{ identifier: 'release_gate', name: 'Release gate' }] });
    expect(p).toBeValidHarnessPipeline();
  });

  test('a barrier reference the pipeline does not declare is a problem', () => {
    expect(messages(customPipeline([new BarrierStep({ identifier: 'sync', barrierRef: 'release_gate' })]))).toEqual([
      "pipeline 'p' > stage 'c' > step 'sync': spec.barrierRef: names barrier 'release_gate', which pipeline 'p' does not declare in flowControl.barriers. Fix: declare it: new Pipeline({ flowControl: { barriers: [{ identifier: 'release_gate' }] } }), or use one of: (none)",
    ]);
    const p = new Pipeline({
      identifier: 'p',
      flowControl: gate,
      stages: [new CustomStage({ identifier: 'c', steps: [new BarrierStep({ identifier: 'sync', barrierRef: 'release' })] })],
    });
    expect(messages(p)).toEqual([
      "pipeline 'p' > stage 'c' > step 'sync': spec.barrierRef: names barrier 'release', which pipeline 'p' does not declare in flowControl.barriers. Fix: declare it: new Pipeline({ flowControl: { barriers: [{ identifier: 'release' }] } }), or use one of: release_gate",
    ]);
  });

  test('a barrier reference given as an expression is resolved at run time, not checked', () => {
    expect(messages(customPipeline([new BarrierStep({ identifier: 'sync', barrierRef: RuntimeInput.create() })]))).toEqual([]);
  });
});
