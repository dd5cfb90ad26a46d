import { StageStatus } from '../../src/pipeline/condition';
import { Expr } from '../../src/core/expr';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import type { Step } from '../../src/pipeline/step';
import { StepGroup } from '../../src/pipeline/step-group';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { HttpMethod, HttpStep } from '../../src/pipeline/steps/custom/http';
import { ShellScriptStep } from '../../src/pipeline/steps/custom/shell-script';
import { StageVariable } from '../../src/pipeline/stage-variable';
import { PipelineVariable } from '../../src/pipeline/variable';
import { type BadInput, failureOf } from './support';

// References a pipeline renders are checked wherever they come from: variable objects, text written by hand and
// Expr.raw(...), in every field, and each problem names the field that holds the reference.

const FIX_DECLARE = 'Fix: declare the variable with pipeline.addVariable(), or pass a variable of this pipeline';

/** A pipeline `p` with one Custom stage `s` holding `steps`, and the given variables. */
function pipelineOf(steps: (Step | StepGroup)[], variables: PipelineVariable[] = [], stageWhen?: string): Pipeline {
  return new Pipeline({
    identifier: 'p',
    variables,
    stages: [new CustomStage({ identifier: 's', steps, when: stageWhen === undefined ? undefined : { condition: stageWhen } })],
  });
}

const render = (p: Pipeline) => () => p.toYaml();
const undeclared = (path: string, field: string, name: string) =>
  `pipeline 'p' > stage 's'${path}: ${field}: references <+pipeline.variables.${name}>, which pipeline 'p' does not declare. ${FIX_DECLARE}`;

describe('pipeline-variable-referenced-declared', () => {
  const description = PipelineVariable.string('repository_description');
  const cases: BadInput[] = [
    [
      'a typo in hand-written text (the seed example)',
      render(pipelineOf([new RunStep({ identifier: 'a', command: 'echo <+pipeline.variables.repository_descripton>' })], [description])),
      undeclared(" > step 'a'", 'spec.command', 'repository_descripton'),
    ],
    [
      'Expr.raw(...) in a field',
      render(pipelineOf([new ShellScriptStep({ identifier: 'sh', script: Expr.raw('<+pipeline.variables.ghost>') })])),
      undeclared(" > step 'sh'", 'spec.source.spec.script', 'ghost'),
    ],
    [
      'an undeclared variable object in a template literal',
      render(pipelineOf([new RunStep({ identifier: 'a', command: `echo ${PipelineVariable.string('ghost')}` })])),
      undeclared(" > step 'a'", 'spec.command', 'ghost'),
    ],
    [
      'inside a nested expression',
      render(pipelineOf([new RunStep({ identifier: 'a', command: 'echo <+<+pipeline.variables.ghost>.concat("-x")>' })])),
      undeclared(" > step 'a'", 'spec.command', 'ghost'),
    ],
    [
      'through .get("name")',
      render(pipelineOf([new RunStep({ identifier: 'a', command: 'echo <+pipeline.variables.get("ghost")>' })])),
      undeclared(" > step 'a'", 'spec.command', 'ghost'),
    ],
    [
      'in an environment variable',
      render(pipelineOf([new RunStep({ identifier: 'a', command: 'echo $X', envVariables: { X: '<+pipeline.variables.ghost>' } })])),
      undeclared(" > step 'a'", 'spec.envVariables.X', 'ghost'),
    ],
    [
      'in an Http header',
      render(
        pipelineOf([
          new HttpStep({
            identifier: 'call',
            url: 'https://example.com',
            method: HttpMethod.GET,
            headers: [{ key: 'X-Team', value: '<+pipeline.variables.ghost>' }],
          }),
        ]),
      ),
      undeclared(" > step 'call'", 'spec.headers[0].value', 'ghost'),
    ],
    [
      "in a stage's when condition",
      render(pipelineOf([new RunStep({ identifier: 'a', command: 'echo' })], [], '<+pipeline.variables.ghost> == "yes"')),
      undeclared('', 'when.condition', 'ghost'),
    ],
    [
      'in a step inside a step group',
      render(
        pipelineOf([
          new StepGroup({ identifier: 'g', steps: [new RunStep({ identifier: 'a', command: 'echo <+pipeline.variables.ghost>' })] }),
        ]),
      ),
      undeclared(" > stepGroup 'g' > step 'a'", 'spec.command', 'ghost'),
    ],
    [
      "in another variable's value",
      render(
        pipelineOf(
          [new RunStep({ identifier: 'a', command: 'echo' })],
          [PipelineVariable.string('greeting', { value: 'hi <+pipeline.variables.ghost>' })],
        ),
      ),
      `pipeline 'p' > variable 'greeting': value: references <+pipeline.variables.ghost>, which pipeline 'p' does not declare. ${FIX_DECLARE}`,
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));

  test('declared names pass, also with a method call, get(), and names with . or -', () => {
    const env = PipelineVariable.string('env');
    const dotted = PipelineVariable.string('a.b');
    const p = pipelineOf(
      [
        new RunStep({
          identifier: 'a',
          command: 'echo <+pipeline.variables.env.toUpperCase()> <+pipeline.variables.get("env")> <+pipeline.variables.a.b>',
        }),
      ],
      [env, dotted],
    );
    expect(p.validate()).toEqual([]);
  });
});

describe('pipeline-variable-self-reference', () => {
  const run = () => new RunStep({ identifier: 'a', command: 'echo' });
  const fix = 'Fix: give the variable a value that does not depend on itself: a fixed value, a runtime input, or other variables';
  const cases: BadInput[] = [
    [
      'a value that reads the variable itself, as text',
      render(pipelineOf([run()], [PipelineVariable.string('x', { value: 'v-<+pipeline.variables.x>' })])),
      `pipeline 'p' > variable 'x': value: its value reads <+pipeline.variables.x>, the variable itself, so it never resolves. ${fix}`,
    ],
    [
      'a value that reads the variable itself, as Expr.raw',
      render(pipelineOf([run()], [PipelineVariable.string('x', { value: Expr.raw('<+pipeline.variables.x>') })])),
      `pipeline 'p' > variable 'x': value: its value reads <+pipeline.variables.x>, the variable itself, so it never resolves. ${fix}`,
    ],
    [
      'two variables that read each other',
      render(
        pipelineOf(
          [run()],
          [
            PipelineVariable.string('x', { value: '<+pipeline.variables.y>' }),
            PipelineVariable.string('y', { value: '<+pipeline.variables.x>' }),
          ],
        ),
      ),
      [
        '2 problems:',
        `  - pipeline 'p' > variable 'x': value: its value reads itself through other variables (x → y → x), so it never resolves. ${fix}`,
        `  - pipeline 'p' > variable 'y': value: its value reads itself through other variables (y → x → y), so it never resolves. ${fix}`,
      ].join('\n'),
    ],
    [
      'a cycle through three variables',
      render(
        pipelineOf(
          [run()],
          [
            PipelineVariable.string('a', { value: '<+pipeline.variables.b>' }),
            PipelineVariable.string('b', { value: '<+pipeline.variables.c>' }),
            PipelineVariable.string('c', { value: '<+pipeline.variables.a>' }),
            PipelineVariable.string('d', { value: '<+pipeline.variables.a>' }),
          ],
        ),
      ),
      [
        '3 problems:',
        `  - pipeline 'p' > variable 'a': value: its value reads itself through other variables (a → b → c → a), so it never resolves. ${fix}`,
        `  - pipeline 'p' > variable 'b': value: its value reads itself through other variables (b → c → a → b), so it never resolves. ${fix}`,
        `  - pipeline 'p' > variable 'c': value: its value reads itself through other variables (c → a → b → c), so it never resolves. ${fix}`,
      ].join('\n'),
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));

  test('a chain without a cycle is fine', () => {
    const base = PipelineVariable.string('base', { value: 'acme' });
    const full = PipelineVariable.string('full', { value: `${base}-prod` });
    expect(pipelineOf([run()], [base, full]).validate()).toEqual([]);
  });
});

describe('step-output-field', () => {
  const producer = () => new ShellScriptStep({ identifier: 'make', script: 'URL=x', outputVariables: ['URL'] });
  const cases: BadInput[] = [];
  // A step reading its own output, a later step's output, and a step of the stage from a stage field: each names the field.
  {
    const self = new ShellScriptStep({ identifier: 'make', script: 'URL=x', outputVariables: ['URL'] });
    self.addOverride('spec.environmentVariables', [{ name: 'PREV', type: 'String', value: `${self.outputVariable('URL')}` }]);
    cases.push([
      'a step that reads its own output',
      render(pipelineOf([self])),
      "pipeline 'p' > stage 's' > step 'make': spec.environmentVariables[0].value: reads output 'output.outputVariables.URL' of the step itself; a step's outputs exist only after it has run. Fix: read the output in a later step, or compute the value inside this step (e.g. a shell variable)",
    ]);
  }
  {
    const make = producer();
    cases.push([
      "a later step's output, in an environment variable",
      render(pipelineOf([new RunStep({ identifier: 'use', command: 'echo $U', envVariables: { U: make.outputVariable('URL') } }), make])),
      "pipeline 'p' > stage 's' > step 'use': spec.envVariables.U: references output 'output.outputVariables.URL' of step 'make', which does not run before it (pipeline 'p' > stage 's' > step 'make'). Fix: move step 'make' before 'use', outside any parallel block they share",
    ]);
  }
  {
    const make = producer();
    cases.push([
      "a later step's output, in a step's when condition",
      render(
        pipelineOf([
          new RunStep({
            identifier: 'use',
            command: 'echo',
            when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(make.outputVariable('URL'), 'x') },
          }),
          make,
        ]),
      ),
      "pipeline 'p' > stage 's' > step 'use': when.condition: references output 'output.outputVariables.URL' of step 'make', which does not run before it (pipeline 'p' > stage 's' > step 'make'). Fix: move step 'make' before 'use', outside any parallel block they share",
    ]);
  }
  {
    const make = producer();
    cases.push([
      'a step of the same stage, read by the stage when',
      render(pipelineOf([make], [], Expr.equals(make.outputVariable('URL'), 'x'))),
      "pipeline 'p' > stage 's': when.condition: references output 'output.outputVariables.URL' of step 'make', a step of this stage, but stage fields are evaluated before the stage's steps run. Fix: read the output in a step of this stage, or move step 'make' into an earlier stage",
    ]);
  }
  {
    const make = producer();
    new CustomStage({ identifier: 'elsewhere', steps: [make] });
    cases.push([
      'a step of another pipeline, in an Http body',
      render(
        pipelineOf([
          new HttpStep({
            identifier: 'call',
            url: 'https://example.com',
            method: HttpMethod.POST,
            requestBody: `{"u": "${make.outputVariable('URL')}"}`,
          }),
        ]),
      ),
      "pipeline 'p' > stage 's' > step 'call': spec.requestBody: references output 'output.outputVariables.URL' of step 'make', which is not part of pipeline 'p'. Fix: add step 'make' to a stage of this pipeline, or reference a step that is in it",
    ]);
  }
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});

describe('stage-variable-in-scope', () => {
  const region = () => StageVariable.string('region', { value: 'eu-west-1' });
  const stages = (build: CustomStage, deploy: CustomStage) => render(new Pipeline({ identifier: 'p', stages: [build, deploy] }));
  const cases: BadInput[] = [
    [
      'a stage variable written as text in a stage that does not declare it',
      stages(
        new CustomStage({ identifier: 'build', variables: [region()], steps: [new RunStep({ identifier: 'a', command: 'echo' })] }),
        new CustomStage({ identifier: 'deploy', steps: [new RunStep({ identifier: 'b', command: 'echo <+stage.variables.region>' })] }),
      ),
      "pipeline 'p' > stage 'deploy' > step 'b': spec.command: references <+stage.variables.region>, which stage 'deploy' does not declare. Fix: declare the variable on stage 'deploy' (stage.addVariable() or the stage's variables prop), or read another stage's as <+pipeline.stages.<stage>.variables.region>",
    ],
    [
      "another stage's variable it does not declare, written as text",
      stages(
        new CustomStage({ identifier: 'build', variables: [region()], steps: [new RunStep({ identifier: 'a', command: 'echo' })] }),
        new CustomStage({
          identifier: 'deploy',
          steps: [new RunStep({ identifier: 'b', command: 'echo <+pipeline.stages.build.variables.zone>' })],
        }),
      ),
      "pipeline 'p' > stage 'deploy' > step 'b': spec.command: references <+pipeline.stages.build.variables.zone>, which stage 'build' does not declare. Fix: declare the variable on stage 'build', or reference one it declares",
    ],
    [
      'a stage the pipeline does not have, in Expr.raw',
      stages(
        new CustomStage({ identifier: 'build', steps: [new RunStep({ identifier: 'a', command: 'echo' })] }),
        new CustomStage({
          identifier: 'deploy',
          steps: [new RunStep({ identifier: 'b', command: Expr.raw('<+pipeline.stages.biuld.variables.region>') })],
        }),
      ),
      "pipeline 'p' > stage 'deploy' > step 'b': spec.command: references <+pipeline.stages.biuld.variables.region>, but pipeline 'p' has no stage 'biuld'. Fix: name a stage of this pipeline: build, deploy",
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));

  test('declared stage variables written as text pass', () => {
    const p = new Pipeline({
      identifier: 'p',
      stages: [
        new CustomStage({
          identifier: 'build',
          variables: [region()],
          steps: [new RunStep({ identifier: 'a', command: 'echo <+stage.variables.region>' })],
        }),
        new CustomStage({
          identifier: 'deploy',
          steps: [new RunStep({ identifier: 'b', command: 'echo <+pipeline.stages.build.variables.region>' })],
        }),
      ],
    });
    expect(p.validate()).toEqual([]);
  });
});
