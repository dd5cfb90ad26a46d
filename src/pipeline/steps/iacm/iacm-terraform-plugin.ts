import { IacmPluginStep, type IacmPluginOutputs, type IacmPluginStepProps } from './iacm-plugin-step';

export { TerraformCommand, type TerraformImport } from './iacm-plugin-step';

/** Props of an {@link IacmTerraformPluginStep}. */
export interface IacmTerraformPluginStepProps extends IacmPluginStepProps {}

/** Typed outputs of an {@link IacmTerraformPluginStep}. */
export interface IacmTerraformPluginOutputs extends IacmPluginOutputs {}

/**
 * The IaCM Terraform plugin step (`IACMTerraformPlugin`): runs a Terraform command on the IACM stage's
 * workspace. IACM stages only.
 */
export class IacmTerraformPluginStep extends IacmPluginStep {
  public readonly type = 'IACMTerraformPlugin';

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: IacmTerraformPluginStepProps) {
    super(props, 'Terraform');
  }
}
