import { ErrorType, FailureAction, FailureStrategy } from '../../../pipeline/failure-strategy';
import { IacmStage } from '../../../pipeline/stages/iacm-stage';
import { RunStep, Shell } from '../../../pipeline/steps/common/run';
import { PolicyStep } from '../../../pipeline/steps/custom/policy';
import { IacmApprovalStep } from '../../../pipeline/steps/iacm/iacm-approval';
import { IacmTerraformPluginStep, TerraformCommand } from '../../../pipeline/steps/iacm/iacm-terraform-plugin';
import { Timeout } from '../../../pipeline/timeout';
import type { WorkflowInput } from '../../../workflow/workflow-input';
import { exportPlanCommand } from './export-plan';
import type { InfraProvisioningSteps } from './members';
import type { InfraProvisioningProps } from './props';
import type { ProvisioningSettings } from './settings';

/** The steps of the IACM stage, and the OPA check of the exported plan. */
export type IacmSteps = Pick<
  InfraProvisioningSteps,
  'init' | 'scan' | 'detectDrift' | 'plan' | 'exportPlan' | 'approvePlan' | 'apply' | 'policy'
>;

/**
 * The IACM stage on the workspace: `init`, the scan (with `detect-drift` next to it), `plan`, the plan export,
 * the policy check with `policyBeforeApply`, the plan approval and `apply`.
 */
export function provisioningStage(
  props: InfraProvisioningProps,
  settings: ProvisioningSettings,
  workspace: string | WorkflowInput,
): { steps: IacmSteps; provisioning: IacmStage } {
  const steps = iacmSteps(props, settings);
  const provisioning = new IacmStage({
    identifier: 'iac_provisioning',
    name: 'Infra as Code Provisioning',
    description: '',
    tags: {},
    workspace,
    infrastructure: props.infrastructure,
  });
  provisioning.addStep(steps.init);
  if (steps.detectDrift) provisioning.addParallel(steps.scan, steps.detectDrift);
  else provisioning.addStep(steps.scan);
  provisioning.addStep(steps.plan, steps.exportPlan);
  if (props.policyBeforeApply) provisioning.addStep(steps.policy);
  provisioning.addStep(steps.approvePlan, steps.apply);
  return { steps, provisioning };
}

/** The IACM steps, with the OPA check (placed by the caller: in this stage or in the governance stage). */
function iacmSteps(props: InfraProvisioningProps, settings: ProvisioningSettings): IacmSteps {
  const tenMinutes = Timeout.minutes(10);
  const init = new IacmTerraformPluginStep({ identifier: 'init', name: 'init', timeout: tenMinutes, command: TerraformCommand.INIT });
  const scan = settings.scanner.createStep();
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
    command: exportPlanCommand(`${plan.outputs.parsedPlan}`, settings.redacted),
    outputVariables: ['tfplan'],
  });
  const approvePlan = new IacmApprovalStep({ identifier: 'approve_plan', name: 'Approve plan', timeout: settings.approvalTimeout });
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
  return { init, scan, detectDrift, plan, exportPlan, approvePlan, apply, policy };
}
