import { FmeFlagPatchDefinitionStep } from '../../../../src/pipeline/steps/fme/fme-flag-patch-definition';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { flagName: 'new_checkout', environment: 'Production' };

describe('FmeFlagPatchDefinitionStep', () => {
  test('renders the operations as JSON text', () => {
    const step = new FmeFlagPatchDefinitionStep({
      identifier: 's',
      ...base,
      operations: [{ op: 'replace', path: '/killed', value: false }],
    });
    expect(renderedSteps(customPipeline([step]))[0].spec).toEqual({
      ...base,
      operations: '[{"op":"replace","path":"/killed","value":false}]',
    });
  });

  test('the operations are a JSON array', () => {
    expect(thrownMessage(() => new FmeFlagPatchDefinitionStep({ identifier: 's', ...base, operations: '{"op":"replace"}' }))).toBe(
      "step 's': spec.operations: is a JSON object, not a JSON array. Fix: give the JSON Patch operations as a list, its JSON text, or an expression",
    );
  });

  test('validates against the Harness schema', () => {
    const ops = PipelineVariable.string('ops');
    expect(
      customPipeline(
        [
          new FmeFlagPatchDefinitionStep({ identifier: 'a', ...base, operations: '[]' }),
          new FmeFlagPatchDefinitionStep({ identifier: 'b', ...base, operations: ops, inputVariables: [{ name: 'x', value: 'y' }] }),
        ],
        [ops],
      ),
    ).toBeValidHarnessPipeline();
  });
});
