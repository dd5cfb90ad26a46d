import { BuildAndPushGcrStep } from '../../../../src/pipeline/steps/ci/build-and-push-gcr';
import { renderedSteps, thrownMessage } from '../support';
import { ciPipeline } from './support';

const base = { connectorRef: 'account.gcp', host: 'eu.gcr.io', projectID: 'payments-prod', imageName: 'payments-api', tags: ['latest'] };

describe('BuildAndPushGcrStep', () => {
  test('renders registry coordinates and tags', () => {
    expect(renderedSteps(ciPipeline([new BuildAndPushGcrStep({ identifier: 'gcr', ...base })]))[0].spec).toEqual(base);
  });

  test('host and project are required', () => {
    expect(thrownMessage(() => new BuildAndPushGcrStep({ identifier: 'gcr', ...base, host: '' }))).toBe(
      "step 'gcr': spec.host: is empty. Fix: give the registry host, e.g. 'gcr.io'",
    );
  });

  test('validates against the Harness schema', () => {
    expect(ciPipeline([new BuildAndPushGcrStep({ identifier: 'gcr', ...base, target: 'runtime' })])).toBeValidHarnessPipeline();
  });
});
