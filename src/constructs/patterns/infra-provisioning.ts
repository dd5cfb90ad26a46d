import type { Construct } from 'constructs';
import { FormPage } from '../../workflow/form-page';
import type { WorkflowInput } from '../../workflow/workflow-input';
import { buildInConstruct } from '../private/model-validation';
import { SelfServicePattern } from './blocks/self-service-pattern';
import { changeManagementStage } from './infra-provisioning/change-management';
import { governanceStage } from './infra-provisioning/governance';
import { provisioningInputs } from './infra-provisioning/inputs';
import type { InfraProvisioningInputs, InfraProvisioningStages, InfraProvisioningSteps } from './infra-provisioning/members';
import type { InfraProvisioningProps } from './infra-provisioning/props';
import { provisioningStage } from './infra-provisioning/provisioning';
import { provisioningSettings } from './infra-provisioning/settings';

/**
 * Infrastructure provisioning: a Custom stage opens a Jira change ticket, an IACM
 * stage runs `init`, the lint/scan (with `detect-drift` next to it), `plan`, exports the plan JSON with
 * credentials blanked, waits for the plan approval and runs `apply`, and a Custom governance stage evaluates
 * the OPA policy sets on the exported plan and updates the ticket with the result.
 *
 * The plan approval (`IACMApproval`) is always part of the pipeline and cannot be switched off: applying
 * infrastructure nobody looked at is not a self-service operation. Its approvers are configured in IaCM.
 * @see https://developer.harness.io/docs/internal-developer-portal/adoption/why-workflows
 */
export class InfraProvisioning extends SelfServicePattern {
  /** The workflow inputs (pipeline variables). */
  public readonly inputs: InfraProvisioningInputs;
  /** The steps. */
  public readonly steps: InfraProvisioningSteps;
  /** The three stages. */
  public readonly stages: InfraProvisioningStages;

  /** Creates the infrastructure provisioning: the Jira, IaCM and policy pipeline, its workflow form and their registration. */
  constructor(scope: Construct, id: string, props: InfraProvisioningProps) {
    super(scope, id, props, {
      identifier: 'idp_infra_provisioning',
      title: 'Provision infrastructure (IaCM)',
      pipelineName: 'IDP Infrastructure Provisioning',
      description: 'Jira change ticket + IaCM plan/approve/apply + OPA check on the plan.',
      type: 'environment',
      tags: ['iacm', 'terraform'],
    });
    const built = buildInConstruct(this.node.path, () => this.buildParts(props));
    this.inputs = built.inputs;
    this.steps = built.steps;
    this.stages = built.stages;
  }

  /**
   * Builds the inputs, steps and stages from the props and registers the pipeline and the workflow (run
   * through {@link buildInConstruct}, so a model error names this construct's path).
   */
  private buildParts(props: InfraProvisioningProps): {
    inputs: InfraProvisioningInputs;
    steps: InfraProvisioningSteps;
    stages: InfraProvisioningStages;
  } {
    const where = this.node.path;
    const settings = provisioningSettings(props, where);
    const { inputs, workspace, jiraProject } = provisioningInputs(props, settings, where);
    const ticket = { connectorRef: props.jiraConnectorRef, projectKey: jiraProject, issueType: settings.issueType, workspace };
    const { createTicket, changeManagement } = changeManagementStage(ticket, inputs);
    const iacm = provisioningStage(props, settings, workspace);
    const { updateTicket, governance } = governanceStage(props, settings.doneStatus, createTicket, iacm.steps.policy);
    const steps: InfraProvisioningSteps = { createTicket, ...iacm.steps, updateTicket };
    const stages: InfraProvisioningStages = { changeManagement, provisioning: iacm.provisioning, governance };
    const i = inputs;
    this.register({
      stages: [changeManagement, iacm.provisioning, governance],
      pages: [
        new FormPage({
          title: 'Request context',
          inputs: [i.owner, i.workspace, i.jiraProject, i.jiraSummary].filter((v): v is WorkflowInput => v !== undefined),
        }),
        new FormPage({
          title: 'Infrastructure details',
          inputs: [i.cloudProvider, i.instanceType, i.ami, i.subnet, i.vpc, i.instanceCount],
        }),
      ],
      triggerName: 'Provisioning your infrastructure',
    });
    return { inputs, steps, stages };
  }
}
