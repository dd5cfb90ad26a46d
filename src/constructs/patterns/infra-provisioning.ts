import { checkJiraProjectKey } from '../../pipeline/steps/custom/jira-keys';
import type { Construct } from 'constructs';
import { fail } from '../../core/errors';
import { ErrorType, FailureAction, FailureStrategy } from '../../pipeline/failure-strategy';
import { validateIdentifier } from '../../core/identifier';
import type { StageInfrastructure } from '../../pipeline/infrastructure';
import { StageStatus } from '../../pipeline/condition';
import { CustomStage } from '../../pipeline/stages/custom-stage';
import { IacmStage } from '../../pipeline/stages/iacm-stage';
import type { Step } from '../../pipeline/step';
import { requireText } from '../../pipeline/steps/common/field-checks';
import { RunStep, Shell } from '../../pipeline/steps/common/run';
import { JiraCreateStep } from '../../pipeline/steps/custom/jira-create';
import { JiraUpdateStep } from '../../pipeline/steps/custom/jira-update';
import { PolicyStep } from '../../pipeline/steps/custom/policy';
import { IacmApprovalStep } from '../../pipeline/steps/iacm/iacm-approval';
import { IacmTerraformPluginStep, TerraformCommand } from '../../pipeline/steps/iacm/iacm-terraform-plugin';
import { Timeout } from '../../pipeline/timeout';
import { FormPage } from '../../workflow/form-page';
import { WorkflowInput } from '../../workflow/workflow-input';
import { buildInConstruct } from '../private/model-validation';
import { IacScanner, requireScanner } from './blocks/iac-scanner';
import { OwnerPicker, ownerPickerOf } from './blocks/owner-picker';
import { checkChoices, PatternInput, patternInputOf } from './blocks/pattern-input';
import { SelfServicePattern, type SelfServicePatternProps } from './blocks/self-service-pattern';

/** Bounds of the `instance_count` form field. */
export interface InstanceCountBounds {
  /** Fewest instances the form accepts. @default 1 */
  readonly minimum?: number;
  /** Most instances the form accepts. @default 10 */
  readonly maximum?: number;
  /** Count the form proposes. @default the minimum */
  readonly default?: number;
}

/** Props of an {@link InfraProvisioning}. */
export interface InfraProvisioningProps extends SelfServicePatternProps {
  /** Jira connector of the change ticket, e.g. `account.jira_connector`. */
  readonly jiraConnectorRef: string;
  /**
   * Jira project key of the change ticket: fixed text (e.g. `OPS`), or a form field (`jira_project`).
   * @default PatternInput.formInput() (required field 'Jira project key')
   */
  readonly jiraProject?: string | PatternInput;
  /** Issue type of the change ticket. @default 'Task' */
  readonly jiraIssueType?: string;
  /** Status the ticket is moved to when the run ends (whatever its outcome). @default 'Done' */
  readonly jiraDoneStatus?: string;
  /**
   * The IaCM workspace to plan and apply: a fixed workspace identifier, or a form field (`iacm_workspace`).
   * The form's infrastructure values reach Terraform only through workspace variables that reference the
   * pipeline variables (e.g. `<+pipeline.variables.instance_type>`); that wiring lives on the workspace.
   * @default PatternInput.formInput() (required field 'IaCM workspace')
   */
  readonly workspace?: string | PatternInput;
  /**
   * The lint/scan step before the plan.
   * @default IacScanner.TFSEC (the native IACMTFSec step)
   */
  readonly scanner?: IacScanner;
  /**
   * OPA policy sets the exported plan is evaluated against, with scope, e.g. `['account.terraform_compliance']`.
   * At least one: the governance check is the point of this pattern.
   */
  readonly policySets: readonly string[];
  /**
   * Evaluate the policies before the plan approval (Policy step in the IACM stage) instead of after apply in
   * the governance stage, as the IaCM tutorial does (the stricter variant).
   * @default false
   */
  readonly policyBeforeApply?: boolean;
  /** Cloud providers offered (`cloud_provider` drop-down); the first is the default. @default ['AWS', 'GCP', 'Azure'] */
  readonly cloudProviders?: readonly string[];
  /** Instance types offered (`instance_type` drop-down); the first is the default. @default ['t3.micro', 't3.large', 'm5.xlarge'] */
  readonly instanceTypes?: readonly string[];
  /** Bounds of `instance_count`. @default { minimum: 1, maximum: 10, default: 1 } */
  readonly instanceCount?: InstanceCountBounds;
  /**
   * Run `detect-drift` next to the scan; its failures are marked as success (drift is reported, not fatal).
   * @default true
   */
  readonly detectDrift?: boolean;
  /**
   * JSON keys whose values are blanked in the exported plan before the policies (and the step output) see it.
   * Letters, digits and `_` only.
   * @default ['secret_key', 'access_key']
   */
  readonly redactedPlanKeys?: readonly string[];
  /** How long approvers have to approve the plan (IACMApproval). @default Timeout.hours(1) */
  readonly approvalTimeout?: Timeout | string;
  /** How the form asks for the requesting team. @default OwnerPicker.ownerPicker() (groups) */
  readonly ownerPicker?: OwnerPicker;
  /** Where the IACM stage runs. @default StageInfrastructure.cloud() */
  readonly infrastructure?: StageInfrastructure;
}

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

const DEFAULT_CLOUD_PROVIDERS: readonly string[] = ['AWS', 'GCP', 'Azure'];
const DEFAULT_INSTANCE_TYPES: readonly string[] = ['t3.micro', 't3.large', 'm5.xlarge'];
const DEFAULT_REDACTED_KEYS: readonly string[] = ['secret_key', 'access_key'];
/** Jira project keys: an uppercase letter, then uppercase letters, digits or `_`. */

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
    requireText(props.jiraConnectorRef, where, 'jiraConnectorRef', "pass the Jira connector, e.g. 'account.jira_connector'");
    const issueType = props.jiraIssueType ?? 'Task';
    requireText(issueType, where, 'jiraIssueType', "pass the issue type, e.g. 'Task'");
    const doneStatus = props.jiraDoneStatus ?? 'Done';
    requireText(doneStatus, where, 'jiraDoneStatus', "pass the target status, e.g. 'Done'");
    if (!Array.isArray(props.policySets) || props.policySets.length === 0) {
      fail(
        where,
        'policySets',
        'no OPA policy set is given, so the plan would not be checked',
        "list at least one policy set, e.g. ['account.terraform_compliance']",
      );
    }
    const scanner = props.scanner === undefined ? IacScanner.TFSEC : requireScanner(props.scanner, where, 'scanner');
    const cloudProviders = choices(props.cloudProviders, DEFAULT_CLOUD_PROVIDERS, where, 'cloudProviders', "['AWS', 'GCP']");
    const instanceTypes = choices(props.instanceTypes, DEFAULT_INSTANCE_TYPES, where, 'instanceTypes', "['t3.micro', 't3.large']");
    const count = checkCount(props.instanceCount ?? {}, where);
    const redacted = props.redactedPlanKeys ?? DEFAULT_REDACTED_KEYS;
    if (!Array.isArray(redacted))
      fail(
        where,
        'redactedPlanKeys',
        'expects a list of JSON keys',
        "pass e.g. ['secret_key', 'access_key'], or [] to export the plan as is",
      );
    for (const k of redacted) {
      if (typeof k !== 'string' || !/^[A-Za-z0-9_]+$/.test(k)) {
        fail(
          where,
          'redactedPlanKeys',
          `'${String(k)}' is not a plain JSON key (it is put into a sed expression)`,
          'use letters, digits and _ only',
        );
      }
    }
    const approvalTimeout =
      props.approvalTimeout === undefined ? Timeout.hours(1) : Timeout.of(props.approvalTimeout, `${where}: approvalTimeout`);
    const ownerPicker = ownerPickerOf(props.ownerPicker, OwnerPicker.ownerPicker(), where);

    // ---- inputs -------------------------------------------------------------------------------------------
    const owner = ownerPicker.createInput({ variableDescription: 'Requesting user/group' });
    const workspace = patternInputOf(props.workspace, PatternInput.formInput(), where, 'workspace').resolve(
      {
        id: 'iacm_workspace',
        prop: 'workspace',
        field: { title: 'IaCM workspace', variableDescription: 'IaCM workspace identifier' },
        checkFixed: (v, w, p) => validateIdentifier(v, w, p),
      },
      where,
    );
    const jiraProject = patternInputOf(props.jiraProject, PatternInput.formInput(), where, 'jiraProject').resolve(
      {
        id: 'jira_project',
        prop: 'jiraProject',
        field: { title: 'Jira project key', variableDescription: 'Jira project key' },
        // One rule, one place: the Jira steps' project key rule.
        checkFixed: (v, w, p) => checkJiraProjectKey(v, w, p),
      },
      where,
    );
    const jiraSummary = WorkflowInput.string('jira_summary', { title: 'Jira issue summary' });
    const cloudProvider = WorkflowInput.enum('cloud_provider', {
      title: 'Cloud provider',
      values: cloudProviders,
      default: cloudProviders[0],
    });
    const instanceType = WorkflowInput.enum('instance_type', { title: 'Instance type', values: instanceTypes, default: instanceTypes[0] });
    const ami = WorkflowInput.string('ami', { title: 'AMI', variableDescription: 'AMI id' });
    const subnet = WorkflowInput.string('subnet', { title: 'Subnet', variableDescription: 'Subnet id' });
    const vpc = WorkflowInput.string('vpc', { title: 'VPC security group', variableDescription: 'VPC security group id' });
    const instanceCount = WorkflowInput.number('instance_count', {
      title: 'Instance count',
      default: count.default,
      minimum: count.minimum,
      maximum: count.maximum,
      variableDescription: 'Number of instances',
    });
    const inputs: InfraProvisioningInputs = {
      owner,
      workspace: workspace.input,
      jiraProject: jiraProject.input,
      jiraSummary,
      cloudProvider,
      instanceType,
      ami,
      subnet,
      vpc,
      instanceCount,
    };

    // ---- Change Management --------------------------------------------------------------------------------
    const createTicket = new JiraCreateStep({
      identifier: 'create_jira_ticket',
      name: 'Create change ticket',
      timeout: Timeout.minutes(10),
      connectorRef: props.jiraConnectorRef,
      projectKey: jiraProject.value,
      issueType,
      fields: [
        { name: 'Summary', value: jiraSummary },
        {
          name: 'Description',
          value: `Provision ${instanceCount} x ${instanceType} (${cloudProvider}) in workspace ${workspace.value}; requested by ${owner}`,
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

    // ---- IACM ---------------------------------------------------------------------------------------------
    const tenMinutes = Timeout.minutes(10);
    const init = new IacmTerraformPluginStep({ identifier: 'init', name: 'init', timeout: tenMinutes, command: TerraformCommand.INIT });
    const scan = scanner.createStep();
    const detectDrift =
      (props.detectDrift ?? true)
        ? new IacmTerraformPluginStep({
            identifier: 'detect_drift',
            name: 'detect-drift',
            timeout: tenMinutes,
            command: TerraformCommand.DETECT_DRIFT,
            failureStrategies: [FailureStrategy.on([ErrorType.UNKNOWN], FailureAction.MARK_AS_SUCCESS)],
          })
        : undefined;
    const plan = new IacmTerraformPluginStep({ identifier: 'plan', name: 'plan', timeout: tenMinutes, command: TerraformCommand.PLAN });
    const exportPlan = new RunStep({
      identifier: 'export_plan',
      name: 'Export plan',
      timeout: Timeout.minutes(5),
      shell: Shell.BASH,
      command: exportPlanCommand(`${plan.outputs.parsedPlan}`, redacted),
      outputVariables: ['tfplan'],
    });
    const approvePlan = new IacmApprovalStep({ identifier: 'approve_plan', name: 'Approve plan', timeout: approvalTimeout });
    const apply = new IacmTerraformPluginStep({
      identifier: 'apply',
      name: 'apply',
      timeout: Timeout.minutes(30),
      command: TerraformCommand.APPLY,
    });
    const policy = new PolicyStep({
      identifier: 'opa_plan_check',
      name: 'OPA check on plan',
      timeout: tenMinutes,
      policySets: props.policySets,
      payload: exportPlan.outputVariable('tfplan'),
    });
    const provisioning = new IacmStage({
      identifier: 'iac_provisioning',
      name: 'Infra as Code Provisioning',
      description: '',
      tags: {},
      workspace: workspace.value,
      infrastructure: props.infrastructure,
    });
    provisioning.addStep(init);
    if (detectDrift) provisioning.addParallel(scan, detectDrift);
    else provisioning.addStep(scan);
    provisioning.addStep(plan, exportPlan);
    if (props.policyBeforeApply) provisioning.addStep(policy);
    provisioning.addStep(approvePlan, apply);

    // ---- Governance ---------------------------------------------------------------------------------------
    const updateTicket = new JiraUpdateStep({
      identifier: 'update_jira_ticket',
      name: 'Update change ticket',
      timeout: tenMinutes,
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

    const steps: InfraProvisioningSteps = {
      createTicket,
      init,
      scan,
      detectDrift,
      plan,
      exportPlan,
      approvePlan,
      apply,
      policy,
      updateTicket,
    };
    const stages: InfraProvisioningStages = { changeManagement, provisioning, governance };

    this.register({
      stages: [changeManagement, provisioning, governance],
      pages: [
        new FormPage({
          title: 'Request context',
          inputs: [owner, workspace.input, jiraProject.input, jiraSummary].filter((v): v is WorkflowInput => v !== undefined),
        }),
        new FormPage({ title: 'Infrastructure details', inputs: [cloudProvider, instanceType, ami, subnet, vpc, instanceCount] }),
      ],
      triggerName: 'Provisioning your infrastructure',
    });
    return { inputs, steps, stages };
  }
}

/**
 * The export step's script: reads the plan JSON file and blanks the values of the given keys, e.g.
 * `tfplan=$(cat <plan> | sed -E 's/"(secret_key|access_key)":\{"value":"[^"]*"\}/"\1":{"value":""}/g')`.
 * The `\{`, `\}` and `\1` are for sed; nothing in it is `${`, so neither YAML nor Terraform changes it.
 */
export function exportPlanCommand(planFile: string, redactedKeys: readonly string[]): string {
  if (redactedKeys.length === 0) return `tfplan=$(cat ${planFile})`;
  const sed = String.raw`s/"(${redactedKeys.join('|')})":\{"value":"[^"]*"\}/"\1":{"value":""}/g`;
  return `tfplan=$(cat ${planFile} | sed -E '${sed}')`;
}

/** A drop-down list prop with a default list (see {@link checkChoices}). */
function choices(
  value: readonly string[] | undefined,
  fallback: readonly string[],
  where: string,
  prop: string,
  example: string,
): readonly string[] {
  if (value === undefined) return fallback;
  return checkChoices(value, where, prop, `list at least one value, e.g. ${example}, or leave ${prop} out for the default list`);
}

/** Instance count bounds: whole numbers, 0 ≤ minimum ≤ default ≤ maximum. */
function checkCount(bounds: InstanceCountBounds, where: string): Required<InstanceCountBounds> {
  const minimum = bounds.minimum ?? 1;
  const maximum = bounds.maximum ?? 10;
  const dflt = bounds.default ?? minimum;
  for (const [field, v] of [
    ['minimum', minimum],
    ['maximum', maximum],
    ['default', dflt],
  ] as const) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      fail(where, `instanceCount.${field}`, `${String(v)} is not an instance count`, 'give a whole number, 0 or more');
    }
  }
  if (minimum > maximum)
    fail(where, 'instanceCount.minimum', `minimum ${minimum} is greater than maximum ${maximum}`, 'swap or fix the bounds');
  if (dflt < minimum || dflt > maximum)
    fail(where, 'instanceCount.default', `default ${dflt} is outside [${minimum}, ${maximum}]`, 'pick a default between the bounds');
  return { minimum, maximum, default: dflt };
}
