import { RuntimeInput } from '../../../../src/core/runtime-input';
import { IdpStage } from '../../../../src/pipeline/stages/idp-stage';
import { WaitStep } from '../../../../src/pipeline/steps/custom/wait';
import { Timeout } from '../../../../src/pipeline/timeout';
import { customPipeline, deploymentPipeline, renderedSteps, thrownMessage } from '../support';

describe('WaitStep', () => {
  test('renders the duration', () => {
    expect(renderedSteps(customPipeline([new WaitStep({ identifier: 'Wait_1', duration: '10s' })]))[0]).toEqual({
      type: 'Wait',
      name: 'Wait_1',
      identifier: 'Wait_1',
      spec: { duration: '10s' },
    });
    expect(renderedSteps(customPipeline([new WaitStep({ identifier: 'w', duration: Timeout.hours(1) })]))[0].spec).toEqual({
      duration: '1h',
    });
  });

  test('the duration follows the schema pattern', () => {
    expect(thrownMessage(() => new WaitStep({ identifier: 'w', duration: '90ms' }))).toBe(
      "step 'w': spec.duration: '90ms' uses milliseconds, which the Harness schema rejects. Fix: use at least 10s, or minutes (e.g. '1m')",
    );
  });

  test('is not allowed in IDP stages', () => {
    expect(() => new IdpStage({ identifier: 'i', steps: [new WaitStep({ identifier: 'w', duration: '1m' })] })).toThrow(
      /step type 'Wait' is not allowed in an IDP stage \(allowed in: IACM, Custom, Approval, Deployment, CI\)/,
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([
        new WaitStep({ identifier: 'a', duration: '45m' }),
        new WaitStep({ identifier: 'b', duration: RuntimeInput.create() }),
      ]),
    ).toBeValidHarnessPipeline();
    expect(deploymentPipeline([new WaitStep({ identifier: 'a', duration: '1d' })])).toBeValidHarnessPipeline();
  });
});
