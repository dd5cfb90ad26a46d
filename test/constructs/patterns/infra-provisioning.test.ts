import { IacScanner } from '../../../src/constructs/patterns/blocks/iac-scanner';
import { InfraProvisioning } from '../../../src/constructs/patterns/infra-provisioning';
import { exportPlanCommand } from '../../../src/constructs/patterns/infra-provisioning/export-plan';
import type { InfraProvisioningProps } from '../../../src/constructs/patterns/infra-provisioning/props';
import { OwnerPicker } from '../../../src/constructs/patterns/blocks/owner-picker';
import { PatternInput } from '../../../src/constructs/patterns/blocks/pattern-input';
import { StageInfrastructure } from '../../../src/pipeline/infrastructure';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { referencePipeline, referenceStep, referenceWorkflow } from '../../support/reference-examples';
import { inputsetKeys, messageOf, patternDocs, platform, property, runtimeInputNames } from '../../support/pattern-docs';

const ID = 'idp_infra_provisioning';
const TFSEC_PLUGIN = 'https://github.com/urischeiner/tfsec-iacm.git';
const PLAN = '<+pipeline.stages.iac_provisioning.spec.execution.steps.plan.output.outputVariables.parsedPlan>';

/** The platform decisions behind the infra-provisioning example pipeline and workflow. */
function referenceProps(extra: Partial<InfraProvisioningProps> = {}): InfraProvisioningProps {
  return {
    jiraConnectorRef: 'account.jira_connector',
    policySets: ['account.terraform_compliance'],
    scanner: IacScanner.plugin(TFSEC_PLUGIN, { identifier: 'tfsec' }),
    owner: 'group:account/iacm_team',
    ...extra,
  };
}

function minimalProps(extra: Partial<InfraProvisioningProps> = {}): InfraProvisioningProps {
  return { jiraConnectorRef: 'account.jira_connector', policySets: ['account.terraform_compliance'], ...extra };
}

/** Step nodes of a stage, parallel blocks flattened (lanes marked with `parallel`). */
function stageSteps(pipeline: Record<string, any>, stage: string): Record<string, any>[] {
  const node = pipeline.stages.find((s: any) => s.stage.identifier === stage).stage;
  return node.spec.execution.steps.flatMap((e: any) =>
    e.parallel ? e.parallel.map((p: any) => ({ ...p.step, parallel: true })) : [e.step],
  );
}

function step(pipeline: Record<string, any>, identifier: string): Record<string, any> {
  for (const s of pipeline.stages) {
    const found = stageSteps(pipeline, s.stage.identifier).find((x) => x.identifier === identifier);
    if (found) return found;
  }
  throw new Error(`no step ${identifier}`);
}

describe('InfraProvisioning', () => {
  test("renders the example pipeline with the tutorial's tfsec plugin (one difference, below)", () => {
    const s = platform();
    new InfraProvisioning(s, 'infra', referenceProps());
    const { pipeline, pipelineYaml } = patternDocs(s, ID);
    const expected = referencePipeline('infra-provisioning').pipeline;
    // The example writes `transitionName: ""`; the field is optional (TransitionTo requires only status) and left out.
    const update = expected.stages[2].stage.spec.execution.steps[1].step;
    delete update.spec.transitionTo.transitionName;
    expect(pipeline).toEqual(expected);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('the export step keeps the sed expression of the example pipeline byte for byte', () => {
    const s = platform();
    new InfraProvisioning(s, 'infra', referenceProps());
    const command: string = step(patternDocs(s, ID).pipeline, 'export_plan').spec.command;
    expect(command).toBe(referenceStep('infra-provisioning', 'export_plan').spec.command);
    expect(command).toContain(String.raw`\{"value":"[^"]*"\}/"\1":{"value":""}/g'`);
  });

  test('renders the example workflow form (IDP 2.0)', () => {
    const s = platform();
    new InfraProvisioning(s, 'infra', referenceProps());
    const { workflow } = patternDocs(s, ID);
    expect(workflow).toEqual({
      ...referenceWorkflow('infra-provisioning'),
      orgIdentifier: 'default',
      projectIdentifier: 'idp_workflows',
    });
  });

  test('every pipeline runtime input has an inputset entry, and the reverse', () => {
    const s = platform();
    new InfraProvisioning(s, 'infra', referenceProps());
    new InfraProvisioning(s, 'fixed', minimalProps({ identifier: 'fixed_infra', workspace: 'prod_vpc', jiraProject: 'OPS' }));
    for (const id of [ID, 'fixed_infra']) {
      const { pipeline, workflow } = patternDocs(s, id);
      expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    }
    expect(runtimeInputNames(patternDocs(s, 'fixed_infra').pipeline)).toEqual([
      'owner',
      'jira_summary',
      'cloud_provider',
      'instance_type',
      'ami',
      'subnet',
      'vpc',
      'instance_count',
    ]);
  });

  test('snapshot of the pipeline and the workflow', () => {
    const s = platform();
    new InfraProvisioning(s, 'infra', referenceProps());
    expect(patternDocs(s, ID).docs).toMatchSnapshot();
  });

  test('default scanner: the native IACMTFSec step, in parallel with detect-drift', () => {
    const s = platform();
    const infra = new InfraProvisioning(s, 'infra', minimalProps());
    const { pipeline, pipelineYaml } = patternDocs(s, ID);
    const iacm = pipeline.stages[1].stage.spec.execution.steps;
    expect(iacm[1]).toEqual({
      parallel: [
        { step: { type: 'IACMTFSec', name: 'tfsec', identifier: 'tfsec', timeout: '10m', spec: {} } },
        {
          step: {
            type: 'IACMTerraformPlugin',
            name: 'detect-drift',
            identifier: 'detect_drift',
            timeout: '10m',
            failureStrategies: [{ onFailure: { errors: ['Unknown'], action: { type: 'MarkAsSuccess' } } }],
            spec: { command: 'detect-drift' },
          },
        },
      ],
    });
    expect(infra.steps.scan.type).toBe('IACMTFSec');
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('TFLint or Checkov scanners; without drift detection the scan runs alone', () => {
    const s = platform();
    new InfraProvisioning(s, 'lint', minimalProps({ identifier: 'lint_infra', scanner: IacScanner.TFLINT, detectDrift: false }));
    new InfraProvisioning(s, 'checkov', minimalProps({ identifier: 'checkov_infra', scanner: IacScanner.CHECKOV }));
    const lint = patternDocs(s, 'lint_infra');
    expect(lint.pipeline.stages[1].stage.spec.execution.steps.map((e: any) => e.step?.identifier ?? 'parallel')).toEqual([
      'init',
      'tflint',
      'plan',
      'export_plan',
      'approve_plan',
      'apply',
    ]);
    expect(step(lint.pipeline, 'tflint')).toEqual({ type: 'IACMTFLint', name: 'tflint', identifier: 'tflint', timeout: '10m', spec: {} });
    expect(step(patternDocs(s, 'checkov_infra').pipeline, 'checkov').type).toBe('IACMCheckov');
    expect(lint.pipelineYaml).toBeValidHarnessPipeline();
  });

  test('a plugin scanner with settings', () => {
    const s = platform();
    new InfraProvisioning(
      s,
      'infra',
      minimalProps({ scanner: IacScanner.plugin('acme/iac-lint@v2', { name: 'IaC lint', settings: { severity: 'HIGH' } }) }),
    );
    expect(step(patternDocs(s, ID).pipeline, 'lint')).toEqual({
      type: 'Plugin',
      name: 'IaC lint',
      identifier: 'lint',
      timeout: '10m',
      parallel: true,
      spec: { uses: 'acme/iac-lint@v2', settings: { severity: 'HIGH' } },
    });
  });

  test('the plan approval is always there (IACMApproval, 1h by default)', () => {
    const s = platform();
    const infra = new InfraProvisioning(s, 'infra', minimalProps({ approvalTimeout: '4h' }));
    expect(infra.steps.approvePlan.type).toBe('IACMApproval');
    const steps = stageSteps(patternDocs(s, ID).pipeline, 'iac_provisioning');
    const ids = steps.map((x) => x.identifier);
    expect(ids.indexOf('approve_plan')).toBe(ids.indexOf('apply') - 1);
    expect(steps.find((x) => x.identifier === 'approve_plan')).toEqual({
      type: 'IACMApproval',
      name: 'Approve plan',
      identifier: 'approve_plan',
      timeout: '4h',
      spec: {},
    });
  });

  test('fixed workspace and Jira project: no form fields, literal values in the stage and the ticket', () => {
    const s = platform();
    const infra = new InfraProvisioning(
      s,
      'infra',
      minimalProps({ workspace: 'prod_vpc', jiraProject: PatternInput.fixed('OPS'), jiraIssueType: 'Change', jiraDoneStatus: 'Closed' }),
    );
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, ID);
    expect(infra.inputs.workspace).toBeUndefined();
    expect(infra.inputs.jiraProject).toBeUndefined();
    expect(pipeline.stages[1].stage.spec.workspace).toBe('prod_vpc');
    expect(step(pipeline, 'create_jira_ticket').spec).toEqual({
      connectorRef: 'account.jira_connector',
      projectKey: 'OPS',
      issueType: 'Change',
      fields: [
        { name: 'Summary', value: '<+pipeline.variables.jira_summary>' },
        {
          name: 'Description',
          value:
            'Provision <+pipeline.variables.instance_count> x <+pipeline.variables.instance_type> (<+pipeline.variables.cloud_provider>) in workspace prod_vpc; requested by <+pipeline.variables.owner>',
        },
      ],
    });
    expect(step(pipeline, 'update_jira_ticket').spec.transitionTo).toEqual({ status: 'Closed' });
    expect(workflow.spec.parameters[0].required).toEqual(['owner', 'jira_summary']);
    expect(property(workflow, 'iacm_workspace')).toBeUndefined();
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('the workspace form field can be a drop-down of allowed workspaces', () => {
    const s = platform();
    new InfraProvisioning(
      s,
      'infra',
      minimalProps({ workspace: PatternInput.formInput({ title: 'Workspace', values: ['dev_vpc', 'prod_vpc'] }) }),
    );
    const { pipeline, workflow } = patternDocs(s, ID);
    expect(property(workflow, 'iacm_workspace')).toEqual({
      title: 'Workspace',
      type: 'string',
      enum: ['dev_vpc', 'prod_vpc'],
      default: 'dev_vpc',
    });
    expect(pipeline.variables[1].value).toBe('<+input>.default(dev_vpc).allowedValues(dev_vpc,prod_vpc)');
  });

  test('policyBeforeApply: OPA runs in the IACM stage before the plan approval', () => {
    const s = platform();
    new InfraProvisioning(s, 'infra', minimalProps({ policyBeforeApply: true, detectDrift: false }));
    const { pipeline, pipelineYaml } = patternDocs(s, ID);
    expect(stageSteps(pipeline, 'iac_provisioning').map((x) => x.identifier)).toEqual([
      'init',
      'tfsec',
      'plan',
      'export_plan',
      'opa_plan_check',
      'approve_plan',
      'apply',
    ]);
    expect(stageSteps(pipeline, 'governance').map((x) => x.identifier)).toEqual(['update_jira_ticket']);
    expect(step(pipeline, 'update_jira_ticket').spec.fields).toEqual([
      {
        name: 'Comment',
        value: 'Provisioned by Harness IDP. OPA status: <+pipeline.stages.iac_provisioning.spec.execution.steps.opa_plan_check.status>',
      },
    ]);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('redacted plan keys, and no redaction', () => {
    expect(exportPlanCommand('/tmp/plan.json', ['password', 'token'])).toBe(
      String.raw`tfplan=$(cat /tmp/plan.json | sed -E 's/"(password|token)":\{"value":"[^"]*"\}/"\1":{"value":""}/g')`,
    );
    expect(exportPlanCommand('/tmp/plan.json', [])).toBe('tfplan=$(cat /tmp/plan.json)');
    const s = platform();
    new InfraProvisioning(s, 'infra', minimalProps({ redactedPlanKeys: [] }));
    expect(step(patternDocs(s, ID).pipeline, 'export_plan').spec).toEqual({
      shell: 'Bash',
      command: `tfplan=$(cat ${PLAN})`,
      outputVariables: [{ name: 'tfplan' }],
    });
  });

  test('allowed cloud providers, instance types and instance count bounds', () => {
    const s = platform();
    new InfraProvisioning(
      s,
      'infra',
      minimalProps({
        cloudProviders: ['AWS'],
        instanceTypes: ['m6i.large', 'm6i.xlarge'],
        instanceCount: { minimum: 2, maximum: 4, default: 3 },
        ownerPicker: OwnerPicker.harnessOwnerPicker(),
        infrastructure: StageInfrastructure.kubernetes({ connectorRef: 'account.k8s', namespace: 'iacm' }),
      }),
    );
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, ID);
    expect(property(workflow, 'cloud_provider')).toEqual({ title: 'Cloud provider', type: 'string', enum: ['AWS'], default: 'AWS' });
    expect(property(workflow, 'instance_type')).toEqual({
      title: 'Instance type',
      type: 'string',
      enum: ['m6i.large', 'm6i.xlarge'],
      default: 'm6i.large',
    });
    expect(property(workflow, 'instance_count')).toEqual({ title: 'Instance count', type: 'number', minimum: 2, maximum: 4, default: 3 });
    expect(property(workflow, 'owner')).toEqual({
      title: 'Owner',
      type: 'string',
      'ui:field': 'HarnessOwnerPicker',
      'ui:options': { catalogFilter: [{ kind: 'Group' }] },
    });
    const vars = Object.fromEntries(pipeline.variables.map((v: any) => [v.name, v.value]));
    expect(vars).toMatchObject({
      cloud_provider: '<+input>.default(AWS).allowedValues(AWS)',
      instance_type: '<+input>.default(m6i.large).allowedValues(m6i.large,m6i.xlarge)',
      instance_count: '<+input>.default(3)',
    });
    expect(pipeline.stages[1].stage.spec.infrastructure).toMatchObject({ type: 'KubernetesDirect' });
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('exposes stages, steps and inputs; teams can add steps and override fields', () => {
    const s = platform();
    const infra = new InfraProvisioning(s, 'infra', minimalProps());
    infra.stages.governance.addStep(
      new RunStep({
        identifier: 'report',
        command: `echo "${infra.inputs.jiraSummary}: ${infra.steps.createTicket.outputs.issueKey} ${infra.steps.apply.terraformOutput('instance_id')}"`,
      }),
    );
    infra.steps.plan.addOverride('spec.target', ['aws_instance.web']);
    const { pipeline, pipelineYaml } = patternDocs(s, ID);
    expect(step(pipeline, 'report').spec.command).toBe(
      'echo "<+pipeline.variables.jira_summary>: <+pipeline.stages.change_management.spec.execution.steps.create_jira_ticket.issue.key> ' +
        '<+pipeline.stages.iac_provisioning.spec.execution.steps.apply.output.outputVariables.instance_id>"',
    );
    expect(step(pipeline, 'plan').spec).toEqual({ command: 'plan', target: ['aws_instance.web'] });
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  describe('validation', () => {
    test('policy sets are required', () => {
      for (const policySets of [undefined, []]) {
        expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ policySets: policySets as any }))).toThrow(
          /^team\/infra: policySets: no OPA policy set is given, so the plan would not be checked\. Fix: list at least one policy set, e\.g\. \['account\.terraform_compliance'\]$/,
        );
      }
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ policySets: ['terraform compliance'] }))).toThrow(
        /spec\.policySets\[0\]: 'terraform compliance' is not a policy set identifier/,
      );
    });

    test('a step-level model error names the construct path', () => {
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ policySets: ['not a valid set'] }))).toThrow(
        /^team\/infra: step 'opa_plan_check': spec\.policySets\[0\]: 'not a valid set' is not a policy set identifier\. Fix: /,
      );
    });

    test('the Jira connector, issue type and status must be set', () => {
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ jiraConnectorRef: undefined as any }))).toThrow(
        /^team\/infra: jiraConnectorRef: is required\. Fix: pass the Jira connector, e\.g\. 'account\.jira_connector'$/,
      );
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ jiraIssueType: '' }))).toThrow(
        /^team\/infra: jiraIssueType: is empty\./,
      );
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ jiraDoneStatus: ' ' }))).toThrow(
        /^team\/infra: jiraDoneStatus: is empty\./,
      );
    });

    test('fixed workspace and Jira project are checked', () => {
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ workspace: 'prod-vpc' }))).toThrow(
        /^team\/infra: workspace: 'prod-vpc' is not a valid Harness identifier/,
      );
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ jiraProject: 'ops' }))).toThrow(
        /^team\/infra: jiraProject: 'ops' is not a Jira project key\. Fix: use the project's key .*e\.g\. 'OPS'$/,
      );
    });

    test('the scanner must be an IacScanner', () => {
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ scanner: 'tfsec' as any }))).toThrow(
        /^team\/infra: scanner: expects an IacScanner, got the string 'tfsec'\. Fix: pass IacScanner\.TFSEC, IacScanner\.TFLINT, IacScanner\.CHECKOV or IacScanner\.plugin\('<uses>'\)$/,
      );
    });

    test('cloud providers and instance types: not empty, distinct, no , ( )', () => {
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ cloudProviders: [] }))).toThrow(
        /^team\/infra: cloudProviders: the list is empty\. Fix: list at least one value, e\.g\. \['AWS', 'GCP'\], or leave cloudProviders out for the default list$/,
      );
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ instanceTypes: ['t3.micro', 't3.micro'] }))).toThrow(
        /^team\/infra: instanceTypes: a value is listed twice\./,
      );
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ instanceTypes: ['t3.micro (burst)'] }))).toThrow(
        /^team\/infra: instanceTypes: 't3\.micro \(burst\)' contains ',', '\(' or '\)', which the pipeline's allowedValues\(\) cannot carry\./,
      );
    });

    test('instance count bounds', () => {
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ instanceCount: { minimum: 5, maximum: 2 } }))).toThrow(
        /^team\/infra: instanceCount\.minimum: minimum 5 is greater than maximum 2\. Fix: swap or fix the bounds$/,
      );
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ instanceCount: { default: 11 } }))).toThrow(
        /^team\/infra: instanceCount\.default: default 11 is outside \[1, 10\]\. Fix: pick a default between the bounds$/,
      );
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ instanceCount: { maximum: 2.5 } }))).toThrow(
        /^team\/infra: instanceCount\.maximum: 2\.5 is not an instance count\. Fix: give a whole number, 0 or more$/,
      );
    });

    test('redacted plan keys must be a list of plain JSON keys', () => {
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ redactedPlanKeys: 'secret_key' as any }))).toThrow(
        "team/infra: redactedPlanKeys: expects a list of JSON keys. Fix: pass e.g. ['secret_key', 'access_key'], or [] to export the plan as is",
      );
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ redactedPlanKeys: ['secret|.*'] }))).toThrow(
        /^team\/infra: redactedPlanKeys: 'secret\|\.\*' is not a plain JSON key \(it is put into a sed expression\)\. Fix: use letters, digits and _ only$/,
      );
    });

    test('the approval timeout follows the schema', () => {
      expect(messageOf(() => new InfraProvisioning(platform(), 'infra', minimalProps({ approvalTimeout: '5s' })))).toMatch(
        /^team\/infra: approvalTimeout: timeout: '5s' is rejected by the Harness schema \(seconds need at least two digits\)/,
      );
    });

    test('the owner picker must be an OwnerPicker', () => {
      expect(() => new InfraProvisioning(platform(), 'infra', minimalProps({ ownerPicker: {} as any }))).toThrow(
        /^team\/infra: ownerPicker: expects an OwnerPicker\./,
      );
    });
  });
});
