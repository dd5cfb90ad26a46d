import { IacmPluginStep, type IacmPluginStepProps } from './iacm-plugin-step';

/** Props of an {@link IacmOpenTofuPluginStep}. */
export interface IacmOpenTofuPluginStepProps extends IacmPluginStepProps {}

/**
 * The IaCM OpenTofu plugin step (`IACMOpenTofuPlugin`): runs an OpenTofu command (`tofu init`, `plan`, `apply`, ...)
 * on the IACM stage's workspace, whose provisioner is OpenTofu. Same commands, spec and checks as the Terraform
 * plugin step. IACM stages only.
 * @see https://developer.harness.io/docs/infra-as-code-management/iac-provisioners/opentofu/plugin-commands
 */
export class IacmOpenTofuPluginStep extends IacmPluginStep {
  public readonly type = 'IACMOpenTofuPlugin';

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: IacmOpenTofuPluginStepProps) {
    super(props, 'OpenTofu');
  }
}
