import { PipelineStatus } from '../../src/pipeline/condition';
import { FailureAction, FailureStrategy } from '../../src/pipeline/failure-strategy';
import { StageInfrastructure } from '../../src/pipeline/infrastructure';
import { Pipeline } from '../../src/pipeline/pipeline';
import { StepGroup } from '../../src/pipeline/step-group';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../src/pipeline/stages/idp-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { Timeout } from '../../src/pipeline/timeout';

const run = (id: string) => new RunStep({ identifier: id, command: `echo ${id}` });
const stageNode = (p: Pipeline, i = 0): any => (p.toObject().pipeline as { stages: Array<{ stage: unknown }> }).stages[i].stage;

describe('Stage envelope', () => {
  test('renders name, identifier, description, type, spec, tags in the order of the example pipelines', () => {
    const p = new Pipeline({ identifier: 'p' }).addStage(
      new CustomStage({ identifier: 'toggle_flag', name: 'Toggle flag for target', description: '', tags: {}, steps: [run('a')] }),
    );
    const node = stageNode(p);
    expect(Object.keys(node)).toEqual(['name', 'identifier', 'description', 'type', 'spec', 'tags']);
    expect(node).toEqual({
      name: 'Toggle flag for target',
      identifier: 'toggle_flag',
      description: '',
      type: 'Custom',
      spec: {
        execution: {
          steps: [{ step: { type: 'Run', name: 'a', identifier: 'a', spec: { command: 'echo a' } } }],
        },
      },
      tags: {},
    });
    expect(p).toBeValidHarnessPipeline();
  });

  test('renders only what is given: no description or tags unless set (faithful rendering)', () => {
    const p = new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 's', steps: [run('a')] }));
    expect(stageNode(p)).toEqual({
      name: 's',
      identifier: 's',
      type: 'Custom',
      spec: { execution: { steps: [{ step: { type: 'Run', name: 'a', identifier: 'a', spec: { command: 'echo a' } } }] } },
    });
    expect(p).toBeValidHarnessPipeline();
  });

  test('optional fields: description, tags, when, failure strategies, delegate selectors, timeout, strategy', () => {
    const p = new Pipeline({ identifier: 'p' }).addStage(
      new CustomStage({
        identifier: 's',
        description: 'Runs things',
        tags: { team: 'platform' },
        when: { pipelineStatus: PipelineStatus.SUCCESS, condition: '<+pipeline.sequenceId> > 1' },
        failureStrategies: [FailureStrategy.onAllErrors(FailureAction.MARK_AS_FAILURE)],
        delegateSelectors: ['eu-delegate'],
        timeout: Timeout.hours(1),
        strategy: { matrix: { region: ['eu', 'us'], maxConcurrency: 1 } },
        environment: { environmentRef: 'prod' },
        steps: [run('a')],
      }),
    );
    const node = stageNode(p);
    expect(node).toEqual(
      expect.objectContaining({
        description: 'Runs things',
        tags: { team: 'platform' },
        when: { pipelineStatus: 'Success', condition: '<+pipeline.sequenceId> > 1' },
        failureStrategies: [{ onFailure: { errors: ['AllErrors'], action: { type: 'MarkAsFailure' } } }],
        delegateSelectors: ['eu-delegate'],
        timeout: '1h',
        strategy: { matrix: { region: ['eu', 'us'], maxConcurrency: 1 } },
      }),
    );
    expect(node.spec.environment).toEqual({ environmentRef: 'prod' });
    expect(p).toBeValidHarnessPipeline();
  });

  test('identifier, name and timeout are validated in the constructor', () => {
    expect(() => new CustomStage({ identifier: 'my-stage' })).toThrow(
      /^stage 'my-stage': identifier: 'my-stage' is not a valid Harness identifier/,
    );
    expect(() => new CustomStage({ identifier: 'status' })).toThrow(
      "stage 'status': identifier: 'status' is a reserved word in Harness. Fix: choose another identifier, for example 'status_1'",
    );
    expect(() => new CustomStage({ identifier: 's', name: 'a/b' })).toThrow(
      /^stage 's': name: 'a\/b' is not a valid name \(names may contain/,
    );
    expect(() => new CustomStage({ identifier: 's', name: 'n'.repeat(129) })).toThrow(
      "stage 's': name: name is 129 characters long; Harness allows at most 128. Fix: shorten the name",
    );
    expect(() => new CustomStage({ identifier: 's', timeout: '5s' })).toThrow(
      /^stage 's': timeout: '5s' is rejected by the Harness schema/,
    );
  });

  test('a Custom stage name may contain a dot; an IDP stage name may not', () => {
    expect(new CustomStage({ identifier: 's', name: 'v1.2 rollout' }).name).toBe('v1.2 rollout');
    expect(() => new IdpStage({ identifier: 's', name: 'my.stage' })).toThrow(
      "stage 's': name: 'my.stage' is not a valid name (IDP stage names may contain letters, digits, _, - and spaces (no '.'), and must start with a letter or _; pattern ^[a-zA-Z_][-0-9a-zA-Z_\\s]{0,127}$). Fix: use for example 'my stage'",
    );
  });

  test('escape hatch: addOverride sets, replaces and deletes fields of the rendered stage node', () => {
    const stage = new CustomStage({ identifier: 's', steps: [run('a'), run('b')] })
      .addOverride('spec.execution.rollbackSteps', [])
      .addOverride('spec.execution.steps.1.step.timeout', '20m')
      .addOverride('tags', undefined);
    const p = new Pipeline({ identifier: 'p' }).addStage(stage);
    const node = stageNode(p);
    expect(node.tags).toBeUndefined();
    expect(node.spec.execution.rollbackSteps).toEqual([]);
    expect(node.spec.execution.steps[1].step.timeout).toBe('20m');
    expect(p).toBeValidHarnessPipeline();
  });

  test('steps may be added after construction, also after the stage joined a pipeline', () => {
    const stage = new CustomStage({ identifier: 's' });
    const p = new Pipeline({ identifier: 'p' }).addStage(stage);
    stage.addStep(run('late')).addStepGroup(new StepGroup({ identifier: 'g', steps: [run('later')] }));
    expect(stageNode(p).spec.execution.steps).toHaveLength(2);
    expect(p).toBeValidHarnessPipeline();
  });
});

describe('Stage rules', () => {
  test('duplicate step identifiers within the stage name both paths', () => {
    const stage = new CustomStage({ identifier: 's', steps: [run('a')] });
    expect(() => stage.addStep(run('a'))).toThrow(
      "step 'a': identifier: identifier 'a' is already used in stage 's' by stage 's' > step 'a'. Fix: give each step and step group a unique identifier within the stage",
    );
    expect(() => stage.addParallel(run('b'), run('b'))).toThrow(
      /^step 'b': identifier: identifier 'b' is already used in stage 's' by stage 's' > step 'b'/,
    );
  });

  test('a step object can be placed only once', () => {
    const a = run('a');
    const stage = new CustomStage({ identifier: 's', steps: [a] });
    expect(() => stage.addStep(a)).toThrow(
      "stage 's' > step 'a': identifier: the step is already part of stage 's'. Fix: create a new step object for each place it is used",
    );
    expect(() => new CustomStage({ identifier: 't', steps: [a] })).toThrow(/the step is already part of stage 's'/);
  });

  test('a stage can join only one pipeline', () => {
    const stage = new CustomStage({ identifier: 's', steps: [run('a')] });
    new Pipeline({ identifier: 'p1' }).addStage(stage);
    expect(() => new Pipeline({ identifier: 'p2' }).addStage(stage)).toThrow(
      "pipeline 'p1' > stage 's': identifier: the stage is already part of a pipeline. Fix: create a new stage object for each pipeline",
    );
  });

  test('an empty stage is a validation problem', () => {
    expect(new CustomStage({ identifier: 's' }).validate()).toEqual([
      { path: "stage 's'", field: 'spec.execution.steps', problem: 'the stage has no steps', fix: 'add at least one step with addStep()' },
    ]);
    expect(new CustomStage({ identifier: 's', steps: [run('a')] }).validate()).toEqual([]);
  });

  test('a stage whose only content is an empty step group is empty too', () => {
    expect(new CustomStage({ identifier: 's', steps: [new StepGroup({ identifier: 'g' })] }).validate()).toHaveLength(1);
  });
});

describe('IdpStage', () => {
  test('Harness Cloud by default; cloneCodebase only when given', () => {
    const p = new Pipeline({ identifier: 'p' }).addStage(
      new IdpStage({ identifier: 'onboard', name: 'Onboard service', steps: [run('a')] }),
    );
    expect(stageNode(p).spec).toEqual({
      platform: { os: 'Linux', arch: 'Amd64' },
      runtime: { type: 'Cloud', spec: {} },
      execution: {
        steps: [{ step: { type: 'Run', name: 'a', identifier: 'a', spec: { command: 'echo a' } } }],
      },
    });
    expect(p).toBeValidHarnessPipeline();
  });

  test('another infrastructure and shared paths', () => {
    const p = new Pipeline({ identifier: 'p' }).addStage(
      new IdpStage({
        identifier: 'onboard',
        infrastructure: StageInfrastructure.kubernetes({ connectorRef: 'account.k8s', namespace: 'idp' }),
        sharedPaths: ['/harness/shared'],
        steps: [run('a')],
      }),
    );
    const spec = stageNode(p).spec;
    expect(spec.infrastructure.type).toBe('KubernetesDirect');
    expect(spec.platform).toBeUndefined();
    expect(spec.sharedPaths).toEqual(['/harness/shared']);
    expect(p).toBeValidHarnessPipeline();
  });

  test('clone codebase is rejected', () => {
    expect(() => new IdpStage({ identifier: 'onboard', cloneCodebase: true })).toThrow(
      "stage 'onboard': cloneCodebase: Clone Codebase is not supported at the stage level for the IDP stage. Fix: remove cloneCodebase and add a GitClone step",
    );
  });

  test('looping strategies are rejected', () => {
    expect(() => new IdpStage({ identifier: 'onboard', strategy: { parallelism: 2 } })).toThrow(
      "stage 'onboard': strategy: looping strategies (matrix, parallelism, repeat) are not supported for the IDP stage. Fix: remove the strategy, or run the loop in a Custom stage",
    );
  });
});
