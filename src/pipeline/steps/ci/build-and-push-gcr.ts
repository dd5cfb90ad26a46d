import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { checkDockerBuildOptions, type DockerBuildOptions, renderDockerBuildOptions } from './build-options';

/** Props of a {@link BuildAndPushGcrStep}. */
export interface BuildAndPushGcrStepProps extends StepProps, DockerBuildOptions {
  /** GCP connector, e.g. `account.gcp`. */
  readonly connectorRef: string;
  /** Registry host, e.g. `gcr.io`, `eu.gcr.io`; or an expression. */
  readonly host: string | Expression;
  /** GCP project ID; or an expression. */
  readonly projectID: string | Expression;
  /** Image name, e.g. `payments-api`; or an expression. */
  readonly imageName: string | Expression;
  /** Remote Docker layer cache image in the same registry. @default - none */
  readonly remoteCacheImage?: string | Expression;
}

/**
 * The Build and Push to GCR step (`GCRStepInfo`, type `BuildAndPushGCR`): builds an image and pushes it to Google
 * Container Registry. CI stages only.
 *
 * @see https://developer.harness.io/docs/continuous-integration/use-ci/build-and-upload-artifacts/build-and-push/build-and-push-to-gcr
 */
export class BuildAndPushGcrStep extends Step {
  public readonly type = 'BuildAndPushGCR';
  private readonly props: BuildAndPushGcrStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: BuildAndPushGcrStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.connectorRef, where, 'spec.connectorRef', "give the GCP connector, e.g. 'account.gcp'");
    requireText(props.host, where, 'spec.host', "give the registry host, e.g. 'gcr.io'");
    requireText(props.projectID, where, 'spec.projectID', 'give the GCP project ID');
    requireText(props.imageName, where, 'spec.imageName', "give the image name, e.g. 'payments-api'");
    checkDockerBuildOptions(props, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      connectorRef: p.connectorRef,
      host: p.host,
      projectID: p.projectID,
      imageName: p.imageName,
      ...renderDockerBuildOptions(p, this.describe()),
      remoteCacheImage: p.remoteCacheImage,
    };
  }
}
