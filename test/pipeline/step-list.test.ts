import { ValidationError } from '../../src/core/errors';
import { Pipeline } from '../../src/pipeline/pipeline';
import { StepGroup } from '../../src/pipeline/step-group';
import { MAX_PARALLEL, ParallelBlock } from '../../src/pipeline/step-list';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../src/pipeline/stages/idp-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { FakeStep } from '../support/fake-step';

const run = (id: string) => new RunStep({ identifier: id, command: `echo ${id}` });
type StepNode = { step?: { identifier: string }; parallel?: StepNode[]; stepGroup?: { identifier: string; steps: StepNode[] } };
const ids = (nodes: StepNode[]): unknown[] =>
  nodes.map((n) =>
    n.step ? n.step.identifier : n.parallel ? { parallel: ids(n.parallel) } : { [n.stepGroup!.identifier]: ids(n.stepGroup!.steps) },
  );

describe('StepList', () => {
  test('keeps steps, parallel blocks and groups in order', () => {
    const stage = new CustomStage({ identifier: 's' });
    stage
      .addStep(run('a'))
      .addParallel(run('b'), run('c'))
      .addStep(new StepGroup({ identifier: 'g', steps: [run('d')] }));
    expect(stage.steps.items.map((e) => e.constructor.name)).toEqual(['RunStep', 'ParallelBlock', 'StepGroup']);
    expect(stage.steps.items[1]).toBeInstanceOf(ParallelBlock);
    expect(ids(stage.steps.toObject() as StepNode[])).toEqual(['a', { parallel: ['b', 'c'] }, { g: ['d'] }]);
    const p = new Pipeline({ identifier: 'p' }).addStage(stage);
    expect(p).toBeValidHarnessPipeline();
  });

  test('allSteps and allGroups walk depth first, in execution order', () => {
    const inner = new StepGroup({ identifier: 'inner', steps: [run('e')] });
    const stage = new CustomStage({ identifier: 's' })
      .addStep(run('a'))
      .addParallel(run('b'), new StepGroup({ identifier: 'g1', steps: [run('c'), inner] }))
      .addStep(run('d'));
    expect(stage.steps.allSteps().map((s) => s.identifier)).toEqual(['a', 'b', 'c', 'e', 'd']);
    expect(stage.steps.allGroups().map((g) => g.identifier)).toEqual(['g1', 'inner']);
    expect(stage.allSteps().map((s) => s.identifier)).toEqual(['a', 'b', 'c', 'e', 'd']);
  });

  test('positions: sequential indices, parallel lanes as markers', () => {
    const a = run('a');
    const b = run('b');
    const c = run('c');
    const d = run('d');
    const g = new StepGroup({ identifier: 'g', steps: [d] });
    const stage = new CustomStage({ identifier: 's' }).addStep(a).addParallel(b, c).addStep(g);
    const p = new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 'first', steps: [run('x')] })).addStage(stage);
    expect(a.position()).toEqual([1, 0, 0]);
    expect(b.position()).toEqual([1, 0, 1, 'p0']);
    expect(c.position()).toEqual([1, 0, 1, 'p1']);
    expect(d.position()).toEqual([1, 0, 2, 0]);
    expect(p).toBeValidHarnessPipeline();
  });

  describe('parallel block limits', () => {
    test('at least 2 items', () => {
      expect(() => new CustomStage({ identifier: 's' }).addParallel(run('a'))).toThrow(
        "stage 's': parallel: a parallel block needs at least 2 items, got 1. Fix: use addStep() for a single step",
      );
    });

    test('at most 256 items', () => {
      expect(MAX_PARALLEL).toBe(256);
      const many = Array.from({ length: 257 }, (_, i) => run(`s${i}`));
      expect(() => new CustomStage({ identifier: 's' }).addParallel(...many)).toThrow(
        "stage 's': parallel: a parallel block has 257 items; Harness allows at most 256. Fix: split the work into several blocks",
      );
    });

    test('256 items are fine', () => {
      const stage = new CustomStage({ identifier: 's' }).addParallel(...Array.from({ length: 256 }, (_, i) => run(`s${i}`)));
      expect(stage.allSteps()).toHaveLength(256);
      expect(new Pipeline({ identifier: 'p' }).addStage(stage)).toBeValidHarnessPipeline();
    });

    test('the limits apply inside step groups too', () => {
      expect(() => new StepGroup({ identifier: 'g' }).addParallel(run('a'))).toThrow(
        /^stepGroup 'g': parallel: a parallel block needs at least 2 items/,
      );
    });
  });

  describe('stage/step matrix', () => {
    test('a step type the stage does not accept is rejected when added', () => {
      expect(() => new IdpStage({ identifier: 'idp', steps: [new FakeStep({ identifier: 'call', type: 'Http' })] })).toThrow(
        "step 'call': type: step type 'Http' is not allowed in an IDP stage (allowed in: IACM, Custom, Approval, Deployment). Fix: put it in an IACM, Custom, Approval, Deployment stage (e.g. a Custom stage before or after the IDP stage)",
      );
      expect(() => new CustomStage({ identifier: 'c' }).addStep(new FakeStep({ identifier: 'scale', type: 'K8sScale' }))).toThrow(
        "step 'scale': type: step type 'K8sScale' is not allowed in a Custom stage (allowed in: Deployment). Fix: put it in a Deployment stage",
      );
    });

    test('also inside a parallel block and inside a step group that joins the stage later', () => {
      expect(() =>
        new IdpStage({ identifier: 'idp' }).addParallel(run('a'), new FakeStep({ identifier: 'b', type: 'ShellScript' })),
      ).toThrow(/step 'b': type: step type 'ShellScript' is not allowed in an IDP stage/);
      const group = new StepGroup({ identifier: 'g', steps: [new FakeStep({ identifier: 'repo', type: 'CreateRepo' })] });
      expect(() => new CustomStage({ identifier: 'c', steps: [group] })).toThrow(
        /^stepGroup 'g' > step 'repo': type: step type 'CreateRepo' is not allowed in a Custom stage \(allowed in: IDP\)/,
      );
    });

    test('a step type the matrix does not know is allowed anywhere; a step may declare its own stages', () => {
      expect(() => new IdpStage({ identifier: 'idp', steps: [new FakeStep({ identifier: 'x', type: 'SomethingNew' })] })).not.toThrow();
      expect(
        () =>
          new IdpStage({ identifier: 'idp', steps: [new FakeStep({ identifier: 'x', type: 'SomethingNew', allowedStages: ['Custom'] })] }),
      ).toThrow(
        "step 'x': type: step type 'SomethingNew' is not allowed in an IDP stage (allowed in: Custom). Fix: check the stage/step matrix",
      );
    });

    test('step groups are not accepted in IDP stages', () => {
      expect(() => new IdpStage({ identifier: 'idp' }).addStep(new StepGroup({ identifier: 'g', steps: [run('a')] }))).toThrow(
        "stage 'idp' > stepGroup 'g': stepGroup: step groups are not allowed in an IDP stage. Fix: add the steps directly to the stage, or use a Custom/Approval/Deployment/CI stage",
      );
    });

    test('errors are ValidationErrors naming the field', () => {
      try {
        new CustomStage({ identifier: 'c' }).addStep(new FakeStep({ identifier: 'scale', type: 'K8sScale' }));
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        expect((e as ValidationError).field).toBe('type');
        return;
      }
      throw new Error('expected a ValidationError');
    });
  });
});
