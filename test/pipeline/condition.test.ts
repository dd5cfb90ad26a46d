import { PipelineStatus, renderStageWhen, renderStepWhen, StageStatus } from '../../src/pipeline/condition';
import { Expr } from '../../src/core/expr';
import { resolveValue } from '../../src/core/resolve';
import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';

describe('renderStepWhen', () => {
  test('no when, no block', () => {
    expect(renderStepWhen(undefined, "step 'a'")).toBeUndefined();
  });

  test('stageStatus defaults to Success (StepWhenCondition.stageStatus is required)', () => {
    expect(resolveValue(renderStepWhen({}, "step 'a'"))).toEqual({ stageStatus: 'Success' });
  });

  test('a JEXL condition built from a variable, as in the feature-flag-toggle example', () => {
    const action = PipelineVariable.string('action');
    expect(resolveValue(renderStepWhen({ stageStatus: StageStatus.ALL, condition: Expr.equals(action, 'enable') }, "step 'a'"))).toEqual({
      stageStatus: 'All',
      condition: '<+pipeline.variables.action> == "enable"',
    });
  });

  test('an Expression as the whole condition', () => {
    expect(resolveValue(renderStepWhen({ condition: Expr.raw('<+pipeline.variables.go>') }, "step 'a'"))).toEqual({
      stageStatus: 'Success',
      condition: '<+pipeline.variables.go>',
    });
  });

  test('an execution-time input in a condition is rejected', () => {
    expect(() => renderStepWhen({ condition: '<+input>.executionInput() == "yes"' }, "step 'a'")).toThrow(
      "step 'a': when.condition: a condition must not contain an execution-time input (.executionInput()). Fix: use a pipeline variable instead",
    );
  });

  test('an execution-time input given as an expression, or embedded in text, is rejected too', () => {
    const ask = RuntimeInput.create().asExecutionInput();
    for (const condition of [ask, `${ask} == "yes"`, Expr.raw('<+input>.executionInput()')]) {
      expect(() => renderStepWhen({ condition }, "step 'a'")).toThrow(
        "step 'a': when.condition: a condition must not contain an execution-time input (.executionInput()). Fix: use a pipeline variable instead",
      );
    }
    expect(() => renderStepWhen({ condition: RuntimeInput.create() }, "step 'a'")).not.toThrow();
    expect(() => new CustomStage({ identifier: 's', when: { condition: ask } })).toThrow(
      /^stage 's': when\.condition: a condition must not contain an execution-time input/,
    );
  });

  test('steps check their condition when constructed', () => {
    expect(() => new RunStep({ identifier: 'a', command: 'x', when: { condition: '<+input>.executionInput()' } })).toThrow(
      /^step 'a': when\.condition: a condition must not contain an execution-time input/,
    );
  });
});

describe('renderStageWhen', () => {
  test('no when, no block', () => {
    expect(renderStageWhen(undefined, "stage 's'")).toBeUndefined();
  });

  test('pipelineStatus defaults to Success', () => {
    expect(resolveValue(renderStageWhen({ condition: 'true' }, "stage 's'"))).toEqual({ pipelineStatus: 'Success', condition: 'true' });
    expect(resolveValue(renderStageWhen({ pipelineStatus: PipelineStatus.FAILURE }, "stage 's'"))).toEqual({ pipelineStatus: 'Failure' });
  });

  test('an execution-time input in a condition is rejected, also when the stage is constructed', () => {
    expect(() => renderStageWhen({ condition: '<+input>.executionInput()' }, "stage 's'")).toThrow(
      "stage 's': when.condition: a condition must not contain an execution-time input (.executionInput()). Fix: use a pipeline variable instead",
    );
    expect(() => new CustomStage({ identifier: 's', when: { condition: '<+input>.executionInput()' } })).toThrow(
      /^stage 's': when\.condition:/,
    );
  });
});

test('enum literals are the schema ones (StepWhenCondition / StageWhenCondition)', () => {
  expect(Object.values(StageStatus)).toEqual(['Success', 'Failure', 'All']);
  expect(Object.values(PipelineStatus)).toEqual(['Success', 'Failure', 'All']);
});

test('step and stage conditions render in place and pass the schema', () => {
  const action = PipelineVariable.string('action', { value: '<+input>.default(enable).allowedValues(enable,disable)' });
  const p = new Pipeline({ identifier: 'p', variables: [action] }).addStage(
    new CustomStage({
      identifier: 's',
      when: { pipelineStatus: PipelineStatus.ALL, condition: Expr.notEquals(action, 'skip') },
      steps: [
        new RunStep({
          identifier: 'enable',
          command: 'echo on',
          when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(action, 'enable') },
        }),
        new RunStep({ identifier: 'cleanup', command: 'echo off', when: { stageStatus: StageStatus.FAILURE } }),
      ],
    }),
  );
  const stage = (p.toObject().pipeline as { stages: Array<{ stage: any }> }).stages[0].stage;
  expect(stage.when).toEqual({ pipelineStatus: 'All', condition: '<+pipeline.variables.action> != "skip"' });
  expect(stage.spec.execution.steps.map((s: { step: { when: unknown } }) => s.step.when)).toEqual([
    { stageStatus: 'Success', condition: '<+pipeline.variables.action> == "enable"' },
    { stageStatus: 'Failure' },
  ]);
  expect(p).toBeValidHarnessPipeline();
});
