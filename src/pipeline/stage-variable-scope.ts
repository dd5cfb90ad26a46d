import type { ValidationProblem } from '../core/errors';
import type { ExpressionKinds } from '../core/expression';
import type { ExpressionPayload } from '../core/expression-marker';
import { RawExpression } from '../core/raw-expression';
import type { Stage } from './stage';
import { runsBefore } from './run-order';
import { STAGE_VARIABLE_TAG } from './stage-variable';

/** What the stage variable decoder needs of the pipeline being rendered. */
export interface StageVariableScope {
  /** The pipeline's stages. */
  readonly stages: readonly Stage[];
  /** Human-readable location of the pipeline. */
  describe(): string;
  /** Execution position of a stage of the pipeline. */
  positionOfStage(stage: Stage): readonly (number | string)[];
}

/** Where a reference is checked: the consumer (a step or a stage), the stage it belongs to, and the problem list. */
export interface StageVariableCheck {
  readonly consumer: { describe(): string };
  readonly stage: Stage;
  readonly problems: ValidationProblem[];
  /** The field being resolved, for the message. @default - 'variables' */
  readonly field?: () => string;
}

/**
 * The decoder of stage variable references for a pipeline render: `<+stage.variables.<name>>` as written, the
 * qualified form with the identifier of the stage that declares the variable. With `check`, each reference is also
 * checked: the unqualified form must be declared on the consumer's own stage, the qualified one on a stage of this
 * pipeline that runs before the consumer's stage (or is that stage).
 */
export function stageVariableKinds(scope: StageVariableScope, check?: StageVariableCheck): ExpressionKinds {
  return {
    [STAGE_VARIABLE_TAG]: (payload: ExpressionPayload) => {
      const name = String(payload.n);
      const declaring = scope.stages.find((s) => s.variables.some((v) => v.variableId === payload.o));
      const qualified = payload.q === true;
      const text = qualified ? `<+pipeline.stages.${declaring?.identifier ?? 'unknown'}.variables.${name}>` : `<+stage.variables.${name}>`;
      const problem = check && scopeProblem(scope, check, declaring, qualified, text, name);
      if (check && problem) check.problems.push({ path: check.consumer.describe(), field: check.field?.() ?? 'variables', ...problem });
      return new RawExpression(text, false);
    },
  };
}

function scopeProblem(
  scope: StageVariableScope,
  check: StageVariableCheck,
  declaring: Stage | undefined,
  qualified: boolean,
  text: string,
  name: string,
): { problem: string; fix: string } | undefined {
  const own = check.stage;
  if (declaring === undefined) {
    return {
      problem: `references stage variable '${name}' (${text}), which no stage of ${scope.describe()} declares`,
      fix: `declare the variable on a stage of this pipeline: stage.addVariable() or the stage's variables prop`,
    };
  }
  if (!qualified && declaring !== own) {
    return {
      problem: `references ${text}, which stage '${declaring.identifier}' declares, not stage '${own.identifier}' where it is used`,
      fix:
        `reference variable.qualified (<+pipeline.stages.${declaring.identifier}.variables.${name}>), ` +
        `or declare the variable on stage '${own.identifier}'`,
    };
  }
  if (qualified && declaring !== own && !runsBefore(scope.positionOfStage(declaring), scope.positionOfStage(own))) {
    return {
      problem: `references ${text} of stage '${declaring.identifier}', which does not run before stage '${own.identifier}'`,
      fix:
        `move stage '${declaring.identifier}' before stage '${own.identifier}' (outside any parallel block they share), ` +
        `or declare the variable on stage '${own.identifier}'`,
    };
  }
  return undefined;
}
