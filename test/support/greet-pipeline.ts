// Test support (not a test): the smallest pipeline a self-service workflow triggers, a Custom stage whose Run step
// echoes one workflow input, for the construct tests that need any such pair.
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import type { WorkflowInput } from '../../src/workflow/workflow-input';

/** Pipeline `greet` with `input` as its variable, echoed by the Run step `go` of stage `main`. */
export function greetPipeline(input: WorkflowInput): Pipeline {
  const go = new RunStep({ identifier: 'go', command: `echo ${input}`, shell: Shell.BASH, timeout: '5m' });
  return new Pipeline({ identifier: 'greet', name: 'Greet', variables: [input] }).addStage(
    new CustomStage({ identifier: 'main', steps: [go] }),
  );
}
