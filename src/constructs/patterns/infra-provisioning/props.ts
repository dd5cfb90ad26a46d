import type { StageInfrastructure } from '../../../pipeline/infrastructure';
import type { Timeout } from '../../../pipeline/timeout';
import type { IacScanner } from '../blocks/iac-scanner';
import type { OwnerPicker } from '../blocks/owner-picker';
import type { PatternInput } from '../blocks/pattern-input';
import type { SelfServicePatternProps } from '../blocks/self-service-pattern';

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
