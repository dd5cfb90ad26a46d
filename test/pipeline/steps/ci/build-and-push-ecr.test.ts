import { BuildAndPushEcrStep } from '../../../../src/pipeline/steps/ci/build-and-push-ecr';
import { renderedSteps, thrownMessage } from '../support';
import { ciPipeline } from './support';

const base = { connectorRef: 'account.aws', region: 'eu-west-1', account: '123456789012', imageName: 'payments-api', tags: ['latest'] };

describe('BuildAndPushEcrStep', () => {
  test('renders registry coordinates and tags', () => {
    expect(
      renderedSteps(ciPipeline([new BuildAndPushEcrStep({ identifier: 'ecr', ...base, remoteCacheImage: 'payments-api-cache' })]))[0].spec,
    ).toEqual({
      ...base,
      remoteCacheImage: 'payments-api-cache',
    });
  });

  test('region, account and image are required', () => {
    expect(thrownMessage(() => new BuildAndPushEcrStep({ identifier: 'ecr', ...base, account: '' }))).toBe(
      "step 'ecr': spec.account: is empty. Fix: give the AWS account ID of the registry",
    );
  });

  test('validates against the Harness schema', () => {
    expect(ciPipeline([new BuildAndPushEcrStep({ identifier: 'ecr', ...base, context: 'app' })])).toBeValidHarnessPipeline();
  });
});
