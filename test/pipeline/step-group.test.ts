import { StageStatus } from '../../src/pipeline/condition';
import { FailureAction, FailureStrategy } from '../../src/pipeline/failure-strategy';
import { Pipeline } from '../../src/pipeline/pipeline';
import { StepGroup } from '../../src/pipeline/step-group';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { DeploymentStage } from '../../src/pipeline/stages/deployment-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';

const run = (id: string, command = `echo ${id}`) => new RunStep({ identifier: id, command });

describe('StepGroup', () => {
  test('renders name, identifier, when, failure strategies and its steps', () => {
    const group = new StepGroup({
      identifier: 'checks',
      name: 'Checks',
      when: { stageStatus: StageStatus.SUCCESS, condition: '<+pipeline.sequenceId> > 0' },
      failureStrategies: [FailureStrategy.onAllErrors(FailureAction.IGNORE)],
      steps: [run('lint')],
    })
      .addStep(run('test'))
      .addParallel(run('a'), run('b'));
    const p = new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 's', steps: [group] }));
    const stage = (p.toObject().pipeline as { stages: Array<{ stage: any }> }).stages[0].stage;
    const step = (id: string) => ({
      step: { type: 'Run', name: id, identifier: id, spec: { command: `echo ${id}` } },
    });
    expect(stage.spec.execution.steps).toEqual([
      {
        stepGroup: {
          name: 'Checks',
          identifier: 'checks',
          when: { stageStatus: 'Success', condition: '<+pipeline.sequenceId> > 0' },
          failureStrategies: [{ onFailure: { errors: ['AllErrors'], action: { type: 'Ignore' } } }],
          steps: [step('lint'), step('test'), { parallel: [step('a'), step('b')] }],
        },
      },
    ]);
    expect(p).toBeValidHarnessPipeline();
  });

  test('the name defaults to the identifier; both are validated', () => {
    expect(new StepGroup({ identifier: 'g' }).name).toBe('g');
    expect(() => new StepGroup({ identifier: 'my-group' })).toThrow(
      /^stepGroup 'my-group': identifier: 'my-group' is not a valid Harness identifier/,
    );
    expect(() => new StepGroup({ identifier: 'g', name: 'a/b' })).toThrow(/^stepGroup 'g': name: 'a\/b' is not a valid name/);
    expect(() => new StepGroup({ identifier: 'g', name: 'n'.repeat(129) })).toThrow(/name is 129 characters long/);
  });

  test('a step inside the group is referenced below the group: ...steps.<group>.steps.<step>', () => {
    const producer = new RunStep({ identifier: 'make', command: 'export URL=x', outputVariables: ['URL'] });
    const consumer = run('use', `curl ${producer.outputVariable('URL')}`);
    const p = new Pipeline({ identifier: 'p' }).addStage(
      new CustomStage({
        identifier: 's',
        steps: [new StepGroup({ identifier: 'g', steps: [producer] }), consumer],
      }),
    );
    const stage = (p.toObject().pipeline as { stages: Array<{ stage: any }> }).stages[0].stage;
    expect(stage.spec.execution.steps[1].step.spec.command).toBe(
      'curl <+pipeline.stages.s.spec.execution.steps.g.steps.make.output.outputVariables.URL>',
    );
    expect(p).toBeValidHarnessPipeline();
  });

  test('referencing a step of a group that has no place yet is an error', () => {
    const producer = new RunStep({ identifier: 'make', command: 'x', outputVariables: ['URL'] });
    new StepGroup({ identifier: 'g', steps: [producer] });
    expect(() => producer.outputVariable('URL').resolve()).toThrow(
      "stepGroup 'g': outputs: a step in this group is referenced, but the group has not been added to a stage. Fix: add the group to a stage",
    );
  });

  test('a group can be placed only once', () => {
    const group = new StepGroup({ identifier: 'g', steps: [run('a')] });
    new CustomStage({ identifier: 's1', steps: [group] });
    expect(() => new CustomStage({ identifier: 's2', steps: [group] })).toThrow(
      "stage 's1' > stepGroup 'g': identifier: the step group is already part of a stage. Fix: create a new step group for each place",
    );
  });

  test('escape hatch: addOverride on the rendered stepGroup node', () => {
    const group = new StepGroup({ identifier: 'g', steps: [run('a')] })
      .addOverride('stepGroupInfra', { type: 'KubernetesDirect', spec: { connectorRef: 'account.k8s', namespace: 'builds' } })
      .addOverride('name', 'Renamed');
    const p = new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 's', steps: [group] }));
    const node = (p.toObject().pipeline as { stages: Array<{ stage: any }> }).stages[0].stage.spec.execution.steps[0].stepGroup;
    expect(node.name).toBe('Renamed');
    expect(node.stepGroupInfra).toEqual({ type: 'KubernetesDirect', spec: { connectorRef: 'account.k8s', namespace: 'builds' } });
    expect(p).toBeValidHarnessPipeline();
  });

  test('an empty step group is reported (StepGroupElementConfig.steps has minItems 1), also nested or among rollback steps', () => {
    const stage = new CustomStage({
      identifier: 's',
      steps: [run('a'), new StepGroup({ identifier: 'outer', steps: [new StepGroup({ identifier: 'inner' })] })],
    });
    expect(new Pipeline({ identifier: 'p', stages: [stage] }).validate()).toEqual([
      {
        path: "pipeline 'p' > stage 's' > stepGroup 'outer' > stepGroup 'inner'",
        field: 'steps',
        problem: 'the step group has no steps',
        fix: 'add at least one step with addStep(), or remove the group',
      },
    ]);
    const deploy = new DeploymentStage({
      identifier: 'd',
      serviceRef: 's',
      environmentRef: 'e',
      infrastructureDefinitions: ['i'],
      steps: [run('b')],
      rollbackSteps: [new StepGroup({ identifier: 'rb' })],
    });
    expect(() => new Pipeline({ identifier: 'q', stages: [deploy] }).toObject()).toThrow(
      "pipeline 'q' > stage 'd' > rollbackSteps > stepGroup 'rb': steps: the step group has no steps. Fix: add at least one step with addStep(), or remove the group",
    );
  });

  test('a when condition with an execution-time input is rejected at render', () => {
    const group = new StepGroup({ identifier: 'g', steps: [run('a')], when: { condition: '<+input>.executionInput()' } });
    const stage = new CustomStage({ identifier: 's', steps: [group] });
    expect(() => stage.toObject()).toThrow(
      /^stage 's' > stepGroup 'g': when\.condition: a condition must not contain an execution-time input/,
    );
  });

  describe('identifiers are unique within the stage, across groups', () => {
    test('a step inside a group colliding with a top-level step added before', () => {
      const stage = new CustomStage({ identifier: 's', steps: [run('build')] });
      expect(() => stage.addStep(new StepGroup({ identifier: 'g', steps: [run('build')] }))).toThrow(
        "stepGroup 'g' > step 'build': identifier: identifier 'build' is already used in stage 's' by stage 's' > step 'build'. Fix: give each step and step group a unique identifier within the stage",
      );
    });

    test('a top-level step colliding with a step inside a group added before', () => {
      const stage = new CustomStage({ identifier: 's', steps: [new StepGroup({ identifier: 'g', steps: [run('build')] })] });
      expect(() => stage.addStep(run('build'))).toThrow(
        "step 'build': identifier: identifier 'build' is already used in stage 's' by stage 's' > stepGroup 'g' > step 'build'. Fix: give each step and step group a unique identifier within the stage",
      );
    });

    test('a step added to a group after the group joined the stage', () => {
      const group = new StepGroup({ identifier: 'g' });
      new CustomStage({ identifier: 's', steps: [run('build'), group] });
      expect(() => group.addStep(run('build'))).toThrow(
        /^step 'build': identifier: identifier 'build' is already used in stage 's' by stage 's' > step 'build'/,
      );
    });

    test('a group added after its steps: duplicates inside the group are found when it joins', () => {
      const group = new StepGroup({ identifier: 'g', steps: [run('x')] });
      group.addStep(run('x'));
      expect(() => new CustomStage({ identifier: 's', steps: [group] })).toThrow(
        /^stepGroup 'g' > step 'x': identifier: identifier 'x' is already used in stage 's' by stepGroup 'g' > step 'x'/,
      );
    });

    test('nested groups and a group whose identifier collides with a step', () => {
      const stage = new CustomStage({ identifier: 's', steps: [run('deploy')] });
      expect(() => stage.addStep(new StepGroup({ identifier: 'deploy', steps: [run('a')] }))).toThrow(
        /^stepGroup 'deploy': identifier: identifier 'deploy' is already used in stage 's' by stage 's' > step 'deploy'/,
      );
      const outer = new StepGroup({ identifier: 'outer', steps: [new StepGroup({ identifier: 'inner', steps: [run('deep')] })] });
      stage.addStep(outer);
      expect(() => stage.addStep(run('deep'))).toThrow(
        /already used in stage 's' by stage 's' > stepGroup 'outer' > stepGroup 'inner' > step 'deep'/,
      );
      expect(() => stage.addStep(run('inner'))).toThrow(/already used in stage 's' by stage 's' > stepGroup 'outer' > stepGroup 'inner'\./);
    });

    test('the same identifier in two different stages is fine', () => {
      const p = new Pipeline({ identifier: 'p' })
        .addStage(new CustomStage({ identifier: 's1', steps: [new StepGroup({ identifier: 'g', steps: [run('build')] })] }))
        .addStage(new CustomStage({ identifier: 's2', steps: [new StepGroup({ identifier: 'g', steps: [run('build')] })] }));
      expect(p).toBeValidHarnessPipeline();
    });
  });
});
