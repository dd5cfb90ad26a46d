import { requireInstance } from '../core/arguments';
import { fail } from '../core/errors';
import type { RenderContext } from '../core/render-context';
import { Stage } from './stage';
import { MAX_PARALLEL } from './step-list';

/** A block of stages that run in parallel. */
export class ParallelStages {
  constructor(public readonly stages: readonly Stage[]) {}
}

/** One entry of a pipeline's `stages` list: a stage, or a parallel block of stages. */
export type StageElement = Stage | ParallelStages;

/** Throws unless a parallel block holds 2 to {@link MAX_PARALLEL} stages. */
export function checkParallelBlock(stages: readonly Stage[], where: string): void {
  if (stages.length < 2 || stages.length > MAX_PARALLEL) {
    fail(
      where,
      'stages',
      `a parallel block needs 2 to ${MAX_PARALLEL} stages, got ${stages.length}`,
      'use addStage() for one stage, or split the block',
    );
  }
}

/** Throws unless `stage` is a stage whose identifier none of `stages` uses yet. */
export function checkStageToAdd(stage: Stage, stages: readonly Stage[], where: string): void {
  requireInstance(stage, Stage, 'a stage (CustomStage, IdpStage, ...)', where, 'stages', 'pass stage objects, e.g. new CustomStage({...})');
  const dup = stages.find((s) => s.identifier === stage.identifier);
  if (dup) {
    fail(
      `${where} > stage '${stage.identifier}'`,
      'identifier',
      `stage identifier '${stage.identifier}' is already used in ${where}`,
      'give each stage a unique identifier',
    );
  }
}

/** All stages of the elements, in order. */
export function stagesOf(elements: readonly StageElement[]): Stage[] {
  return elements.flatMap((e) => (e instanceof ParallelStages ? [...e.stages] : [e]));
}

/** Execution position of a stage among the elements: `[i]`, `[i, 'p<j>']` within a parallel block, `[]` if absent. */
export function positionAmong(elements: readonly StageElement[], stage: Stage): readonly (number | string)[] {
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (e === stage) return [i];
    if (e instanceof ParallelStages && e.stages.includes(stage)) return [i, `p${e.stages.indexOf(stage)}`];
  }
  return [];
}

/** The rendered `stages` list: a stage node, or `{ parallel: [...] }` for a parallel block. */
export function renderStageElements(elements: readonly StageElement[], ctx: RenderContext): unknown[] {
  return elements.map((e) => (e instanceof ParallelStages ? { parallel: e.stages.map((s) => s.toObject(ctx)) } : e.toObject(ctx)));
}
