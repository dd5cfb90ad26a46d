import type { CustomStage } from '../../../pipeline/stages/custom-stage';
import type { IacmStage } from '../../../pipeline/stages/iacm-stage';
import type { Step } from '../../../pipeline/step';
import type { RunStep } from '../../../pipeline/steps/common/run';
import type { JiraCreateStep } from '../../../pipeline/steps/custom/jira-create';
import type { JiraUpdateStep } from '../../../pipeline/steps/custom/jira-update';
import type { PolicyStep } from '../../../pipeline/steps/custom/policy';
import type { IacmApprovalStep } from '../../../pipeline/steps/iacm/iacm-approval';
import type { IacmTerraformPluginStep } from '../../../pipeline/steps/iacm/iacm-terraform-plugin';
import type { WorkflowInput } from '../../../workflow/workflow-input';

/** The workflow inputs of an {@link InfraProvisioning}. */
export interface InfraProvisioningInputs {
  /** `owner`: the requesting group or user. */
  readonly owner: WorkflowInput;
  /** `iacm_workspace`, unless the workspace is fixed. */
  readonly workspace?: WorkflowInput;
  /** `jira_project`, unless the project is fixed. */
  readonly jiraProject?: WorkflowInput;
  /** `jira_summary`. */
  readonly jiraSummary: WorkflowInput;
  /** `cloud_provider`. */
  readonly cloudProvider: WorkflowInput;
  /** `instance_type`. */
  readonly instanceType: WorkflowInput;
  /** `ami`. */
  readonly ami: WorkflowInput;
  /** `subnet`. */
  readonly subnet: WorkflowInput;
  /** `vpc` (security group). */
  readonly vpc: WorkflowInput;
  /** `instance_count` (a Number variable). */
  readonly instanceCount: WorkflowInput;
}

/** The steps of an {@link InfraProvisioning}. */
export interface InfraProvisioningSteps {
  /** Change Management stage: opens the change ticket. */
  readonly createTicket: JiraCreateStep;
  /** IACM stage: `init`. */
  readonly init: IacmTerraformPluginStep;
  /** IACM stage: the lint/scan step. */
  readonly scan: Step;
  /** IACM stage: `detect-drift`, next to the scan (with `detectDrift`). */
  readonly detectDrift?: IacmTerraformPluginStep;
  /** IACM stage: `plan`. */
  readonly plan: IacmTerraformPluginStep;
  /** IACM stage: Run step exporting the redacted plan JSON as `tfplan`. */
  readonly exportPlan: RunStep;
  /** IACM stage: the plan approval. Always present. */
  readonly approvePlan: IacmApprovalStep;
  /** IACM stage: `apply`. */
  readonly apply: IacmTerraformPluginStep;
  /** OPA check of the exported plan (governance stage, or IACM stage with `policyBeforeApply`). */
  readonly policy: PolicyStep;
  /** Governance stage: comments the OPA status and closes the ticket; runs whatever the stage status. */
  readonly updateTicket: JiraUpdateStep;
}

/** The stages of an {@link InfraProvisioning}. */
export interface InfraProvisioningStages {
  /** `change_management` (Custom). */
  readonly changeManagement: CustomStage;
  /** `iac_provisioning` (IACM). */
  readonly provisioning: IacmStage;
  /** `governance` (Custom). */
  readonly governance: CustomStage;
}
