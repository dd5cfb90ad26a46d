import { Step, type StepProps } from '../../step';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';

/** Props shared by the IaCM scan steps (tfsec, TFLint, Checkov). */
export interface IacmScanStepProps extends StepProps {
  /** Scanner image. @default - Harness' image for the scanner */
  readonly image?: string;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/**
 * Base of the IaCM scan steps: a scanner runs against the stage's workspace. Their specs
 * (`IACMTFSecPluginInfo`, `IACMTFLintPluginInfo`, `IACMCheckovPluginInfo`) share `image` and `resources`.
 */
export abstract class IacmScanStep extends Step {
  private readonly scanProps: IacmScanStepProps;

  /** @param props the scanner step's fields; checked at once */
  protected constructor(props: IacmScanStepProps) {
    super(props);
    this.scanProps = props;
    renderContainerResources(props.resources, this.describe());
  }

  protected renderSpec(): Record<string, unknown> {
    return {
      image: this.scanProps.image,
      resources: renderContainerResources(this.scanProps.resources, this.describe()),
    };
  }
}
