import { fail } from '../../../core/errors';
import { requireText } from '../../../pipeline/steps/common/field-checks';
import { Timeout } from '../../../pipeline/timeout';
import { IacScanner, requireScanner } from '../blocks/iac-scanner';
import { OwnerPicker, ownerPickerOf } from '../blocks/owner-picker';
import { checkChoices } from '../blocks/pattern-input';
import type { InfraProvisioningProps, InstanceCountBounds } from './props';

/** The props of an InfraProvisioning, checked, with their defaults. */
export interface ProvisioningSettings {
  /** Issue type of the change ticket. */
  readonly issueType: string;
  /** Status the ticket is moved to when the run ends. */
  readonly doneStatus: string;
  /** The lint/scan step before the plan. */
  readonly scanner: IacScanner;
  /** Cloud providers offered, the first being the default. */
  readonly cloudProviders: readonly string[];
  /** Instance types offered, the first being the default. */
  readonly instanceTypes: readonly string[];
  /** Bounds of `instance_count`. */
  readonly count: Required<InstanceCountBounds>;
  /** JSON keys blanked in the exported plan. */
  readonly redacted: readonly string[];
  /** How long approvers have to approve the plan. */
  readonly approvalTimeout: Timeout;
  /** How the form asks for the requesting team. */
  readonly ownerPicker: OwnerPicker;
}

const DEFAULT_CLOUD_PROVIDERS: readonly string[] = ['AWS', 'GCP', 'Azure'];
const DEFAULT_INSTANCE_TYPES: readonly string[] = ['t3.micro', 't3.large', 'm5.xlarge'];
const DEFAULT_REDACTED_KEYS: readonly string[] = ['secret_key', 'access_key'];

/** Checks the props of an InfraProvisioning and applies their defaults. */
export function provisioningSettings(props: InfraProvisioningProps, where: string): ProvisioningSettings {
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
  const redacted = checkRedactedKeys(props.redactedPlanKeys ?? DEFAULT_REDACTED_KEYS, where);
  const approvalTimeout =
    props.approvalTimeout === undefined ? Timeout.hours(1) : Timeout.of(props.approvalTimeout, `${where}: approvalTimeout`);
  const ownerPicker = ownerPickerOf(props.ownerPicker, OwnerPicker.ownerPicker(), where);
  return { issueType, doneStatus, scanner, cloudProviders, instanceTypes, count, redacted, approvalTimeout, ownerPicker };
}

/** The keys blanked in the exported plan: plain JSON keys, as they go into a sed expression. */
function checkRedactedKeys(redacted: readonly string[], where: string): readonly string[] {
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
  return redacted;
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
