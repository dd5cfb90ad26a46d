import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';

/** Props of an {@link IacmApprovalStep}. */
export interface IacmApprovalStepProps extends StepProps {
  /**
   * Approve without waiting for a user, e.g. from a stage variable that the workflow sets (`autoApprove`: Harness's
   * docs and examples write it; the schema's open `IACMApprovalInfo` does not list it).
   * @default - not set (a user approves)
   */
  readonly autoApprove?: boolean | Expression;
}

/**
 * The IaCM approval step (`IACMApproval`): shows the Terraform plan and waits for approval. IACM stages only.
 * Renders `spec: {}` unless `autoApprove` is given.
 *
 * @see https://developer.harness.io/docs/infra-as-code-management/pipelines/operations-overview
 */
export class IacmApprovalStep extends Step {
  public readonly type = 'IACMApproval';
  private readonly autoApprove?: boolean | Expression;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: IacmApprovalStepProps) {
    super(props);
    const a: unknown = props.autoApprove;
    if (a !== undefined && typeof a !== 'boolean' && !(a instanceof Expression)) {
      fail(this.describe(), 'spec.autoApprove', `expects true or false, got ${typeof a}`, 'pass a boolean or an expression');
    }
    this.autoApprove = props.autoApprove;
  }

  protected renderSpec(): Record<string, unknown> {
    return { autoApprove: this.autoApprove };
  }
}
