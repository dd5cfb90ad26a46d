import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CiStage } from '../../../../src/pipeline/stages/ci-stage';
import type { Step } from '../../../../src/pipeline/step';

/** A pipeline with one Build stage `build` (Harness Cloud) holding `steps`. */
export function ciPipeline(steps: Step[]): Pipeline {
  return new Pipeline({ identifier: 'p', stages: [new CiStage({ identifier: 'build', steps })] });
}
