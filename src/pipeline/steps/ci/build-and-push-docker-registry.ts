import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { checkDockerBuildOptions, type DockerBuildOptions, renderDockerBuildOptions } from './build-options';

/** Props of a {@link BuildAndPushDockerRegistryStep}. Set exactly one of `connectorRef` and `registryRef`. */
export interface BuildAndPushDockerRegistryStepProps extends StepProps, DockerBuildOptions {
  /** Docker registry connector (username/password), e.g. `account.dockerhub`. @default - none */
  readonly connectorRef?: string;
  /** Harness Artifact Registry to push to, instead of a connector. @default - none */
  readonly registryRef?: string;
  /** Repository, e.g. `<hub-user>/<repo>`, fully qualified for private registries; or an expression. */
  readonly repo: string | Expression;
  /** Remote Docker layer cache image, e.g. `<user>/<repo>-cache`. @default - none */
  readonly remoteCacheRepo?: string | Expression;
}

/**
 * The Build and Push an image to Docker Registry step (`DockerStepInfo`, type `BuildAndPushDockerRegistry`): builds an
 * image from a Dockerfile (kaniko on Kubernetes, which needs root; drone-docker elsewhere) and pushes it. CI stages
 * only.
 *
 * @see https://developer.harness.io/docs/continuous-integration/use-ci/build-and-upload-artifacts/build-and-push/build-and-push-to-docker-registry
 */
export class BuildAndPushDockerRegistryStep extends Step {
  public readonly type = 'BuildAndPushDockerRegistry';
  private readonly props: BuildAndPushDockerRegistryStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: BuildAndPushDockerRegistryStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    if ((props.connectorRef === undefined) === (props.registryRef === undefined)) {
      fail(
        where,
        'spec.connectorRef',
        props.connectorRef === undefined
          ? 'neither connectorRef nor registryRef is set'
          : 'connectorRef and registryRef are mutually exclusive',
        'set connectorRef (a Docker registry connector) or registryRef (a Harness Artifact Registry)',
      );
    }
    if (props.connectorRef !== undefined)
      requireText(props.connectorRef, where, 'spec.connectorRef', "give the connector, e.g. 'account.dockerhub'");
    if (props.registryRef !== undefined) requireText(props.registryRef, where, 'spec.registryRef', 'give the registry');
    requireText(props.repo, where, 'spec.repo', "give the repository, e.g. 'my-user/payments-api'");
    checkDockerBuildOptions(props, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      connectorRef: p.connectorRef,
      registryRef: p.registryRef,
      repo: p.repo,
      ...renderDockerBuildOptions(p, this.describe()),
      remoteCacheRepo: p.remoteCacheRepo,
    };
  }
}
