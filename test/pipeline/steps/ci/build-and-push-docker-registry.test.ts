import { Expr } from '../../../../src/core/expr';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { BuildAndPushDockerRegistryStep } from '../../../../src/pipeline/steps/ci/build-and-push-docker-registry';
import { renderedSteps, thrownMessage } from '../support';
import { ciPipeline } from './support';

describe('BuildAndPushDockerRegistryStep', () => {
  test('renders the documented minimal step', () => {
    const step = new BuildAndPushDockerRegistryStep({
      identifier: 'Build_and_push_to_Docker',
      name: 'Build and push to Docker',
      connectorRef: 'YOUR_DOCKER_CONNECTOR_ID',
      repo: 'DOCKER_USERNAME/DOCKER_REPO_NAME',
      tags: [Expr.raw('<+pipeline.sequenceId>')],
    });
    expect(renderedSteps(ciPipeline([step]))[0]).toEqual({
      type: 'BuildAndPushDockerRegistry',
      name: 'Build and push to Docker',
      identifier: 'Build_and_push_to_Docker',
      spec: { connectorRef: 'YOUR_DOCKER_CONNECTOR_ID', repo: 'DOCKER_USERNAME/DOCKER_REPO_NAME', tags: ['<+pipeline.sequenceId>'] },
    });
  });

  test('renders a Harness Artifact Registry target with build settings', () => {
    const step = new BuildAndPushDockerRegistryStep({
      identifier: 'b',
      registryRef: 'docker_images',
      repo: 'payments-api',
      tags: ['latest'],
      dockerfile: 'Dockerfile.prod',
      remoteCacheRepo: 'payments-api-cache',
    });
    expect(renderedSteps(ciPipeline([step]))[0].spec).toEqual({
      registryRef: 'docker_images',
      repo: 'payments-api',
      tags: ['latest'],
      dockerfile: 'Dockerfile.prod',
      remoteCacheRepo: 'payments-api-cache',
    });
  });

  describe('validation', () => {
    test('exactly one of connectorRef and registryRef', () => {
      expect(thrownMessage(() => new BuildAndPushDockerRegistryStep({ identifier: 'b', repo: 'r', tags: ['t'] }))).toBe(
        "step 'b': spec.connectorRef: neither connectorRef nor registryRef is set. Fix: set connectorRef (a Docker registry connector) or registryRef (a Harness Artifact Registry)",
      );
      expect(
        thrownMessage(
          () => new BuildAndPushDockerRegistryStep({ identifier: 'b', connectorRef: 'c', registryRef: 'r', repo: 'r', tags: ['t'] }),
        ),
      ).toBe(
        "step 'b': spec.connectorRef: connectorRef and registryRef are mutually exclusive. Fix: set connectorRef (a Docker registry connector) or registryRef (a Harness Artifact Registry)",
      );
    });

    test('the repository is required', () => {
      expect(thrownMessage(() => new BuildAndPushDockerRegistryStep({ identifier: 'b', connectorRef: 'c', repo: ' ', tags: ['t'] }))).toBe(
        "step 'b': spec.repo: is empty. Fix: give the repository, e.g. 'my-user/payments-api'",
      );
    });
  });

  test('is allowed only in CI stages', () => {
    const step = new BuildAndPushDockerRegistryStep({ identifier: 'b', connectorRef: 'c', repo: 'r', tags: ['t'] });
    expect(thrownMessage(() => new CustomStage({ identifier: 'c', steps: [step] }))).toBe(
      "step 'b': type: step type 'BuildAndPushDockerRegistry' is not allowed in a Custom stage (allowed in: CI). Fix: put it in a CI stage",
    );
  });

  test('validates against the Harness schema', () => {
    const p = ciPipeline([
      new BuildAndPushDockerRegistryStep({
        identifier: 'a',
        connectorRef: 'account.dockerhub',
        repo: 'me/app',
        tags: ['latest'],
        runAsUser: 0,
        caching: true,
      }),
      new BuildAndPushDockerRegistryStep({
        identifier: 'b',
        registryRef: 'reg',
        repo: 'app',
        tags: [Expr.raw('<+pipeline.sequenceId>')],
        buildArgs: { A: '1' },
      }),
    ]);
    expect(p).toBeValidHarnessPipeline();
  });
});
