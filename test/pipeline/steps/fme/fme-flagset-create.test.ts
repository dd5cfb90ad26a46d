import { FmeFlagsetCreateStep } from '../../../../src/pipeline/steps/fme/fme-flagset-create';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

describe('FmeFlagsetCreateStep', () => {
  test('renders name and description; the step description stays the envelope’s', () => {
    const step = new FmeFlagsetCreateStep({
      identifier: 's',
      description: 'step text',
      flagSetName: 'checkout',
      flagSetDescription: 'Checkout flags',
    });
    expect(renderedSteps(customPipeline([step]))[0]).toEqual({
      type: 'FmeFlagsetCreate',
      name: 's',
      identifier: 's',
      description: 'step text',
      spec: { name: 'checkout', description: 'Checkout flags' },
    });
  });

  test('the description is plain text or starts with an expression', () => {
    const v = PipelineVariable.string('team');
    expect(thrownMessage(() => new FmeFlagsetCreateStep({ identifier: 's', flagSetName: 'x', flagSetDescription: `Flags of ${v}` }))).toBe(
      "step 's': spec.description: mixes literal text and expressions; the schema accepts plain text or text that starts with an expression. Fix: use plain text, or start the text with the expression",
    );
  });

  test('validates against the Harness schema', () => {
    expect(customPipeline([new FmeFlagsetCreateStep({ identifier: 's', flagSetName: 'checkout' })])).toBeValidHarnessPipeline();
  });
});
