import { Expr } from '../../../../src/core/expr';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../../../src/pipeline/stages/idp-stage';
import type { Stage } from '../../../../src/pipeline/stage';
import { RunStep } from '../../../../src/pipeline/steps/common/run';
import { PolicyStep } from '../../../../src/pipeline/steps/custom/policy';
import { ShellScriptStep } from '../../../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { referenceStep } from '../../../support/reference-examples';

function stepsOf(stages: Stage[], variables: PipelineVariable[] = [], stageIndex = 0): any[] {
  const p = new Pipeline({ identifier: 'p', variables, stages });
  return (p.toObject() as any).pipeline.stages[stageIndex].stage.spec.execution.steps.map((e: any) => e.step);
}

describe('PolicyStep', () => {
  test('renders an expression payload as in the infra-provisioning example (opa_plan_check)', () => {
    const exportPlan = new RunStep({ identifier: 'export_plan', command: 'tfplan=x', outputVariables: ['tfplan'] });
    const opa = new PolicyStep({
      identifier: 'opa_plan_check',
      name: 'OPA check on plan',
      timeout: '10m',
      policySets: ['account.terraform_compliance'],
      payload: exportPlan.outputVariable('tfplan'),
    });
    const stages = [
      new CustomStage({ identifier: 'iac_provisioning', steps: [exportPlan] }),
      new CustomStage({ identifier: 'governance', steps: [opa] }),
    ];
    expect(stepsOf(stages, [], 1)[0]).toEqual(referenceStep('infra-provisioning', 'opa_plan_check'));
  });

  test('renders an object payload as JSON, as in the feature-flag-toggle example (flag_change_governance)', () => {
    const vars = ['flag_name', 'environment', 'target_key', 'action'].map((n) => PipelineVariable.string(n));
    const [flag, env, key, action] = vars;
    const step = new PolicyStep({
      identifier: 'flag_change_governance',
      name: 'Flag change governance',
      timeout: '5m',
      policySets: ['account.fme_flag_change_guardrails'],
      payload: { flagName: flag, environment: env, targetKey: key, action, triggeredBy: Expr.TRIGGERED_BY_EMAIL },
    });
    expect(stepsOf([new CustomStage({ identifier: 'toggle_flag', steps: [step] })], vars)[0]).toEqual(
      referenceStep('feature-flag-toggle', 'flag_change_governance'),
    );
  });

  test('a JSON string payload is passed through', () => {
    const step = new PolicyStep({ identifier: 'opa', policySets: ['org.set', 'local_set'], payload: '{"a": 1}' });
    expect(stepsOf([new CustomStage({ identifier: 's', steps: [step] })])[0]).toEqual({
      type: 'Policy',
      name: 'opa',
      identifier: 'opa',
      spec: { policySets: ['org.set', 'local_set'], type: 'Custom', policySpec: { payload: '{"a": 1}' } },
    });
  });

  test('outputs: step status, policy status and deny messages', () => {
    const opa = new PolicyStep({ identifier: 'opa', policySets: ['account.tf'], payload: '{}' });
    const use = new ShellScriptStep({
      identifier: 'use',
      script: `${opa.outputs.status}\n${opa.policyStatus('account.tf', 'account.tags')}\n${opa.policyDenyMessages('account.tf', 'account.tags')}`,
    });
    expect(stepsOf([new CustomStage({ identifier: 's', steps: [opa, use] })])[1].spec.source.spec.script.split('\n')).toEqual([
      '<+pipeline.stages.s.spec.execution.steps.opa.status>',
      '<+pipeline.stages.s.spec.execution.steps.opa.output.policySetDetails.get("account.tf").policyDetails.get("account.tags").status>',
      '<+pipeline.stages.s.spec.execution.steps.opa.output.policySetDetails.get("account.tf").policyDetails.get("account.tags").denyMessages>',
    ]);
  });

  test("policy outputs only for the step's policy sets", () => {
    const opa = new PolicyStep({ identifier: 'opa', policySets: ['account.tf'], payload: '{}' });
    expect(() => opa.policyStatus('account.other', 'account.tags')).toThrow(
      "step 'opa': spec.policySets: 'account.other' is not a policy set of this step. Fix: use one of: account.tf",
    );
    expect(() => opa.policyStatus('account.tf', 'a b')).toThrow(/outputs: 'a b' is not a policy identifier/);
  });

  test('is allowed in an IDP stage', () => {
    expect(
      () => new IdpStage({ identifier: 'idp', steps: [new PolicyStep({ identifier: 'opa', policySets: ['account.tf'], payload: '{}' })] }),
    ).not.toThrow();
  });

  describe('validation', () => {
    test('at least one policy set, each a scoped identifier, none twice', () => {
      expect(() => new PolicyStep({ identifier: 'opa', policySets: [], payload: '{}' })).toThrow(/spec.policySets: no policy set is given/);
      expect(() => new PolicyStep({ identifier: 'opa', policySets: ['account.my-set'], payload: '{}' })).toThrow(
        "step 'opa': spec.policySets[0]: 'account.my-set' is not a policy set identifier. Fix: give the identifier with its scope, e.g. 'account.terraform_compliance'",
      );
      expect(() => new PolicyStep({ identifier: 'opa', policySets: ['account.a', 'account.a'], payload: '{}' })).toThrow(
        /spec.policySets: a policy set is listed twice/,
      );
    });

    test('the payload is required, and literal JSON must parse', () => {
      expect(() => new PolicyStep({ identifier: 'opa', policySets: ['account.a'], payload: '' })).toThrow(
        /spec.policySpec.payload: is required/,
      );
      let parseError = '';
      try {
        JSON.parse('{a:1}');
      } catch (e) {
        parseError = (e as Error).message;
      }
      expect(() => new PolicyStep({ identifier: 'opa', policySets: ['account.a'], payload: '{a:1}' })).toThrow(
        `step 'opa': spec.policySpec.payload: is not valid JSON (${parseError}). Fix: pass valid JSON, or an object that is serialised for you`,
      );
      expect(
        () => new PolicyStep({ identifier: 'opa', policySets: ['account.a'], payload: '{"a": <+pipeline.variables.n>}' }),
      ).not.toThrow();
    });
  });

  test('validates against the Harness schema', () => {
    const step = new PolicyStep({ identifier: 'opa', policySets: ['account.tf'], payload: { a: 1 } });
    expect(new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', steps: [step] })] })).toBeValidHarnessPipeline();
  });
});
