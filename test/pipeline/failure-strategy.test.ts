import { readFileSync } from 'node:fs';
import { ErrorType, FailureAction, FailureStrategy } from '../../src/pipeline/failure-strategy';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { Timeout } from '../../src/pipeline/timeout';
import { resolveHarnessSchemaPath } from '../../src/testing/harness-schema';

function schemaDefs(): any {
  return JSON.parse(readFileSync(resolveHarnessSchemaPath(), 'utf8')).definitions.pipeline;
}

describe('FailureStrategy', () => {
  test('onAllErrors', () => {
    expect(FailureStrategy.onAllErrors(FailureAction.ABORT).toObject()).toEqual({
      onFailure: { errors: ['AllErrors'], action: { type: 'Abort' } },
    });
  });

  test('on selected errors', () => {
    expect(FailureStrategy.on([ErrorType.APPROVAL_REJECTION], FailureAction.ABORT).toObject()).toEqual({
      onFailure: { errors: ['ApprovalRejection'], action: { type: 'Abort' } },
    });
    expect(FailureStrategy.on([ErrorType.TIMEOUT, ErrorType.CONNECTIVITY], FailureAction.IGNORE).errors).toEqual([
      'Timeout',
      'Connectivity',
    ]);
  });

  test('on no errors is rejected', () => {
    expect(() => FailureStrategy.on([], FailureAction.ABORT).toObject()).toThrow(
      'FailureStrategy.on: errors: the list is empty. Fix: list at least one ErrorType, or use FailureStrategy.onAllErrors()',
    );
  });

  test('ErrorType literals are exactly the schema enum (OnFailureConfig.errors)', () => {
    expect(Object.values(ErrorType).sort()).toEqual([...schemaDefs().common.OnFailureConfig.properties.errors.items.enum].sort());
  });
});

describe('FailureAction', () => {
  test('simple actions', () => {
    expect(
      [
        FailureAction.ABORT,
        FailureAction.IGNORE,
        FailureAction.MARK_AS_SUCCESS,
        FailureAction.MARK_AS_FAILURE,
        FailureAction.STAGE_ROLLBACK,
        FailureAction.STEP_GROUP_ROLLBACK,
        FailureAction.PIPELINE_ROLLBACK,
        FailureAction.PROCEED_WITH_DEFAULT_VALUES,
      ].map((a) => a.toObject()),
    ).toEqual([
      { type: 'Abort' },
      { type: 'Ignore' },
      { type: 'MarkAsSuccess' },
      { type: 'MarkAsFailure' },
      { type: 'StageRollback' },
      { type: 'StepGroupRollback' },
      { type: 'PipelineRollback' },
      { type: 'ProceedWithDefaultValues' },
    ]);
  });

  test('every action type is one the schema dispatches on (FailureStrategyActionConfig)', () => {
    const known = (schemaDefs().common.FailureStrategyActionConfig.allOf as Array<{ if: { properties: { type: { const: string } } } }>).map(
      (b) => b.if.properties.type.const,
    );
    const used = [
      FailureAction.ABORT,
      FailureAction.IGNORE,
      FailureAction.MARK_AS_SUCCESS,
      FailureAction.MARK_AS_FAILURE,
      FailureAction.STAGE_ROLLBACK,
      FailureAction.STEP_GROUP_ROLLBACK,
      FailureAction.PIPELINE_ROLLBACK,
      FailureAction.PROCEED_WITH_DEFAULT_VALUES,
      FailureAction.retry({ count: 1 }),
      FailureAction.manualIntervention({ timeout: '1h' }),
    ].map((a) => a.type);
    for (const t of used) expect(known).toContain(t);
  });

  test('retry: count, intervals, then the fallback action', () => {
    expect(FailureAction.retry({ count: 3 }).toObject()).toEqual({
      type: 'Retry',
      spec: { retryCount: 3, retryIntervals: ['10s'], onRetryFailure: { action: { type: 'MarkAsFailure' } } },
    });
    expect(
      FailureAction.retry({ count: 2, intervals: ['10s', Timeout.minutes(1)], onRetryFailure: FailureAction.ABORT }).toObject(),
    ).toEqual({
      type: 'Retry',
      spec: { retryCount: 2, retryIntervals: ['10s', '1m'], onRetryFailure: { action: { type: 'Abort' } } },
    });
  });

  test('retry intervals follow the timeout rules', () => {
    expect(() => FailureAction.retry({ count: 1, intervals: ['5s'] }).toObject()).toThrow(
      "FailureAction.retry: timeout: '5s' is rejected by the Harness schema (seconds need at least two digits). Fix: use '10s' or more, or '1m'",
    );
  });

  test('manual intervention: timeout, then the fallback action', () => {
    expect(FailureAction.manualIntervention({ timeout: '1h' }).toObject()).toEqual({
      type: 'ManualIntervention',
      spec: { timeout: '1h', onTimeout: { action: { type: 'Abort' } } },
    });
    expect(FailureAction.manualIntervention({ timeout: Timeout.days(1), onTimeout: FailureAction.MARK_AS_SUCCESS }).toObject()).toEqual({
      type: 'ManualIntervention',
      spec: { timeout: '1d', onTimeout: { action: { type: 'MarkAsSuccess' } } },
    });
  });

  test('manual intervention timeouts follow the stricter ManualInterventionFailureActionConfig pattern', () => {
    // Schema: ^[1-9]\d*[smhdw](\s+[1-9]\d*[smhdw])*$ -- units separated by spaces, no expressions.
    expect(FailureAction.manualIntervention({ timeout: '1h 30m' }).toObject()).toEqual({
      type: 'ManualIntervention',
      spec: { timeout: '1h 30m', onTimeout: { action: { type: 'Abort' } } },
    });
    expect(() => FailureAction.manualIntervention({ timeout: '1h30m' }).toObject()).toThrow(
      "FailureAction.manualIntervention: timeout: '1h30m' is rejected by the schema (ManualInterventionFailureActionConfig: units separated by spaces, no expressions). Fix: write e.g. '1h 30m', '30m' or '1d'",
    );
    expect(() => FailureAction.manualIntervention({ timeout: '<+input>' }).toObject()).toThrow(
      /timeout: '<\+input>' is rejected by the schema/,
    );
    // The schema agrees: the same strategy forced into a step fails validation.
    const forced = new RunStep({ identifier: 'a', command: 'echo' }).addOverride('failureStrategies', [
      {
        onFailure: {
          errors: ['AllErrors'],
          action: { type: 'ManualIntervention', spec: { timeout: '1h30m', onTimeout: { action: { type: 'Abort' } } } },
        },
      },
    ]);
    expect(
      new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 's', steps: [forced] })),
    ).not.toBeValidHarnessPipeline();
  });
});

test('failure strategies on steps and stages render and pass the schema', () => {
  const strategies = [
    FailureStrategy.on(
      [ErrorType.TIMEOUT, ErrorType.CONNECTIVITY],
      FailureAction.retry({ count: 2, intervals: ['10s', '1m'], onRetryFailure: FailureAction.ABORT }),
    ),
    FailureStrategy.on(
      [ErrorType.APPROVAL_REJECTION],
      FailureAction.manualIntervention({ timeout: '1h', onTimeout: FailureAction.IGNORE }),
    ),
    FailureStrategy.onAllErrors(FailureAction.MARK_AS_FAILURE),
  ];
  const step = new RunStep({ identifier: 'a', command: 'echo', failureStrategies: strategies });
  const p = new Pipeline({ identifier: 'p' }).addStage(
    new CustomStage({ identifier: 's', steps: [step], failureStrategies: [FailureStrategy.onAllErrors(FailureAction.ABORT)] }),
  );
  const stage = (p.toObject().pipeline as { stages: Array<{ stage: any }> }).stages[0].stage;
  expect(stage.failureStrategies).toEqual([{ onFailure: { errors: ['AllErrors'], action: { type: 'Abort' } } }]);
  expect(stage.spec.execution.steps[0].step.failureStrategies).toEqual([
    {
      onFailure: {
        errors: ['Timeout', 'Connectivity'],
        action: { type: 'Retry', spec: { retryCount: 2, retryIntervals: ['10s', '1m'], onRetryFailure: { action: { type: 'Abort' } } } },
      },
    },
    {
      onFailure: {
        errors: ['ApprovalRejection'],
        action: { type: 'ManualIntervention', spec: { timeout: '1h', onTimeout: { action: { type: 'Ignore' } } } },
      },
    },
    { onFailure: { errors: ['AllErrors'], action: { type: 'MarkAsFailure' } } },
  ]);
  expect(p).toBeValidHarnessPipeline();
});
