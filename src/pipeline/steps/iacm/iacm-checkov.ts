import { IacmScanStep, type IacmScanStepProps } from './iacm-scan-step';

/** Props of an {@link IacmCheckovStep}. */
export interface IacmCheckovStepProps extends IacmScanStepProps {}

/** The IaCM Checkov step (`IACMCheckov`): policy scan of the workspace's Terraform code. IACM stages only. */
export class IacmCheckovStep extends IacmScanStep {
  public readonly type = 'IACMCheckov';

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: IacmCheckovStepProps) {
    super(props);
  }
}
