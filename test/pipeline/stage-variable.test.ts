import { SecretRef } from '../../src/core/secret-ref';
import { Pipeline } from '../../src/pipeline/pipeline';
import { StageVariable } from '../../src/pipeline/stage-variable';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { ShellScriptStep } from '../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable, type VariableType } from '../../src/pipeline/variable';
import { thrownMessage } from './steps/support';

const script = (id: string, text: string) => new ShellScriptStep({ identifier: id, script: text });
const messages = (p: Pipeline) => p.validate().map((x) => `${x.path}: ${x.field}: ${x.problem}. Fix: ${x.fix}`);
const doc = (p: Pipeline): any => p.toObject().pipeline;

describe('StageVariable', () => {
  test('renders on the stage after the tags, with its type always; String, Number and Secret', () => {
    const region = StageVariable.string('region', { value: 'eu-west-1', description: 'Target region' });
    const replicas = StageVariable.number('replicas', { value: 3, required: true });
    const token = StageVariable.secret('token', { value: SecretRef.fromIdentifier('account.gh_token') });
    const stage = new CustomStage({
      identifier: 'deploy',
      tags: { team: 'sre' },
      variables: [region, replicas],
      steps: [script('a', 'echo')],
    });
    stage.addVariable(token);
    const p = new Pipeline({ identifier: 'p', stages: [stage] });
    const node = doc(p).stages[0].stage;
    expect(Object.keys(node)).toEqual(['name', 'identifier', 'type', 'spec', 'tags', 'variables']);
    expect(node.variables).toEqual([
      { name: 'region', type: 'String', description: 'Target region', value: 'eu-west-1' },
      { name: 'replicas', type: 'Number', required: true, value: 3 },
      { name: 'token', type: 'Secret', value: 'account.gh_token' },
    ]);
    expect(stage.variables).toEqual([region, replicas, token]);
    expect(stage.variable('replicas')).toBe(replicas);
    expect(p).toBeValidHarnessPipeline();
  });

  test('is an expression: <+stage.variables.x> in its own stage; the value may reference a pipeline variable', () => {
    const env = PipelineVariable.string('env');
    const target = StageVariable.string('target', { value: `${env}-cluster` });
    const p = new Pipeline({
      identifier: 'p',
      variables: [env],
      stages: [new CustomStage({ identifier: 'deploy', variables: [target], steps: [script('a', `echo ${target}`)] })],
    });
    expect(messages(p)).toEqual([]);
    const node = doc(p).stages[0].stage;
    expect(node.variables).toEqual([{ name: 'target', type: 'String', value: '<+pipeline.variables.env>-cluster' }]);
    expect(node.spec.execution.steps[0].step.spec.source.spec.script).toBe('echo <+stage.variables.target>');
  });

  test('qualified: <+pipeline.stages.<stage>.variables.x> from a later stage', () => {
    const target = StageVariable.string('target', { value: 'eu' });
    const p = new Pipeline({ identifier: 'p' }).addStage(
      new CustomStage({ identifier: 'plan', variables: [target], steps: [script('a', 'echo')] }),
      new CustomStage({ identifier: 'apply', steps: [script('b', `echo ${target.qualified}`)] }),
    );
    expect(messages(p)).toEqual([]);
    expect(doc(p).stages[1].stage.spec.execution.steps[0].step.spec.source.spec.script).toBe(
      'echo <+pipeline.stages.plan.variables.target>',
    );
    expect(p).toBeValidHarnessPipeline();
  });

  test('a reference to a variable of another stage, in the unqualified form, is a problem', () => {
    const target = StageVariable.string('target', { value: 'eu' });
    const p = new Pipeline({ identifier: 'p' }).addStage(
      new CustomStage({ identifier: 'plan', variables: [target], steps: [script('a', 'echo')] }),
      new CustomStage({ identifier: 'apply', steps: [script('b', `echo ${target}`)] }),
    );
    expect(messages(p)).toEqual([
      "pipeline 'p' > stage 'apply' > step 'b': spec.source.spec.script: references <+stage.variables.target>, which stage 'plan' declares, not stage 'apply' where it is used. Fix: reference variable.qualified (<+pipeline.stages.plan.variables.target>), or declare the variable on stage 'apply'",
    ]);
  });

  test('a reference to a variable no stage declares is a problem, in either form', () => {
    const orphan = StageVariable.string('orphan', { value: 'x' });
    const p = new Pipeline({ identifier: 'p' }).addStage(
      new CustomStage({ identifier: 's', steps: [script('a', `echo ${orphan} ${orphan.qualified}`)] }),
    );
    expect(messages(p)).toEqual([
      "pipeline 'p' > stage 's' > step 'a': spec.source.spec.script: references stage variable 'orphan' (<+stage.variables.orphan>), which no stage of pipeline 'p' declares. Fix: declare the variable on a stage of this pipeline: stage.addVariable() or the stage's variables prop",
      "pipeline 'p' > stage 's' > step 'a': spec.source.spec.script: references stage variable 'orphan' (<+pipeline.stages.unknown.variables.orphan>), which no stage of pipeline 'p' declares. Fix: declare the variable on a stage of this pipeline: stage.addVariable() or the stage's variables prop",
    ]);
  });

  test('a qualified reference to a stage that does not run before is a problem (later stage, parallel stage)', () => {
    const later = StageVariable.string('later', { value: 'x' });
    const side = StageVariable.string('side', { value: 'y' });
    const p = new Pipeline({ identifier: 'p' })
      .addStage(new CustomStage({ identifier: 'first', steps: [script('a', `echo ${later.qualified}`)] }))
      .addParallelStages(
        new CustomStage({ identifier: 'left', variables: [side], steps: [script('b', 'echo')] }),
        new CustomStage({ identifier: 'right', steps: [script('c', `echo ${side.qualified}`)] }),
      )
      .addStage(new CustomStage({ identifier: 'last', variables: [later], steps: [script('d', 'echo')] }));
    expect(messages(p)).toEqual([
      "pipeline 'p' > stage 'first' > step 'a': spec.source.spec.script: references <+pipeline.stages.last.variables.later> of stage 'last', which does not run before stage 'first'. Fix: move stage 'last' before stage 'first' (outside any parallel block they share), or declare the variable on stage 'first'",
      "pipeline 'p' > stage 'right' > step 'c': spec.source.spec.script: references <+pipeline.stages.left.variables.side> of stage 'left', which does not run before stage 'right'. Fix: move stage 'left' before stage 'right' (outside any parallel block they share), or declare the variable on stage 'right'",
    ]);
  });

  test('a reference given as the whole field value (not in a string) is rendered and checked the same way', () => {
    const target = StageVariable.string('target', { value: 'eu' });
    const step = new RunStep({ identifier: 'a', command: target });
    const p = new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 's', variables: [target], steps: [step] })] });
    expect(doc(p).stages[0].stage.spec.execution.steps[0].step.spec.command).toBe('<+stage.variables.target>');
    const elsewhere = new Pipeline({ identifier: 'q' }).addStage(
      new CustomStage({ identifier: 'other', steps: [new RunStep({ identifier: 'b', command: target })] }),
    );
    expect(messages(elsewhere)).toEqual([
      "pipeline 'q' > stage 'other' > step 'b': spec.command: references stage variable 'target' (<+stage.variables.target>), which no stage of pipeline 'q' declares. Fix: declare the variable on a stage of this pipeline: stage.addVariable() or the stage's variables prop",
    ]);
  });

  describe('rules', () => {
    test('the value is required, typed like a pipeline variable', () => {
      expect(thrownMessage(() => StageVariable.string('x', { value: undefined as unknown as string }))).toBe(
        "stage variable 'x': value: is required (the schema requires a value). Fix: give a fixed value or an expression, e.g. a pipeline variable",
      );
      expect(thrownMessage(() => StageVariable.number('n', { value: 'three' }))).toBe(
        "stage variable 'n': value: Number variable has the non-numeric value 'three'. Fix: give a number, or make the variable a String",
      );
      expect(thrownMessage(() => new StageVariable({ name: 'x', type: 'Boolean' as VariableType, value: 'true' }))).toBe(
        "stage variable 'x': type: 'Boolean' is not a variable type. Fix: use one of String, Number, Secret",
      );
    });

    test('the name follows the variable name pattern', () => {
      expect(thrownMessage(() => StageVariable.string('my var', { value: 'x' }))).toBe(
        "stage variable 'my var': name: 'my var' is not a valid variable name (pattern ^[a-zA-Z_][0-9a-zA-Z_.$-]{0,127}$). Fix: use for example 'my_var'",
      );
    });

    test('declared once per stage, on one stage only; stage.variable() names the declared ones', () => {
      const a = StageVariable.string('a', { value: '1' });
      const stage = new CustomStage({ identifier: 's', variables: [a] });
      expect(thrownMessage(() => stage.addVariable(StageVariable.string('a', { value: '2' })))).toBe(
        "stage 's' > variable 'a': variables: variable 'a' is declared twice on stage 's'. Fix: declare each stage variable once and pass the same object wherever it is used",
      );
      expect(thrownMessage(() => new CustomStage({ identifier: 't', variables: [a] }))).toBe(
        "stage 't' > variable 'a': variables: stage variable 'a' is already declared on stage 's'. Fix: declare a new StageVariable for each stage",
      );
      expect(thrownMessage(() => stage.variable('b'))).toBe(
        "stage 's': variables: no stage variable named 'b'. Fix: declare it with addVariable(), or use one of: a",
      );
      expect(stage.addVariable(a).variables).toEqual([a]);
    });
  });
});
