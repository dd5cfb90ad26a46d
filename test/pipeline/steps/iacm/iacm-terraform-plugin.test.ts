import { ErrorType, FailureAction, FailureStrategy } from '../../../../src/pipeline/failure-strategy';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IacmStage } from '../../../../src/pipeline/stages/iacm-stage';
import type { Step } from '../../../../src/pipeline/step';
import { RunStep, Shell } from '../../../../src/pipeline/steps/common/run';
import { IacmTerraformPluginStep, TerraformCommand } from '../../../../src/pipeline/steps/iacm/iacm-terraform-plugin';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { referenceStep } from '../../../support/reference-examples';

function pipelineWith(steps: Step[], stageId = 'iac'): Pipeline {
  const ws = PipelineVariable.string('ws');
  return new Pipeline({ identifier: 'p', variables: [ws], stages: [new IacmStage({ identifier: stageId, workspace: ws, steps })] });
}

function rendered(steps: Step[], stageId = 'iac'): any[] {
  const p = new Pipeline({ identifier: 'p', stages: [new IacmStage({ identifier: stageId, workspace: 'ws', steps })] });
  return (p.toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

describe('IacmTerraformPluginStep', () => {
  test('renders init, plan and apply as in the infra-provisioning example', () => {
    const init = new IacmTerraformPluginStep({ identifier: 'init', command: TerraformCommand.INIT, timeout: '10m' });
    const plan = new IacmTerraformPluginStep({ identifier: 'plan', command: TerraformCommand.PLAN, timeout: '10m' });
    const apply = new IacmTerraformPluginStep({ identifier: 'apply', command: TerraformCommand.APPLY, timeout: '30m' });
    const [i, p, a] = rendered([init, plan, apply]);
    expect(i).toEqual(referenceStep('infra-provisioning', 'init'));
    expect(p).toEqual(referenceStep('infra-provisioning', 'plan'));
    expect(a).toEqual(referenceStep('infra-provisioning', 'apply'));
  });

  test('renders detect-drift with a step failure strategy as in the infra-provisioning example', () => {
    const drift = new IacmTerraformPluginStep({
      identifier: 'detect_drift',
      name: 'detect-drift',
      timeout: '10m',
      command: TerraformCommand.DETECT_DRIFT,
      failureStrategies: [FailureStrategy.on([ErrorType.UNKNOWN], FailureAction.MARK_AS_SUCCESS)],
    });
    expect(rendered([drift])[0]).toEqual(referenceStep('infra-provisioning', 'detect_drift'));
  });

  test('renders target, replace, import, image and resources', () => {
    const plan = new IacmTerraformPluginStep({
      identifier: 'plan',
      command: TerraformCommand.PLAN,
      target: ['aws_instance.web'],
      replace: ['aws_instance.db'],
      image: 'harness/iacm:1',
      resources: { limits: { memory: '1Gi' } },
    });
    const imp = new IacmTerraformPluginStep({
      identifier: 'imp',
      command: TerraformCommand.IMPORT,
      import: [{ id: 'i-123', address: 'aws_instance.web' }],
    });
    const [p, i] = rendered([plan, imp]);
    expect(p.spec).toEqual({
      command: 'plan',
      target: ['aws_instance.web'],
      replace: ['aws_instance.db'],
      image: 'harness/iacm:1',
      resources: { limits: { memory: '1Gi' } },
    });
    expect(i.spec).toEqual({ command: 'import', import: [{ id: 'i-123', address: 'aws_instance.web' }] });
  });

  test('outputs.parsedPlan feeds the Export plan Run step of the infra-provisioning example', () => {
    const plan = new IacmTerraformPluginStep({ identifier: 'plan', command: TerraformCommand.PLAN });
    const exportPlan = new RunStep({
      identifier: 'export_plan',
      name: 'Export plan',
      timeout: '5m',
      shell: Shell.BASH,
      outputVariables: ['tfplan'],
      command: `tfplan=$(cat ${plan.outputs.parsedPlan} | sed -E 's/"(secret_key|access_key)":\\{"value":"[^"]*"\\}/"\\1":{"value":""}/g')`,
    });
    expect(rendered([plan, exportPlan], 'iac_provisioning')[1]).toEqual(referenceStep('infra-provisioning', 'export_plan'));
  });

  test('terraformOutput() reads an output of the apply step', () => {
    const apply = new IacmTerraformPluginStep({ identifier: 'apply', command: TerraformCommand.APPLY });
    const use = new RunStep({ identifier: 'use', command: `echo ${apply.terraformOutput('private_ip')}` });
    expect(rendered([apply, use])[1].spec.command).toBe(
      'echo <+pipeline.stages.iac.spec.execution.steps.apply.output.outputVariables.private_ip>',
    );
  });

  test('outputs follow the command: parsedPlan from plan commands, Terraform outputs from apply', () => {
    const apply = new IacmTerraformPluginStep({ identifier: 'apply', command: TerraformCommand.APPLY });
    const plan = new IacmTerraformPluginStep({ identifier: 'plan', command: TerraformCommand.PLAN_DESTROY });
    expect(() => apply.outputs.parsedPlan).toThrow(
      "step 'apply': outputs.parsedPlan: 'apply' does not produce a plan. Fix: read parsedPlan from a step whose command is one of plan, plan-destroy, plan-refresh-only",
    );
    expect(() => plan.terraformOutput('x')).toThrow(
      /step 'plan': outputs: Terraform outputs are read from an 'apply' step, but this step runs 'plan-destroy'/,
    );
    expect(() => apply.terraformOutput('bad name')).toThrow(/outputs: 'bad name' is not a Terraform output name/);
    expect(() => plan.outputs.parsedPlan).not.toThrow();
  });

  test('a command given as an expression is not checked', () => {
    const step = new IacmTerraformPluginStep({ identifier: 'run', command: PipelineVariable.string('cmd') });
    expect(() => step.outputs.parsedPlan).not.toThrow();
    expect(() => step.terraformOutput('id')).not.toThrow();
  });

  test('is allowed only in IACM stages', () => {
    expect(
      () =>
        new CustomStage({ identifier: 'c', steps: [new IacmTerraformPluginStep({ identifier: 'init', command: TerraformCommand.INIT })] }),
    ).toThrow(/step type 'IACMTerraformPlugin' is not allowed in a Custom stage \(allowed in: IACM\)/);
  });

  describe('validation', () => {
    test('the command is one of the IaCM commands', () => {
      expect(() => new IacmTerraformPluginStep({ identifier: 's', command: 'Plan' as any })).toThrow(
        "step 's': spec.command: 'Plan' is not an IaCM Terraform command. Fix: use one of init, plan, apply, destroy, plan-destroy, plan-refresh-only, apply-refresh-only, detect-drift, import, removed, validate",
      );
    });

    test('init and validate take no target or replace addresses', () => {
      expect(() => new IacmTerraformPluginStep({ identifier: 's', command: TerraformCommand.INIT, target: ['a.b'] })).toThrow(
        "step 's': spec.target: 'init' does not take target addresses. Fix: remove target, or use it with plan, apply or destroy",
      );
      expect(() => new IacmTerraformPluginStep({ identifier: 's', command: TerraformCommand.VALIDATE, replace: ['a.b'] })).toThrow(
        /spec.replace: 'validate' does not take replace addresses/,
      );
      expect(() => new IacmTerraformPluginStep({ identifier: 's', command: TerraformCommand.PLAN, target: [''] })).toThrow(
        /spec.target\[0\]: is empty/,
      );
    });

    test('import entries go with the import command, which needs at least one', () => {
      expect(
        () => new IacmTerraformPluginStep({ identifier: 's', command: TerraformCommand.APPLY, import: [{ id: 'i', address: 'a.b' }] }),
      ).toThrow(
        "step 's': spec.import: import entries are only used by the 'import' command, not 'apply'. Fix: remove import, or set command to TerraformCommand.IMPORT",
      );
      expect(() => new IacmTerraformPluginStep({ identifier: 's', command: TerraformCommand.IMPORT })).toThrow(
        /spec.import: the import command needs at least one resource to import/,
      );
      expect(
        () => new IacmTerraformPluginStep({ identifier: 's', command: TerraformCommand.IMPORT, import: [{ id: '', address: 'a.b' }] }),
      ).toThrow(/spec.import\[0\].id: is empty/);
    });

    test('resources are checked', () => {
      expect(() => new IacmTerraformPluginStep({ identifier: 's', command: TerraformCommand.PLAN, resources: { limits: {} } })).toThrow(
        /sets neither cpu nor memory/,
      );
    });
  });

  test('validates against the Harness schema', () => {
    const plan = new IacmTerraformPluginStep({ identifier: 'plan', command: TerraformCommand.PLAN, target: ['aws_instance.web'] });
    const imp = new IacmTerraformPluginStep({
      identifier: 'imp',
      command: TerraformCommand.IMPORT,
      import: [{ id: 'i-1', address: 'aws_instance.web' }],
    });
    expect(pipelineWith([plan, imp])).toBeValidHarnessPipeline();
  });
});
