import { validateIdentifier } from '../../../core/identifier';
import { checkJiraProjectKey } from '../../../pipeline/steps/custom/jira-keys';
import { WorkflowInput } from '../../../workflow/workflow-input';
import { PatternInput, patternInputOf } from '../blocks/pattern-input';
import type { InfraProvisioningInputs } from './members';
import type { InfraProvisioningProps } from './props';
import type { ProvisioningSettings } from './settings';

/** The workflow inputs of an InfraProvisioning, with the workspace and Jira project (fixed text or their form fields). */
export function provisioningInputs(
  props: InfraProvisioningProps,
  settings: ProvisioningSettings,
  where: string,
): { inputs: InfraProvisioningInputs; workspace: string | WorkflowInput; jiraProject: string | WorkflowInput } {
  const owner = settings.ownerPicker.createInput({ variableDescription: 'Requesting user/group' });
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
  const inputs: InfraProvisioningInputs = {
    owner,
    workspace: workspace.input,
    jiraProject: jiraProject.input,
    jiraSummary: WorkflowInput.string('jira_summary', { title: 'Jira issue summary' }),
    ...infrastructureInputs(settings),
  };
  return { inputs, workspace: workspace.value, jiraProject: jiraProject.value };
}

/** The fields of the 'Infrastructure details' page. */
function infrastructureInputs(
  settings: ProvisioningSettings,
): Pick<InfraProvisioningInputs, 'cloudProvider' | 'instanceType' | 'ami' | 'subnet' | 'vpc' | 'instanceCount'> {
  const { cloudProviders, instanceTypes, count } = settings;
  return {
    cloudProvider: WorkflowInput.enum('cloud_provider', {
      title: 'Cloud provider',
      values: cloudProviders,
      default: cloudProviders[0],
    }),
    instanceType: WorkflowInput.enum('instance_type', { title: 'Instance type', values: instanceTypes, default: instanceTypes[0] }),
    ami: WorkflowInput.string('ami', { title: 'AMI', variableDescription: 'AMI id' }),
    subnet: WorkflowInput.string('subnet', { title: 'Subnet', variableDescription: 'Subnet id' }),
    vpc: WorkflowInput.string('vpc', { title: 'VPC security group', variableDescription: 'VPC security group id' }),
    instanceCount: WorkflowInput.number('instance_count', {
      title: 'Instance count',
      default: count.default,
      minimum: count.minimum,
      maximum: count.maximum,
      variableDescription: 'Number of instances',
    }),
  };
}
