import { CustomStage } from '../../../pipeline/stages/custom-stage';
import { JiraCreateStep } from '../../../pipeline/steps/custom/jira-create';
import { Timeout } from '../../../pipeline/timeout';
import type { WorkflowInput } from '../../../workflow/workflow-input';
import type { InfraProvisioningInputs } from './members';

/** The Jira change ticket to open, and where. */
export interface ChangeTicket {
  /** Jira connector. */
  readonly connectorRef: string;
  /** Jira project key (fixed text or the form field). */
  readonly projectKey: string | WorkflowInput;
  /** Issue type. */
  readonly issueType: string;
  /** The IaCM workspace (fixed text or the form field), named in the ticket's description. */
  readonly workspace: string | WorkflowInput;
}

/** The Change Management stage: opens the change ticket describing the request. */
export function changeManagementStage(
  ticket: ChangeTicket,
  inputs: InfraProvisioningInputs,
): { createTicket: JiraCreateStep; changeManagement: CustomStage } {
  const { instanceCount, instanceType, cloudProvider, owner } = inputs;
  const createTicket = new JiraCreateStep({
    identifier: 'create_jira_ticket',
    name: 'Create change ticket',
    timeout: Timeout.minutes(10),
    connectorRef: ticket.connectorRef,
    projectKey: ticket.projectKey,
    issueType: ticket.issueType,
    fields: [
      { name: 'Summary', value: inputs.jiraSummary },
      {
        name: 'Description',
        value: `Provision ${instanceCount} x ${instanceType} (${cloudProvider}) in workspace ${ticket.workspace}; requested by ${owner}`,
      },
    ],
  });
  const changeManagement = new CustomStage({
    identifier: 'change_management',
    name: 'Change Management',
    description: '',
    tags: {},
    steps: [createTicket],
  });
  return { createTicket, changeManagement };
}
