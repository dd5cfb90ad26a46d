import { FmeFlagDeleteStep } from '../../../../src/pipeline/steps/fme/fme-flag-delete';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

describe('FmeFlagDeleteStep', () => {
  test('renders the flag name as spec.name and deleteAllDefinitions only when given', () => {
    const [a, b] = renderedSteps(
      customPipeline([
        new FmeFlagDeleteStep({ identifier: 'a', flagName: 'old' }),
        new FmeFlagDeleteStep({ identifier: 'b', flagName: 'old', deleteAllDefinitions: true }),
      ]),
    );
    expect(a.spec).toEqual({ name: 'old' });
    expect(b.spec).toEqual({ name: 'old', deleteAllDefinitions: true });
  });

  test('deleteAllDefinitions is a boolean or an expression', () => {
    expect(thrownMessage(() => new FmeFlagDeleteStep({ identifier: 'a', flagName: 'old', deleteAllDefinitions: 'yes' as any }))).toBe(
      "step 'a': spec.deleteAllDefinitions: expects true or false, got string. Fix: pass a boolean or an expression",
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([new FmeFlagDeleteStep({ identifier: 'a', flagName: 'old', deleteAllDefinitions: false })]),
    ).toBeValidHarnessPipeline();
  });
});
