import {
  Deferred,
  DeferredExpression,
  OnboardingValue,
  CONSTRUCT_KINDS,
  CREATE_RESOURCE_MODULE_MODE,
  replaceOnboardingPlaceholders,
} from '../../../src/constructs/create-resource/onboarding-value';
import { Expr } from '../../../src/core/expr';
import { StepOutput } from '../../../src/core/expression';
import { VariableReference } from '../../../src/core/variable-reference';
import { resolveString } from '../../../src/core/resolve';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../../src/pipeline/variable';

const projectName = PipelineVariable.string('project_name');

function createdPipeline(command: string): Pipeline {
  return new Pipeline({ identifier: 'created' }).addStage(
    new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'r', command })] }),
  );
}

describe('OnboardingValue', () => {
  test('renders the onboarding expression outside a module render', () => {
    const v = OnboardingValue.of(projectName);
    expect(v.resolve()).toBe('<+pipeline.variables.project_name>');
    expect(resolveString(`${v}_ci`)).toBe('<+pipeline.variables.project_name>_ci');
  });

  test('renders a placeholder inside a module render, which maps back to the value', () => {
    const v = OnboardingValue.of(projectName);
    const text = resolveString(`${v}_ci`, { kinds: CONSTRUCT_KINDS, mode: CREATE_RESOURCE_MODULE_MODE });
    expect(text).not.toContain('<+');
    const nameOf = (x: OnboardingValue): string => (x.expression instanceof VariableReference ? x.expression.name : 'other');
    expect(replaceOnboardingPlaceholders(text, nameOf)).toBe('project_name_ci');
  });

  test('is not a reference of the created pipeline: its checks do not see it', () => {
    expect(createdPipeline(`echo ${OnboardingValue.of(projectName)}`).validate()).toEqual([]);
    expect(
      createdPipeline(`echo ${projectName}`)
        .validate()
        .map((p) => p.problem),
    ).toEqual(["references <+pipeline.variables.project_name>, which pipeline 'created' does not declare"]);
  });

  test('wraps step outputs and raw expressions too, and wrapping twice is a no-op', () => {
    const v = OnboardingValue.of(Expr.raw('<+pipeline.executionId>'));
    expect(v.resolve()).toBe('<+pipeline.executionId>');
    expect(OnboardingValue.of(v)).toBe(v);
    const out = new StepOutput(
      { producerId: 'repo', expressionPath: () => 'pipeline.stages.s.spec.execution.steps.repo', describe: () => 'step' },
      'output.outputVariables.repositoryUrl',
    );
    expect(OnboardingValue.of(out).resolve()).toBe('<+pipeline.stages.s.spec.execution.steps.repo.output.outputVariables.repositoryUrl>');
  });

  test('rejects a non-expression and a Deferred expression', () => {
    expect(() => OnboardingValue.of('<+pipeline.variables.x>' as any)).toThrow(
      /OnboardingValue\.of: expression: expected an Expression of the onboarding pipeline.*Fix: pass e\.g\. onboarding\.variable\('project_name'\)/,
    );
    expect(() => OnboardingValue.of(Deferred.expression(projectName))).toThrow(
      /OnboardingValue\.of: expression: the expression is marked Deferred \(kept for the created resources\)\. Fix: pass the expression itself/,
    );
  });
});

describe('Deferred', () => {
  test('renders the expression text and keeps it a reference of the created pipeline', () => {
    const d = Deferred.expression(projectName);
    expect(d).toBeInstanceOf(DeferredExpression);
    expect(Deferred.expression(d)).toBe(d);
    expect(d.resolve({ mode: CREATE_RESOURCE_MODULE_MODE })).toBe('<+pipeline.variables.project_name>');
    expect(
      createdPipeline(`echo ${d}`)
        .validate()
        .map((p) => p.problem),
    ).toEqual(["references <+pipeline.variables.project_name>, which pipeline 'created' does not declare"]);
  });

  test('rejects an OnboardingValue', () => {
    expect(() => Deferred.expression(OnboardingValue.of(projectName))).toThrow(
      /Deferred\.expression: expression: the expression is an OnboardingValue \(resolved by the onboarding run\)\. Fix: pass the expression itself/,
    );
  });
});
