import { Step, type StepProps } from '../../step';
import { Timeout } from '../../timeout';

/** Props of an {@link IacmApprovalStep}. */
export interface IacmApprovalStepProps extends StepProps {}

/**
 * The IaCM approval step (`IACMApproval`): shows the Terraform plan and waits for approval. IACM stages only.
 * Renders `spec: {}`: the docs' `autoApprove` field is not in the schema (`IACMApprovalInfo`), so it is not
 * emitted (reference A.2). Default timeout 1d.
 */
export class IacmApprovalStep extends Step {
  public readonly type = 'IACMApproval';

  constructor(props: IacmApprovalStepProps) {
    super(props);
  }

  protected get defaultTimeout(): Timeout {
    return Timeout.days(1);
  }

  protected renderSpec(): Record<string, unknown> {
    return {};
  }
}
