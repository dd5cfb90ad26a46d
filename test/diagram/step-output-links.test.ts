import { type DrawnStep, findOutputLinks } from '../../src/diagram/step-output-links';

const base = 'pipeline.stages.s.spec.execution.steps';
const drawn = (nodeId: string, path: string, node: Record<string, unknown>, stageId = 's'): DrawnStep => ({ nodeId, stageId, path, node });

describe('findOutputLinks', () => {
  test('finds fully qualified references, one link per producer and reader with the outputs sorted', () => {
    const steps = [
      drawn('n1', `${base}.make`, {}),
      drawn('n2', `${base}.use`, {
        spec: { a: `<+${base}.make.output.outputVariables.url>`, b: `x <+${base}.make.output.outputVariables.id> <+${base}.make.status>` },
      }),
    ];
    expect(findOutputLinks(steps)).toEqual([{ from: 'n1', to: 'n2', outputs: ['id', 'status', 'url'] }]);
  });

  test('finds stage-relative references within the producer stage only', () => {
    const steps = [
      drawn('n1', `${base}.g.steps.make`, {}),
      drawn('n2', `${base}.same`, {
        s: '<+execution.steps.g.steps.make.output.outputVariables.a> <+stage.spec.execution.steps.g.steps.make.output.outputVariables.b>',
      }),
      drawn('n3', 'pipeline.stages.t.spec.execution.steps.other', { s: '<+execution.steps.g.steps.make.output.outputVariables.c>' }, 't'),
    ];
    expect(findOutputLinks(steps)).toEqual([{ from: 'n1', to: 'n2', outputs: ['a', 'b'] }]);
  });

  test('a step whose identifier starts like another is not mistaken for it, and a step does not link to itself', () => {
    const steps = [
      drawn('n1', `${base}.make`, { s: `<+${base}.make.output.outputVariables.self>` }),
      drawn('n2', `${base}.make2`, {}),
      drawn('n3', `${base}.use`, { s: `<+${base}.make2.output.outputVariables.x>` }),
    ];
    expect(findOutputLinks(steps)).toEqual([{ from: 'n2', to: 'n3', outputs: ['x'] }]);
  });

  test('a path without an expression marker is plain text, not a reference', () => {
    const steps = [drawn('n1', `${base}.make`, {}), drawn('n2', `${base}.use`, { s: `${base}.make.output.outputVariables.x` })];
    expect(findOutputLinks(steps)).toEqual([]);
  });
});
