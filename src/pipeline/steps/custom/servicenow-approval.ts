import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import type { Timeout } from '../../timeout';
import { requireText } from '../common/field-checks';
import { type ApprovalCriteria, checkApprovalCriteria } from './approval-criteria';
import { checkDuration } from './duration';

/** Props of a {@link ServiceNowApprovalStep}. */
export interface ServiceNowApprovalStepProps extends StepProps {
  /** ServiceNow connector, e.g. `account.servicenow`. */
  readonly connectorRef: string;
  /** Ticket type (table), e.g. `change_request`; or an expression. */
  readonly ticketType: string | Expression;
  /** The ticket to watch, e.g. `serviceNowCreate.outputs.ticketNumber`. */
  readonly ticketNumber: string | Expression;
  /** When the ticket approves the pipeline, e.g. `ApprovalCriteria.keyValues([{ key: 'state', ... }])`. */
  readonly approvalCriteria: ApprovalCriteria;
  /** When the ticket rejects it. @default - none (only the timeout ends the wait) */
  readonly rejectionCriteria?: ApprovalCriteria;
  /**
   * Proceed only inside the change window given by two date fields of the ticket, e.g.
   * `{ startField: 'start_date', endField: 'end_date' }`. @default - none
   */
  readonly changeWindow?: { readonly startField: string; readonly endField: string };
  /** How often Harness reads the ticket, e.g. `'1m'`. @default - Harness's own interval */
  readonly retryInterval?: Timeout | string | Expression;
  /** Delegate selectors. @default - any delegate */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The ServiceNow Approval step (`ServiceNowApprovalStepInfo`): waits until a ServiceNow ticket meets the approval
 * criteria (or the rejection criteria), optionally inside its change window. Custom, Deployment, Approval and IACM
 * stages. Timeout not set: Harness applies 1d.
 *
 * @see https://developer.harness.io/docs/platform/approvals/service-now-approvals
 */
export class ServiceNowApprovalStep extends Step {
  public readonly type = 'ServiceNowApproval';
  private readonly props: ServiceNowApprovalStepProps;
  private readonly retryInterval?: string | Expression;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: ServiceNowApprovalStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.connectorRef, where, 'spec.connectorRef', "give the ServiceNow connector, e.g. 'account.servicenow'");
    requireText(props.ticketType, where, 'spec.ticketType', "give the ticket type, e.g. 'change_request'");
    requireText(
      props.ticketNumber,
      where,
      'spec.ticketNumber',
      "give the ticket number, or a ServiceNowCreate step's outputs.ticketNumber",
    );
    checkApprovalCriteria(props.approvalCriteria, where, 'spec.approvalCriteria', true);
    checkApprovalCriteria(props.rejectionCriteria, where, 'spec.rejectionCriteria', false);
    if (props.changeWindow !== undefined) {
      requireText(
        props.changeWindow.startField,
        where,
        'spec.changeWindow.startField',
        "give the ticket's start date field, e.g. 'start_date'",
      );
      requireText(props.changeWindow.endField, where, 'spec.changeWindow.endField', "give the ticket's end date field, e.g. 'end_date'");
    }
    this.retryInterval = checkDuration(props.retryInterval, where, 'spec.retryInterval', false);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      connectorRef: p.connectorRef,
      ticketType: p.ticketType,
      ticketNumber: p.ticketNumber,
      approvalCriteria: p.approvalCriteria.toObject(),
      rejectionCriteria: p.rejectionCriteria?.toObject(),
      changeWindow: p.changeWindow ? { startField: p.changeWindow.startField, endField: p.changeWindow.endField } : undefined,
      retryInterval: this.retryInterval,
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}
