import { IdpStage } from '../../../../src/pipeline/stages/idp-stage';
import { FmeFlagReallocateTrafficStep } from '../../../../src/pipeline/steps/fme/fme-flag-reallocate-traffic';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { customPipeline, deploymentPipeline, renderedSteps, thrownMessage } from '../support';

describe('FmeFlagReallocateTrafficStep', () => {
  test('renders the flag and the FME environment', () => {
    const flag = PipelineVariable.string('flag');
    const step = new FmeFlagReallocateTrafficStep({ identifier: 's', flagName: flag, environment: 'Production' });
    expect(renderedSteps(customPipeline([step], [flag]))[0]).toEqual({
      type: 'FmeFlagReallocateTraffic',
      name: 's',
      identifier: 's',
      spec: { flagName: '<+pipeline.variables.flag>', environment: 'Production' },
    });
  });

  test('checks the flag name and the environment', () => {
    expect(thrownMessage(() => new FmeFlagReallocateTrafficStep({ identifier: 's', flagName: 'x y', environment: 'Production' }))).toMatch(
      /^step 's': spec.flagName: 'x y' is not an FME flag name/,
    );
    expect(thrownMessage(() => new FmeFlagReallocateTrafficStep({ identifier: 's', flagName: 'f', environment: ' ' }))).toBe(
      "step 's': spec.environment: is required. Fix: give the FME environment name or id, or an expression",
    );
  });

  test('is allowed in Custom and Deployment stages, not in IDP stages', () => {
    expect(
      () =>
        new IdpStage({ identifier: 'i', steps: [new FmeFlagReallocateTrafficStep({ identifier: 's', flagName: 'f', environment: 'e' })] }),
    ).toThrow(/step type 'FmeFlagReallocateTraffic' is not allowed in an IDP stage \(allowed in: Custom, Deployment\)/);
  });

  test('validates against the Harness schema in Custom and Deployment stages', () => {
    expect(
      customPipeline([new FmeFlagReallocateTrafficStep({ identifier: 's', flagName: 'new_checkout', environment: 'Production' })]),
    ).toBeValidHarnessPipeline();
    expect(
      deploymentPipeline([new FmeFlagReallocateTrafficStep({ identifier: 's', flagName: 'new_checkout', environment: 'Production' })]),
    ).toBeValidHarnessPipeline();
  });
});
