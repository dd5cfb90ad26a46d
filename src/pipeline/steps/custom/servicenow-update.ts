import { fail } from '../../../core/errors';
import { type Expression, isLiteralText } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { checkServiceNowFields, renderServiceNowFields, type ServiceNowField } from './servicenow-field';

/** The change tasks of a change request to update at once (`updateMultiple`, type `CHANGE_TASK`). */
export interface ServiceNowChangeTasks {
  /** The parent change request, e.g. `CHG0030001`, or an expression. */
  readonly changeRequestNumber: string | Expression;
  /** Only tasks of this type. @default - every task of the change request */
  readonly changeTaskType?: string | Expression;
}

/** Props of a {@link ServiceNowUpdateStep}. Set exactly one of `ticketNumber` and `updateMultiple`. */
export interface ServiceNowUpdateStepProps extends StepProps {
  /** ServiceNow connector, e.g. `account.servicenow`. */
  readonly connectorRef: string;
  /** Ticket type (table), e.g. `change_request`, `incident`, `change_task`; or an expression. */
  readonly ticketType: string | Expression;
  /** The ticket to update, e.g. `serviceNowCreate.outputs.ticketNumber`. @default - none */
  readonly ticketNumber?: string | Expression;
  /** Update every change task of a change request instead (ticketType `change_task`). @default - none */
  readonly updateMultiple?: ServiceNowChangeTasks;
  /** Fields to update by ServiceNow field name. @default - none */
  readonly fields?: readonly ServiceNowField[];
  /** Update from this form template (renders `useServiceNowTemplate: true`). @default - none (from the fields) */
  readonly templateName?: string | Expression;
  /** Delegate selectors. @default - any delegate */
  readonly delegateSelectors?: readonly string[];
}

/**
 * The ServiceNow Update step (`ServiceNowUpdateStepInfo`): updates one ticket, or all change tasks of a change
 * request. The schema requires `useServiceNowTemplate`; it is rendered from whether `templateName` is set. Custom,
 * Deployment, Approval and IACM stages.
 *
 * @see https://developer.harness.io/docs/continuous-delivery/x-platform-cd-features/cd-steps/ticketing-systems/update-service-now-tickets-in-cd-stages
 */
export class ServiceNowUpdateStep extends Step {
  public readonly type = 'ServiceNowUpdate';
  private readonly props: ServiceNowUpdateStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: ServiceNowUpdateStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.connectorRef, where, 'spec.connectorRef', "give the ServiceNow connector, e.g. 'account.servicenow'");
    requireText(props.ticketType, where, 'spec.ticketType', "give the ticket type, e.g. 'change_request'");
    if ((props.ticketNumber === undefined) === (props.updateMultiple === undefined)) {
      fail(
        where,
        'spec.ticketNumber',
        props.ticketNumber === undefined
          ? 'neither ticketNumber nor updateMultiple is set'
          : 'ticketNumber and updateMultiple are mutually exclusive',
        'set ticketNumber to update one ticket, or updateMultiple to update the change tasks of a change request',
      );
    }
    if (props.ticketNumber !== undefined)
      requireText(props.ticketNumber, where, 'spec.ticketNumber', 'give the ticket number or an expression');
    const m = props.updateMultiple;
    if (m !== undefined) {
      requireText(m.changeRequestNumber, where, 'spec.updateMultiple.spec.changeRequestNumber', 'give the change request number');
      if (isLiteralText(props.ticketType) && props.ticketType.toLowerCase() !== 'change_task') {
        fail(
          where,
          'spec.updateMultiple',
          `updates change tasks, but ticketType is '${props.ticketType}'`,
          "set ticketType to 'change_task'",
        );
      }
    }
    checkServiceNowFields(props.fields, where);
    if (props.templateName !== undefined) requireText(props.templateName, where, 'spec.templateName', 'give the template name');
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    const m = p.updateMultiple;
    return {
      connectorRef: p.connectorRef,
      ticketType: p.ticketType,
      ticketNumber: p.ticketNumber,
      updateMultiple: m
        ? { type: 'CHANGE_TASK', spec: { changeRequestNumber: m.changeRequestNumber, changeTaskType: m.changeTaskType } }
        : undefined,
      useServiceNowTemplate: p.templateName !== undefined,
      templateName: p.templateName,
      fields: renderServiceNowFields(p.fields),
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}
