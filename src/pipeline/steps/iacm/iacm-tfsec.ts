import { IacmScanStep, type IacmScanStepProps } from './iacm-scan-step';

/** Props of an {@link IacmTfsecStep}. */
export interface IacmTfsecStepProps extends IacmScanStepProps {}

/** The IaCM tfsec scan step (`IACMTFSec`): security scan of the workspace's Terraform code. IACM stages only. */
export class IacmTfsecStep extends IacmScanStep {
  public readonly type = 'IACMTFSec';

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: IacmTfsecStepProps) {
    super(props);
  }
}
