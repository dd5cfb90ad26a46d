import {
  Deferred,
  DeferredExpression,
  OnboardingValue,
  renderingModule,
  replaceOnboardingPlaceholders,
} from '../../../src/constructs/create-resource/onboarding-value';
import { Expr, resolveString, StepOutput } from '../../../src/core/expression';
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
    const text = renderingModule(() => resolveString(`${v}_ci`));
    expect(text).not.toContain('<+');
    expect(replaceOnboardingPlaceholders(text, (x) => (x === v ? 'payments' : 'other'))).toBe('payments_ci');
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
      { expressionPath: () => 'pipeline.stages.s.spec.execution.steps.repo', describe: () => 'step' },
      'output.outputVariables.repositoryUrl',
    );
    expect(OnboardingValue.of(out).resolve()).toBe('<+pipeline.stages.s.spec.execution.steps.repo.output.outputVariables.repositoryUrl>');
  });

  test('rejects a non-expression and a Deferred expression', () => {
    expect(() => OnboardingValue.of('<+pipeline.variables.x>' as any)).toThrow(
      /OnboardingValue\.of: expected an Expression of the onboarding pipeline.*Fix: pass e\.g\. onboarding\.variable\('project_name'\)/,
    );
    expect(() => OnboardingValue.of(Deferred.expression(projectName))).toThrow(
      /OnboardingValue\.of: the expression is marked Deferred \(kept for the created resources\)\. Fix: pass the expression itself/,
    );
  });
});

describe('Deferred', () => {
  test('renders the expression text and keeps it a reference of the created pipeline', () => {
    const d = Deferred.expression(projectName);
    expect(d).toBeInstanceOf(DeferredExpression);
    expect(Deferred.expression(d)).toBe(d);
    expect(renderingModule(() => d.resolve())).toBe('<+pipeline.variables.project_name>');
    expect(
      createdPipeline(`echo ${d}`)
        .validate()
        .map((p) => p.problem),
    ).toEqual(["references <+pipeline.variables.project_name>, which pipeline 'created' does not declare"]);
  });

  test('rejects an OnboardingValue', () => {
    expect(() => Deferred.expression(OnboardingValue.of(projectName))).toThrow(
      /Deferred\.expression: the expression is an OnboardingValue \(resolved by the onboarding run\)\. Fix: pass the expression itself/,
    );
  });
});
