import { StageStatus } from '../../../pipeline/condition';
import { CustomStage } from '../../../pipeline/stages/custom-stage';
import type { JiraCreateStep } from '../../../pipeline/steps/custom/jira-create';
import { JiraUpdateStep } from '../../../pipeline/steps/custom/jira-update';
import type { PolicyStep } from '../../../pipeline/steps/custom/policy';
import { Timeout } from '../../../pipeline/timeout';
import type { InfraProvisioningProps } from './props';

/**
 * The Governance stage: the OPA check of the plan (unless it ran before the approval), then the ticket update
 * with its status, whatever the stage status.
 */
export function governanceStage(
  props: InfraProvisioningProps,
  doneStatus: string,
  createTicket: JiraCreateStep,
  policy: PolicyStep,
): { updateTicket: JiraUpdateStep; governance: CustomStage } {
  const updateTicket = new JiraUpdateStep({
    identifier: 'update_jira_ticket',
    name: 'Update change ticket',
    timeout: Timeout.minutes(10),
    when: { stageStatus: StageStatus.ALL },
    connectorRef: props.jiraConnectorRef,
    issueKey: createTicket.outputs.issueKey,
    transitionTo: { status: doneStatus },
    fields: [{ name: 'Comment', value: `Provisioned by Harness IDP. OPA status: ${policy.outputs.status}` }],
  });
  const governance = new CustomStage({
    identifier: 'governance',
    name: 'Governance Management',
    description: '',
    tags: {},
    steps: props.policyBeforeApply ? [updateTicket] : [policy, updateTicket],
  });
  return { updateTicket, governance };
}
