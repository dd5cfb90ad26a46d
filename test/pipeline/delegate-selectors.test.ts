import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';
import { thrownMessage } from './steps/support';

const steps = () => [new RunStep({ identifier: 'a', command: 'echo' })];
const stageNode = (p: Pipeline): any => (p.toObject() as any).pipeline.stages[0].stage;

describe('stage delegateSelectors', () => {
  test('a list of selectors, each may be an expression', () => {
    const pool = PipelineVariable.string('pool');
    const p = new Pipeline({
      identifier: 'p',
      variables: [pool],
      stages: [new CustomStage({ identifier: 's', delegateSelectors: ['eu-delegates', pool], steps: steps() })],
    });
    expect(stageNode(p).delegateSelectors).toEqual(['eu-delegates', '<+pipeline.variables.pool>']);
    expect(p).toBeValidHarnessPipeline();
  });

  test('one expression for the whole list, e.g. a runtime input', () => {
    const p = new Pipeline({
      identifier: 'p',
      stages: [new CustomStage({ identifier: 's', delegateSelectors: RuntimeInput.create(), steps: steps() })],
    });
    expect(stageNode(p).delegateSelectors).toBe('<+input>');
    expect(p).toBeValidHarnessPipeline();
  });

  test('rejects an empty list, a blank or non-text selector and a selector listed twice', () => {
    expect(thrownMessage(() => new CustomStage({ identifier: 's', delegateSelectors: [] }))).toBe(
      "stage 's': delegateSelectors: is an empty list. Fix: leave delegateSelectors out (Harness picks any eligible delegate), or list at least one selector",
    );
    expect(thrownMessage(() => new CustomStage({ identifier: 's', delegateSelectors: ['eu', ' '] }))).toBe(
      "stage 's': delegateSelectors[1]: is empty. Fix: list the delegate selectors (tags of the delegates that may run it), or pass an expression",
    );
    expect(thrownMessage(() => new CustomStage({ identifier: 's', delegateSelectors: [3 as unknown as string] }))).toBe(
      "stage 's': delegateSelectors[0]: expects a string or an expression, got number. Fix: list the delegate selectors (tags of the delegates that may run it), or pass an expression",
    );
    expect(thrownMessage(() => new CustomStage({ identifier: 's', delegateSelectors: 'eu' as unknown as string[] }))).toBe(
      "stage 's': delegateSelectors: expects a list of selectors or an expression, got string. Fix: list the delegate selectors (tags of the delegates that may run it), or pass an expression",
    );
    expect(thrownMessage(() => new CustomStage({ identifier: 's', delegateSelectors: ['eu', 'us', 'eu'] }))).toBe(
      "stage 's': delegateSelectors[2]: 'eu' is listed twice. Fix: list each selector once",
    );
  });
});
