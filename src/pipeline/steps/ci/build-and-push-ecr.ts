import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { checkDockerBuildOptions, type DockerBuildOptions, renderDockerBuildOptions } from './build-options';

/** Props of a {@link BuildAndPushEcrStep}. */
export interface BuildAndPushEcrStepProps extends StepProps, DockerBuildOptions {
  /** AWS connector, e.g. `account.aws`. */
  readonly connectorRef: string;
  /** AWS region of the registry, e.g. `eu-west-1`; or an expression. */
  readonly region: string | Expression;
  /** AWS account ID of the registry, e.g. `123456789012`; or an expression. */
  readonly account: string | Expression;
  /** Repository (image) name, e.g. `payments-api`; or an expression. */
  readonly imageName: string | Expression;
  /** Remote Docker layer cache image in the same registry. @default - none */
  readonly remoteCacheImage?: string | Expression;
}

/**
 * The Build and Push to ECR step (`ECRStepInfo`, type `BuildAndPushECR`): builds an image and pushes it to Amazon
 * Elastic Container Registry. CI stages only.
 *
 * @see https://developer.harness.io/docs/continuous-integration/use-ci/build-and-upload-artifacts/build-and-push/build-and-push-to-ecr-step-settings
 */
export class BuildAndPushEcrStep extends Step {
  public readonly type = 'BuildAndPushECR';
  private readonly props: BuildAndPushEcrStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: BuildAndPushEcrStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.connectorRef, where, 'spec.connectorRef', "give the AWS connector, e.g. 'account.aws'");
    requireText(props.region, where, 'spec.region', "give the AWS region, e.g. 'eu-west-1'");
    requireText(props.account, where, 'spec.account', 'give the AWS account ID of the registry');
    requireText(props.imageName, where, 'spec.imageName', "give the repository name, e.g. 'payments-api'");
    checkDockerBuildOptions(props, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      connectorRef: p.connectorRef,
      region: p.region,
      account: p.account,
      imageName: p.imageName,
      ...renderDockerBuildOptions(p, this.describe()),
      remoteCacheImage: p.remoteCacheImage,
    };
  }
}
