import { IacmScanStep, type IacmScanStepProps } from './iacm-scan-step';

/** Props of an {@link IacmTflintStep}. Scanner options (`format`, `config`, ...) can be set with `addOverride`. */
export interface IacmTflintStepProps extends IacmScanStepProps {}

/** The IaCM TFLint step (`IACMTFLint`): lints the workspace's Terraform code. IACM stages only. */
export class IacmTflintStep extends IacmScanStep {
  public readonly type = 'IACMTFLint';

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: IacmTflintStepProps) {
    super(props);
  }
}
