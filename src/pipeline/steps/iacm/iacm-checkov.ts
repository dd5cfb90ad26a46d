import { IacmScanStep, type IacmScanStepProps } from './iacm-scan-step';

/** Props of an {@link IacmCheckovStep}. */
export interface IacmCheckovStepProps extends IacmScanStepProps {}

/** The IaCM Checkov step (`IACMCheckov`): policy scan of the workspace's Terraform code. IACM stages only. */
export class IacmCheckovStep extends IacmScanStep {
  public readonly type = 'IACMCheckov';

  constructor(props: IacmCheckovStepProps) {
    super(props);
  }
}
