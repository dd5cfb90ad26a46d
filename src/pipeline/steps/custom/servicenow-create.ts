import { fail } from '../../../core/errors';
import { type Expression, isLiteralText, type StepOutput } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { requireText } from '../common/field-checks';
import { checkServiceNowFields, renderServiceNowFields, type ServiceNowField } from './servicenow-field';

/** How the ticket is created (`createType`). */
export enum ServiceNowCreateType {
  /** From the fields given. */
  NORMAL = 'Normal',
  /** From a form template (`templateName`). */
  FORM = 'Form',
  /** From a standard change template (`templateName`; change requests only). */
  STANDARD = 'Standard',
}

/** Props of a {@link ServiceNowCreateStep}. */
export interface ServiceNowCreateStepProps extends StepProps {
  /** ServiceNow connector, e.g. `account.servicenow`. */
  readonly connectorRef: string;
  /** Ticket type (table), e.g. `change_request`, `incident`, `problem`, `change_task`, or a custom table; or an expression. */
  readonly ticketType: string | Expression;
  /** Ticket fields by ServiceNow field name. @default - none */
  readonly fields?: readonly ServiceNowField[];
  /** How the ticket is created. @default - not set (from the fields) */
  readonly createType?: ServiceNowCreateType;
  /** Template to create from; required with createType FORM or STANDARD. @default - none */
  readonly templateName?: string | Expression;
  /** Create from `templateName` (the older switch next to createType). @default - not set */
  readonly useServiceNowTemplate?: boolean;
  /** Delegate selectors. @default - any delegate */
  readonly delegateSelectors?: readonly string[];
}

/** Typed outputs of a {@link ServiceNowCreateStep}. */
export interface ServiceNowCreateOutputs {
  /** Number of the created ticket (`ticket.ticketNumber`), e.g. `CHG0030001`. */
  readonly ticketNumber: StepOutput;
  /** URL of the created ticket (`ticket.url`). */
  readonly ticketUrl: StepOutput;
}

/**
 * The ServiceNow Create step (`ServiceNowCreateStepInfo`): creates a ticket (change request, incident, problem,
 * change task or a custom table) on every run. Custom, Deployment, Approval and IACM stages.
 *
 * @see https://developer.harness.io/docs/continuous-delivery/x-platform-cd-features/cd-steps/ticketing-systems/create-service-now-tickets-in-cd-stages
 */
export class ServiceNowCreateStep extends Step {
  public readonly type = 'ServiceNowCreate';
  /** Typed references to the step's outputs (the new ticket). */
  public readonly outputs: ServiceNowCreateOutputs;
  private readonly props: ServiceNowCreateStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: ServiceNowCreateStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    requireText(props.connectorRef, where, 'spec.connectorRef', "give the ServiceNow connector, e.g. 'account.servicenow'");
    requireText(props.ticketType, where, 'spec.ticketType', "give the ticket type, e.g. 'change_request'");
    checkServiceNowFields(props.fields, where);
    checkCreateType(props, where);
    this.outputs = { ticketNumber: this.output('ticket.ticketNumber'), ticketUrl: this.output('ticket.url') };
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      connectorRef: p.connectorRef,
      ticketType: p.ticketType,
      fields: renderServiceNowFields(p.fields),
      createType: p.createType,
      templateName: p.templateName,
      useServiceNowTemplate: p.useServiceNowTemplate,
      delegateSelectors: p.delegateSelectors ? [...p.delegateSelectors] : undefined,
    };
  }
}

function checkCreateType(p: ServiceNowCreateStepProps, where: string): void {
  const t: unknown = p.createType;
  if (t !== undefined && !Object.values(ServiceNowCreateType).includes(t as ServiceNowCreateType)) {
    fail(
      where,
      'spec.createType',
      `'${String(t)}' is not a create type`,
      `use one of ${Object.values(ServiceNowCreateType).join(', ')} (this casing)`,
    );
  }
  const fromTemplate = t === ServiceNowCreateType.FORM || t === ServiceNowCreateType.STANDARD;
  if (fromTemplate) requireText(p.templateName, where, 'spec.templateName', `give the name of the ${t} template to create the ticket from`);
  if (t === ServiceNowCreateType.NORMAL && p.templateName !== undefined) {
    fail(where, 'spec.templateName', 'a Normal create uses no template', 'remove templateName, or use createType FORM or STANDARD');
  }
  if (t === ServiceNowCreateType.STANDARD && isLiteralText(p.ticketType) && p.ticketType.toLowerCase() !== 'change_request') {
    fail(
      where,
      'spec.createType',
      `standard templates create change requests, but ticketType is '${p.ticketType}'`,
      "set ticketType to 'change_request', or use createType FORM",
    );
  }
}
