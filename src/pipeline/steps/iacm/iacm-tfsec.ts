import { IacmScanStep, type IacmScanStepProps } from './iacm-scan-step';

/** Props of an {@link IacmTfsecStep}. */
export interface IacmTfsecStepProps extends IacmScanStepProps {}

/** The IaCM tfsec scan step (`IACMTFSec`): security scan of the workspace's Terraform code. IACM stages only. */
export class IacmTfsecStep extends IacmScanStep {
  public readonly type = 'IACMTFSec';

  constructor(props: IacmTfsecStepProps) {
    super(props);
  }
}
