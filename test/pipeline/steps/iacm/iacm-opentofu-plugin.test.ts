import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IacmStage } from '../../../../src/pipeline/stages/iacm-stage';
import type { Step } from '../../../../src/pipeline/step';
import { RunStep } from '../../../../src/pipeline/steps/common/run';
import { IacmOpenTofuPluginStep } from '../../../../src/pipeline/steps/iacm/iacm-opentofu-plugin';
import { TerraformCommand } from '../../../../src/pipeline/steps/iacm/iacm-plugin-step';

function pipelineWith(steps: Step[]): Pipeline {
  return new Pipeline({ identifier: 'p', stages: [new IacmStage({ identifier: 'iac', workspace: 'ws', steps })] });
}

function rendered(steps: Step[]): any[] {
  return (pipelineWith(steps).toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

describe('IacmOpenTofuPluginStep', () => {
  test('renders init, plan and apply as IACMOpenTofuPlugin steps', () => {
    const steps = [
      new IacmOpenTofuPluginStep({ identifier: 'init', command: TerraformCommand.INIT }),
      new IacmOpenTofuPluginStep({ identifier: 'plan', command: TerraformCommand.PLAN, target: ['harness_platform_pipeline.p'] }),
      new IacmOpenTofuPluginStep({ identifier: 'apply', command: TerraformCommand.APPLY, timeout: '30m' }),
    ];
    expect(rendered(steps)).toEqual([
      { type: 'IACMOpenTofuPlugin', name: 'init', identifier: 'init', spec: { command: 'init' } },
      { type: 'IACMOpenTofuPlugin', name: 'plan', identifier: 'plan', spec: { command: 'plan', target: ['harness_platform_pipeline.p'] } },
      { type: 'IACMOpenTofuPlugin', name: 'apply', identifier: 'apply', timeout: '30m', spec: { command: 'apply' } },
    ]);
  });

  test('parsedPlan and Terraform outputs are read as from the Terraform plugin', () => {
    const plan = new IacmOpenTofuPluginStep({ identifier: 'plan', command: TerraformCommand.PLAN });
    const apply = new IacmOpenTofuPluginStep({ identifier: 'apply', command: TerraformCommand.APPLY });
    const use = new RunStep({ identifier: 'use', command: `cat ${plan.outputs.parsedPlan}; echo ${apply.terraformOutput('id')}` });
    expect(rendered([plan, apply, use])[2].spec.command).toBe(
      'cat <+pipeline.stages.iac.spec.execution.steps.plan.output.outputVariables.parsedPlan>; ' +
        'echo <+pipeline.stages.iac.spec.execution.steps.apply.output.outputVariables.id>',
    );
    expect(() => apply.outputs.parsedPlan).toThrow(
      "step 'apply': outputs.parsedPlan: 'apply' does not produce a plan. Fix: read parsedPlan from a step whose command is one of plan, plan-destroy, plan-refresh-only",
    );
  });

  test('the command is one of the IaCM commands, named for OpenTofu', () => {
    expect(() => new IacmOpenTofuPluginStep({ identifier: 's', command: 'fmt' as any })).toThrow(
      "step 's': spec.command: 'fmt' is not an IaCM OpenTofu command. Fix: use one of init, plan, apply, destroy, plan-destroy, plan-refresh-only, apply-refresh-only, detect-drift, import, removed, validate",
    );
    expect(() => new IacmOpenTofuPluginStep({ identifier: 's', command: TerraformCommand.INIT, target: ['a.b'] })).toThrow(
      "step 's': spec.target: 'init' does not take target addresses. Fix: remove target, or use it with plan, apply or destroy",
    );
  });

  test('is allowed only in IACM stages', () => {
    expect(
      () =>
        new CustomStage({ identifier: 'c', steps: [new IacmOpenTofuPluginStep({ identifier: 'init', command: TerraformCommand.INIT })] }),
    ).toThrow(/step type 'IACMOpenTofuPlugin' is not allowed in a Custom stage \(allowed in: IACM\)/);
  });

  test('validates against the Harness schema', () => {
    const steps = [
      new IacmOpenTofuPluginStep({ identifier: 'init', command: TerraformCommand.INIT }),
      new IacmOpenTofuPluginStep({ identifier: 'imp', command: TerraformCommand.IMPORT, import: [{ id: 'i-1', address: 'a.b' }] }),
      new IacmOpenTofuPluginStep({ identifier: 'apply', command: TerraformCommand.APPLY, replace: ['a.b'] }),
    ];
    expect(pipelineWith(steps)).toBeValidHarnessPipeline();
  });
});
