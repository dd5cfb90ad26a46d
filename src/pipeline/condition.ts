import { fail } from '../core/errors';
import { usesExecutionInput } from '../core/expr';
import type { Expression } from '../core/expression';

/** Stage status a step `when` condition checks (`common/StepWhenCondition.stageStatus`). */
export enum StageStatus {
  /** Runs when the pipeline has succeeded so far. */
  SUCCESS = 'Success',
  /** Runs when the pipeline has failed so far. */
  FAILURE = 'Failure',
  /** Runs whatever the pipeline's status. */
  ALL = 'All',
}

/** Pipeline status a stage `when` condition checks (`StageWhenCondition.pipelineStatus`). */
export enum PipelineStatus {
  /** Runs when the stage has succeeded so far. */
  SUCCESS = 'Success',
  /** Runs when the stage has failed so far. */
  FAILURE = 'Failure',
  /** Runs whatever the stage's status. */
  ALL = 'All',
}

/** Conditional execution of a step or step group. */
export interface StepWhen {
  /** Run when the stage so far has this status. @default StageStatus.SUCCESS */
  readonly stageStatus?: StageStatus;
  /**
   * A JEXL boolean, e.g. `Expr.equals(action, 'enable')` → `<+pipeline.variables.action> == "enable"`.
   * @default - no condition
   */
  readonly condition?: string | Expression;
}

/** Conditional execution of a stage. */
export interface StageWhen {
  /** Run when the pipeline so far has this status. @default PipelineStatus.SUCCESS */
  readonly pipelineStatus?: PipelineStatus;
  /** A JEXL boolean. @default - no condition */
  readonly condition?: string | Expression;
}

function checkCondition(condition: string | Expression | undefined, path: string): void {
  if (condition !== undefined && usesExecutionInput(condition)) {
    fail(
      path,
      'when.condition',
      'a condition must not contain an execution-time input (.executionInput())',
      'use a pipeline variable instead',
    );
  }
}

/** Renders a step `when` block. */
export function renderStepWhen(when: StepWhen | undefined, path: string): Record<string, unknown> | undefined {
  if (!when) return undefined;
  checkCondition(when.condition, path);
  return { stageStatus: when.stageStatus ?? StageStatus.SUCCESS, condition: when.condition };
}

/** Renders a stage `when` block. */
export function renderStageWhen(when: StageWhen | undefined, path: string): Record<string, unknown> | undefined {
  if (!when) return undefined;
  checkCondition(when.condition, path);
  return { pipelineStatus: when.pipelineStatus ?? PipelineStatus.SUCCESS, condition: when.condition };
}
