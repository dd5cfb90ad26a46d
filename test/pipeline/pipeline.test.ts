import { Expr } from '../../src/core/expr';
import { RuntimeInput } from '../../src/core/runtime-input';
import { ValidationError } from '../../src/core/errors';
import { MAX_PIPELINE_YAML_BYTES, Pipeline, runsBefore } from '../../src/pipeline/pipeline';
import { StepGroup } from '../../src/pipeline/step-group';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../src/pipeline/stages/idp-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';

const run = (id: string, command = `echo ${id}`) => new RunStep({ identifier: id, command });
const producer = (id: string) => new RunStep({ identifier: id, command: 'export URL=https://x', outputVariables: ['URL'] });
const consumer = (id: string, p: RunStep) => run(id, `curl ${p.outputVariable('URL')}`);
const doc = (p: Pipeline): any => p.toObject().pipeline;

describe('Pipeline envelope', () => {
  test('renders name, identifier, scope, tags, stages and variables in the order of the example pipelines', () => {
    const env = PipelineVariable.string('env', { description: 'Target environment', required: true });
    const p = new Pipeline({
      identifier: 'idp_service_onboarding',
      name: 'IDP Service Onboarding',
      orgIdentifier: 'default',
      projectIdentifier: 'idp_workflows',
      tags: {},
      variables: [env],
      stages: [new CustomStage({ identifier: 's', steps: [run('a', `echo ${env}`)] })],
    });
    const node = doc(p);
    expect(Object.keys(node)).toEqual(['name', 'identifier', 'projectIdentifier', 'orgIdentifier', 'tags', 'stages', 'variables']);
    expect(node).toEqual(
      expect.objectContaining({
        name: 'IDP Service Onboarding',
        identifier: 'idp_service_onboarding',
        projectIdentifier: 'idp_workflows',
        orgIdentifier: 'default',
        tags: {},
        variables: [{ name: 'env', type: 'String', description: 'Target environment', required: true, value: '<+input>' }],
      }),
    );
    expect(p).toBeValidHarnessPipeline();
  });

  test('renders only what is given: no tags, description or scope unless set (faithful rendering)', () => {
    const p = new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', steps: [run('a')] })] });
    expect(doc(p)).toEqual({
      name: 'p',
      identifier: 'p',
      stages: [
        {
          stage: {
            name: 's',
            identifier: 's',
            type: 'Custom',
            spec: { execution: { steps: [{ step: { type: 'Run', name: 'a', identifier: 'a', spec: { command: 'echo a' } } }] } },
          },
        },
      ],
    });
    expect(p).toBeValidHarnessPipeline();
  });

  test('description, tags and properties; no variables key without variables', () => {
    const p = new Pipeline({
      identifier: 'p',
      description: 'Does things',
      tags: { team: 'platform' },
      properties: { ci: { codebase: { connectorRef: 'account.gh', build: RuntimeInput.create() } } },
      stages: [new CustomStage({ identifier: 's', steps: [run('a')] })],
    });
    const node = doc(p);
    expect(node).toEqual(
      expect.objectContaining({
        description: 'Does things',
        tags: { team: 'platform' },
        properties: { ci: { codebase: { connectorRef: 'account.gh', build: '<+input>' } } },
      }),
    );
    expect(node.variables).toBeUndefined();
    expect(node.orgIdentifier).toBeUndefined();
    expect(p).toBeValidHarnessPipeline();
  });

  test('the scope given at render wins when the pipeline has none; a conflicting scope is a problem', () => {
    const p = new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', steps: [run('a')] })] });
    expect(doc(p)).not.toHaveProperty('orgIdentifier');
    const scoped = p.toObject({ orgIdentifier: 'default', projectIdentifier: 'platform' });
    expect([
      (scoped.pipeline as Record<string, unknown>).projectIdentifier,
      (scoped.pipeline as Record<string, unknown>).orgIdentifier,
    ]).toEqual(['platform', 'default']);
    expect(scoped).toBeValidHarnessPipeline();
    const own = new Pipeline({
      identifier: 'q',
      orgIdentifier: 'default',
      projectIdentifier: 'a',
      stages: [new CustomStage({ identifier: 's', steps: [run('a')] })],
    });
    expect(() => own.toObject({ orgIdentifier: 'other', projectIdentifier: 'b' })).toThrow(
      new ValidationError([
        {
          path: "pipeline 'q'",
          field: 'orgIdentifier',
          problem: "the pipeline says 'default' but it is registered in 'other'",
          fix: 'set the organization in one place',
        },
        {
          path: "pipeline 'q'",
          field: 'projectIdentifier',
          problem: "the pipeline says 'a' but it is registered in 'b'",
          fix: 'set the project in one place',
        },
      ]).message,
    );
  });

  test('identifier, name and scope identifiers are validated', () => {
    expect(() => new Pipeline({ identifier: 'my-pipeline' })).toThrow(
      /^pipeline 'my-pipeline': identifier: 'my-pipeline' is not a valid Harness identifier/,
    );
    expect(() => new Pipeline({ identifier: 'p', name: 'n'.repeat(129) })).toThrow(
      "pipeline 'p': name: name is 129 characters long; Harness allows at most 128. Fix: shorten the name",
    );
    expect(new Pipeline({ identifier: 'p', name: 'n'.repeat(128) }).name).toHaveLength(128);
    expect(() => new Pipeline({ identifier: 'p', name: 'a:b' })).toThrow(/^pipeline 'p': name: 'a:b' is not a valid name/);
    expect(() => new Pipeline({ identifier: 'p', orgIdentifier: 'my-org' })).toThrow(
      /^pipeline 'p': orgIdentifier: 'my-org' is not a valid Harness identifier/,
    );
    expect(() => new Pipeline({ identifier: 'p', orgIdentifier: 'o', projectIdentifier: 'my project' })).toThrow(
      /^pipeline 'p': projectIdentifier: 'my project' is not a valid/,
    );
    expect(() => new Pipeline({ identifier: 'p', projectIdentifier: 'proj' })).toThrow(
      "pipeline 'p': orgIdentifier: a project-scoped pipeline needs its organization. Fix: set orgIdentifier too",
    );
  });

  test('escape hatch: addOverride on the pipeline, a stage and a step', () => {
    const step = run('a').addOverride('spec.resources.limits.memory', '1Gi').addOverride('spec.shell', 'Bash');
    const stage = new CustomStage({ identifier: 's', steps: [step] }).addOverride('description', 'overridden');
    const p = new Pipeline({ identifier: 'p', stages: [stage] }).addOverride('notificationRules', []).addOverride('tags.owner', 'platform');
    const node = doc(p);
    expect(node.notificationRules).toEqual([]);
    expect(node.tags).toEqual({ owner: 'platform' });
    expect(node.stages[0].stage.description).toBe('overridden');
    expect(node.stages[0].stage.spec.execution.steps[0].step.spec).toEqual({
      shell: 'Bash',
      command: 'echo a',
      resources: { limits: { memory: '1Gi' } },
    });
    expect(p).toBeValidHarnessPipeline();
  });

  test('an override may carry expressions; they resolve at render', () => {
    const env = PipelineVariable.string('env');
    const p = new Pipeline({
      identifier: 'p',
      variables: [env],
      stages: [new CustomStage({ identifier: 's', steps: [run('a').addOverride('spec.envVariables.ENV', env)] })],
    });
    expect(doc(p).stages[0].stage.spec.execution.steps[0].step.spec.envVariables).toEqual({ ENV: '<+pipeline.variables.env>' });
    expect(p).toBeValidHarnessPipeline();
  });
});

describe('stages', () => {
  test('stage identifiers are unique within the pipeline', () => {
    const p = new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 's', steps: [run('a')] }));
    expect(() => p.addStage(new CustomStage({ identifier: 's', steps: [run('b')] }))).toThrow(
      "pipeline 'p' > stage 's': identifier: stage identifier 's' is already used in pipeline 'p'. Fix: give each stage a unique identifier",
    );
    expect(() => p.addParallelStages(new CustomStage({ identifier: 't' }), new CustomStage({ identifier: 's' }))).toThrow(
      /stage identifier 's' is already used/,
    );
  });

  test('parallel stages render as a parallel block and are positioned as lanes', () => {
    const a = run('a');
    const b = run('b');
    const p = new Pipeline({ identifier: 'p' })
      .addStage(new CustomStage({ identifier: 'first', steps: [run('x')] }))
      .addParallelStages(new CustomStage({ identifier: 'left', steps: [a] }), new IdpStage({ identifier: 'right', steps: [b] }));
    expect(doc(p).stages.map((s: any) => (s.parallel ? s.parallel.map((x: any) => x.stage.identifier) : s.stage.identifier))).toEqual([
      'first',
      ['left', 'right'],
    ]);
    expect(a.position()).toEqual([1, 'p0', 0, 0]);
    expect(b.position()).toEqual([1, 'p1', 0, 0]);
    expect(p.stages.map((s) => s.identifier)).toEqual(['first', 'left', 'right']);
    expect(p).toBeValidHarnessPipeline();
  });

  test('parallel stage block limits: 2 to 256 stages', () => {
    const p = new Pipeline({ identifier: 'p' });
    expect(() => p.addParallelStages(new CustomStage({ identifier: 'only' }))).toThrow(
      "pipeline 'p': stages: a parallel block needs 2 to 256 stages, got 1. Fix: use addStage() for one stage, or split the block",
    );
    const many = Array.from({ length: 257 }, (_, i) => new CustomStage({ identifier: `s${i}` }));
    expect(() => p.addParallelStages(...many)).toThrow(/a parallel block needs 2 to 256 stages, got 257/);
  });

  test('lookups: stage(), variable(), allSteps(), runtimeInputs', () => {
    const env = PipelineVariable.string('env');
    const fixed = PipelineVariable.string('fixed', { value: 'x' });
    const p = new Pipeline({
      identifier: 'p',
      variables: [env, fixed],
      stages: [new CustomStage({ identifier: 's', steps: [run('a'), run('b')] })],
    });
    expect(p.stage('s').identifier).toBe('s');
    expect(() => p.stage('nope')).toThrow("pipeline 'p': stages: no stage 'nope'. Fix: use one of: s");
    expect(p.variable('env')).toBe(env);
    expect(() => p.variable('nope')).toThrow(
      "pipeline 'p': variables: no variable named 'nope'. Fix: declare it with addVariable(), or use one of: env, fixed",
    );
    expect(() => new Pipeline({ identifier: 'q' }).variable('x')).toThrow(/use one of: \(none\)/);
    expect(p.allSteps().map((s) => s.identifier)).toEqual(['a', 'b']);
    expect(p.runtimeInputs).toEqual([env]);
    expect(p.variables).toEqual([env, fixed]);
    expect(p).toBeValidHarnessPipeline();
  });
});

describe('variables', () => {
  test('a variable declared twice is rejected; the same object twice is kept once', () => {
    const env = PipelineVariable.string('env');
    const p = new Pipeline({ identifier: 'p', variables: [env] });
    p.addVariable(env);
    expect(p.variables).toHaveLength(1);
    expect(() => p.addVariable(PipelineVariable.string('env'))).toThrow(
      "pipeline 'p' > variable 'env': name: variable 'env' is declared twice. Fix: declare each variable once and pass the same object wherever it is used",
    );
  });

  test('a variable referenced but not declared is a problem, also inside a template literal', () => {
    const ghost = PipelineVariable.string('ghost');
    const p = new Pipeline({
      identifier: 'p',
      stages: [new CustomStage({ identifier: 's', steps: [run('a', `echo "${ghost}" and ${ghost}`)] })],
    });
    expect(p.validate()).toEqual([
      {
        path: "pipeline 'p' > stage 's' > step 'a'",
        field: 'spec.command',
        problem: "references <+pipeline.variables.ghost>, which pipeline 'p' does not declare",
        fix: 'declare the variable with pipeline.addVariable(), or pass a variable of this pipeline',
      },
    ]);
    expect(() => p.toYaml()).toThrow(ValidationError);
    expect(() => p.toYaml()).toThrow(/references <\+pipeline\.variables\.ghost>, which pipeline 'p' does not declare/);
  });

  test('a variable referenced from a stage field is checked too', () => {
    const ghost = PipelineVariable.string('ghost');
    const p = new Pipeline({
      identifier: 'p',
      stages: [new CustomStage({ identifier: 's', when: { condition: Expr.equals(ghost, 'x') }, steps: [run('a')] })],
    });
    expect(p.validate()).toEqual([
      expect.objectContaining({
        path: "pipeline 'p' > stage 's'",
        problem: "references <+pipeline.variables.ghost>, which pipeline 'p' does not declare",
      }),
    ]);
  });
});

describe('step outputs', () => {
  test('from an earlier step of the same stage: rendered as the FQN', () => {
    const make = producer('make');
    const p = new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', steps: [make, consumer('use', make)] })] });
    expect(p.validate()).toEqual([]);
    expect(doc(p).stages[0].stage.spec.execution.steps[1].step.spec.command).toBe(
      'curl <+pipeline.stages.s.spec.execution.steps.make.output.outputVariables.URL>',
    );
    expect(p).toBeValidHarnessPipeline();
  });

  test('from a step in an earlier stage: fine', () => {
    const make = producer('make');
    const p = new Pipeline({ identifier: 'p' })
      .addStage(new IdpStage({ identifier: 'build', steps: [make] }))
      .addStage(new CustomStage({ identifier: 'notify', steps: [consumer('use', make)] }));
    expect(p.validate()).toEqual([]);
    expect(p).toBeValidHarnessPipeline();
  });

  test('from a step that is not part of the pipeline', () => {
    const make = producer('make');
    new CustomStage({ identifier: 'elsewhere', steps: [make] });
    const p = new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', steps: [consumer('use', make)] })] });
    expect(p.validate()).toEqual([
      {
        path: "pipeline 'p' > stage 's' > step 'use'",
        field: 'spec.command',
        problem: "references output 'output.outputVariables.URL' of step 'make', which is not part of pipeline 'p'",
        fix: "add step 'make' to a stage of this pipeline, or reference a step that is in it",
      },
    ]);
  });

  test('from a step that runs later', () => {
    const make = producer('make');
    const p = new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', steps: [consumer('use', make), make] })] });
    expect(p.validate()).toEqual([
      {
        path: "pipeline 'p' > stage 's' > step 'use'",
        field: 'spec.command',
        problem:
          "references output 'output.outputVariables.URL' of step 'make', which does not run before it (pipeline 'p' > stage 's' > step 'make')",
        fix: "move step 'make' before 'use', outside any parallel block they share",
      },
    ]);
  });

  test('from a step in a later stage', () => {
    const make = producer('make');
    const p = new Pipeline({ identifier: 'p' })
      .addStage(new CustomStage({ identifier: 'first', steps: [consumer('use', make)] }))
      .addStage(new CustomStage({ identifier: 'second', steps: [make] }));
    expect(p.validate()).toEqual([expect.objectContaining({ problem: expect.stringMatching(/which does not run before it/) })]);
  });

  test('from a step running in parallel with the consumer', () => {
    const make = producer('make');
    const p = new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's' }).addParallel(make, consumer('use', make))] });
    expect(p.validate()).toEqual([
      expect.objectContaining({
        path: "pipeline 'p' > stage 's' > step 'use'",
        problem:
          "references output 'output.outputVariables.URL' of step 'make', which does not run before it (pipeline 'p' > stage 's' > step 'make')",
      }),
    ]);
  });

  test('from a step in a parallel stage', () => {
    const make = producer('make');
    const p = new Pipeline({ identifier: 'p' }).addParallelStages(
      new CustomStage({ identifier: 'left', steps: [make] }),
      new CustomStage({ identifier: 'right', steps: [consumer('use', make)] }),
    );
    expect(p.validate()).toEqual([expect.objectContaining({ problem: expect.stringMatching(/which does not run before it/) })]);
  });

  test('within and across step groups: order is the execution order', () => {
    const make = producer('make');
    const later = producer('later');
    const p = new Pipeline({
      identifier: 'p',
      stages: [
        new CustomStage({
          identifier: 's',
          steps: [
            new StepGroup({ identifier: 'g1', steps: [make, consumer('use_in_group', make)] }),
            new StepGroup({ identifier: 'g2', steps: [consumer('use_after_group', make), consumer('too_early', later)] }),
            later,
          ],
        }),
      ],
    });
    expect(p.validate()).toEqual([expect.objectContaining({ path: "pipeline 'p' > stage 's' > stepGroup 'g2' > step 'too_early'" })]);
  });

  test('from a step of the same stage, referenced by a stage-level field', () => {
    const make = producer('make');
    const p = new Pipeline({ identifier: 'p' }).addStage(
      new CustomStage({
        identifier: 's',
        when: { condition: Expr.equals(make.outputVariable('URL'), 'x') },
        steps: [make],
      }),
    );
    expect(p.validate()).toEqual([
      {
        path: "pipeline 'p' > stage 's'",
        field: 'when.condition',
        problem:
          "references output 'output.outputVariables.URL' of step 'make', a step of this stage, but stage fields are evaluated before the stage's steps run",
        fix: "read the output in a step of this stage, or move step 'make' into an earlier stage",
      },
    ]);
  });

  test('from an earlier stage, referenced by a stage-level field: fine', () => {
    const make = producer('make');
    const p = new Pipeline({ identifier: 'p' })
      .addStage(new CustomStage({ identifier: 'first', steps: [make] }))
      .addStage(
        new CustomStage({ identifier: 'second', when: { condition: Expr.equals(make.outputVariable('URL'), 'x') }, steps: [run('a')] }),
      );
    expect(p.validate()).toEqual([]);
    expect(p).toBeValidHarnessPipeline();
  });

  test('the same problem is reported once', () => {
    const make = producer('make');
    const p = new Pipeline({
      identifier: 'p',
      stages: [
        new CustomStage({ identifier: 's', steps: [run('use', `${make.outputVariable('URL')} ${make.outputVariable('URL')}`), make] }),
      ],
    });
    expect(p.validate()).toHaveLength(1);
  });
});

describe('whole-pipeline rules', () => {
  test('an empty pipeline and an empty stage', () => {
    expect(new Pipeline({ identifier: 'p' }).validate()).toEqual([
      { path: "pipeline 'p'", field: 'stages', problem: 'the pipeline has no stages', fix: 'add a stage with addStage()' },
    ]);
    const p = new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's' })] });
    expect(p.validate()).toEqual([
      {
        path: "pipeline 'p' > stage 's'",
        field: 'spec.execution.steps',
        problem: 'the stage has no steps',
        fix: 'add at least one step with addStep()',
      },
    ]);
    expect(() => p.toObject()).toThrow(
      "pipeline 'p' > stage 's': spec.execution.steps: the stage has no steps. Fix: add at least one step with addStep()",
    );
  });

  test('the rendered YAML may not exceed 3 MB (3145728 bytes)', () => {
    expect(MAX_PIPELINE_YAML_BYTES).toBe(3 * 1024 * 1024);
    const big = new Pipeline({
      identifier: 'p',
      stages: [new CustomStage({ identifier: 's', steps: [run('a', 'x'.repeat(MAX_PIPELINE_YAML_BYTES))] })],
    });
    let error: unknown;
    try {
      big.toYaml();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(
      "pipeline 'p': yaml: the rendered YAML is 3146062 bytes; Harness accepts at most 3145728. Fix: split the pipeline, or move shared steps into templates",
    );
    const fits = new Pipeline({
      identifier: 'p',
      stages: [new CustomStage({ identifier: 's', steps: [run('a', 'x'.repeat(MAX_PIPELINE_YAML_BYTES - 1000))] })],
    });
    const yaml = fits.toYaml();
    expect(Buffer.byteLength(yaml)).toBeLessThanOrEqual(MAX_PIPELINE_YAML_BYTES);
    expect(yaml).toBeValidHarnessPipeline();
  });

  test('runtime inputs are rendered in place', () => {
    const p = new Pipeline({
      identifier: 'p',
      stages: [new CustomStage({ identifier: 's', steps: [run('a').addOverride('spec.image', RuntimeInput.create().default('alpine'))] })],
    });
    expect(doc(p).stages[0].stage.spec.execution.steps[0].step.spec.image).toBe('<+input>.default(alpine)');
    expect(p).toBeValidHarnessPipeline();
  });
});

describe('runsBefore', () => {
  test.each([
    [[0, 0, 0], [0, 0, 1], true],
    [[0, 0, 1], [0, 0, 0], false],
    [[0, 0, 0], [1, 0, 0], true],
    [[0, 0, 1, 'p0'], [0, 0, 1, 'p1'], false],
    [[0, 0, 1, 'p0'], [0, 0, 2], true],
    [[1, 'p0', 0, 0], [1, 'p1', 0, 1], false],
    [[0, 0, 0], [0, 0, 0], false],
    [[0, 0, 2, 0], [0, 0, 2, 1], true],
    [[0, 0, 2], [0, 0, 2, 1], false],
  ])('%j before %j: %s', (a, b, expected) => {
    expect(runsBefore(a as (number | string)[], b as (number | string)[])).toBe(expected);
  });
});
