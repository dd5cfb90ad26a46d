import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type TerraformStack, Testing } from 'cdktf';
import { HarnessPipeline } from '../../../src/constructs/harness-pipeline';
import { ApprovalGate } from '../../../src/constructs/patterns/blocks/approval-gate';
import { K8sScale } from '../../../src/constructs/patterns/k8s-scale';
import { SelfServiceWorkflow } from '../../../src/constructs/self-service-workflow';
import { FormPage } from '../../../src/workflow/form-page';
import { WorkflowInput } from '../../../src/workflow/workflow-input';
import { HarnessPlatformStack } from '../../../src/stacks/harness-platform-stack';
import { ValidationError } from '../../../src/core/errors';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../../src/pipeline/variable';

function pipeline(id: string, command = 'echo ok'): Pipeline {
  return new Pipeline({ identifier: id }).addStage(
    new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'r', command })] }),
  );
}

/** A pipeline whose step reads a variable the pipeline does not declare. */
function broken(id: string): Pipeline {
  return pipeline(id, `echo ${PipelineVariable.string(`undeclared_${id}`)}`);
}

function stackWith(app: App, name: string, model: Pipeline): TerraformStack {
  const stack = new HarnessPlatformStack(app, name, { orgId: 'default', projectId: 'platform', accountId: 'acc' });
  new HarnessPipeline(stack, 'p', { pipeline: model });
  return stack;
}

/** Every file under `dir`, relative. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name).slice(dir.length + 1));
}

function freshApp(options: { skipValidation?: boolean } = {}): { app: App; outdir: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'synth-session-'));
  return { app: new App({ outdir, ...options }), outdir };
}

function thrown(fn: () => void): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

const undeclared = (id: string, stack: string): string =>
  `${stack}/p: pipeline '${id}' > stage 's' > step 'r': spec.command: references <+pipeline.variables.undeclared_${id}>, ` +
  `which pipeline '${id}' does not declare. Fix: declare the variable with pipeline.addVariable(), or pass a variable of this pipeline`;

describe('every problem at once, before anything is written', () => {
  test('a 2-stack app whose second stack fails writes nothing, not even the first stack', () => {
    const { app, outdir } = freshApp();
    stackWith(app, 'good', pipeline('good'));
    stackWith(app, 'bad', new Pipeline({ identifier: 'bad' }).addStage(new CustomStage({ identifier: 's' })));
    const e = thrown(() => app.synth());
    expect(e.message).toBe(
      "bad/p: pipeline 'bad' > stage 's': spec.execution.steps: the stage has no steps. Fix: add at least one step with addStep()",
    );
    expect(filesUnder(outdir)).toEqual([]);
  });

  test('the problems of every stack come as one list in the one printed form, with no trace', () => {
    const { app } = freshApp();
    stackWith(app, 'one', broken('one'));
    stackWith(app, 'two', broken('two'));
    const e = thrown(() => app.synth());
    expect(e.message).toBe(['2 problems:', `  - ${undeclared('one', 'one')}`, `  - ${undeclared('two', 'two')}`].join('\n'));
    expect(e.stack).toBe(`ValidationError: ${e.message}`);
    expect(e.problems.map((p) => p.construct)).toEqual(['one/p', 'two/p']);
  });

  test('Testing.synth checks the stack too, with or without validations', () => {
    const stack = stackWith(Testing.app(), 'one', broken('one'));
    expect(() => Testing.synth(stack)).toThrow(undeclared('one', 'one'));
    expect(() => Testing.synth(stack, true)).toThrow(undeclared('one', 'one'));
  });

  test('a Lazy never throws for a model problem: with skipValidation the document says it was not rendered', () => {
    const { app, outdir } = freshApp({ skipValidation: true });
    stackWith(app, 'bad', new Pipeline({ identifier: 'bad' }).addStage(new CustomStage({ identifier: 's' })));
    expect(() => app.synth()).not.toThrow();
    const config = JSON.parse(readFileSync(join(outdir, 'stacks', 'bad', 'cdk.tf.json'), 'utf8'));
    const yaml = Object.values(config.resource.harness_platform_pipeline as Record<string, { yaml: string }>)[0].yaml;
    expect(yaml).toBe('# bad/p: not rendered: the model has problems (synthesize with validations to list them)\n');
  });
});

describe('one session per synthesis', () => {
  test('each pipeline renders once per synthesis, though it is checked and written in the same synthesis', () => {
    const { app } = freshApp();
    const model = pipeline('once');
    stackWith(app, 'one', model);
    const build = jest.spyOn(model as unknown as { build(): unknown }, 'build');
    app.synth();
    expect(build).toHaveBeenCalledTimes(1);
  });

  test('a pipeline a workflow triggers is built once: the contract reads the document its construct renders', () => {
    const { app } = freshApp();
    const stack = new HarnessPlatformStack(app, 'ops', { orgId: 'default', projectId: 'platform', accountId: 'acc' });
    const scale = new K8sScale(stack, 'scale', { approval: ApprovalGate.skip({ reason: 'sandbox namespaces only' }) });
    const build = jest.spyOn(Pipeline.prototype as unknown as { build(): unknown }, 'build');
    app.synth();
    const built = build.mock.contexts.map((c) => (c as Pipeline).identifier);
    build.mockRestore();
    expect(built).toEqual([scale.pipeline.identifier]);
  });

  test('a pipeline that names its own org and project, triggered by a workflow, is built once too', () => {
    const { app } = freshApp();
    const stack = new HarnessPlatformStack(app, 'ops', { orgId: 'default', projectId: 'platform', accountId: 'acc' });
    const who = WorkflowInput.string('who', { title: 'Who' });
    const model = new Pipeline({ identifier: 'greet', orgIdentifier: 'default', projectIdentifier: 'platform', variables: [who] });
    model.addStage(new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'r', command: 'echo hi' })] }));
    new SelfServiceWorkflow(stack, 'greet', {
      pipeline: model,
      workflow: { type: 'operations', pages: [new FormPage({ title: 'T', inputs: [who] })] },
    });
    const build = jest.spyOn(model as unknown as { build(): unknown }, 'build');
    app.synth();
    expect(build).toHaveBeenCalledTimes(1);
  });

  test('changes made between two syntheses show in the second', () => {
    const { app, outdir } = freshApp();
    const model = pipeline('grows');
    stackWith(app, 'one', model);
    app.synth();
    model.stage('s').addStep(new RunStep({ identifier: 'later', command: 'echo later' }));
    app.synth();
    expect(readFileSync(join(outdir, 'stacks', 'one', 'cdk.tf.json'), 'utf8')).toContain('identifier: later');
  });
});

describe('two apps in one process', () => {
  test('interleaved apps with the same identifiers synthesize exactly as each does alone', () => {
    const build = (app: App, command: string): Pipeline => {
      const model = pipeline('same', command);
      stackWith(app, 'team', model);
      return model;
    };
    const solo = (command: string, extra: string): string => {
      const { app, outdir } = freshApp();
      build(app, command)
        .stage('s')
        .addStep(new RunStep({ identifier: 'extra', command: extra }));
      app.synth();
      return readFileSync(join(outdir, 'stacks', 'team', 'cdk.tf.json'), 'utf8');
    };
    const a = freshApp();
    const b = freshApp();
    const modelA = build(a.app, 'echo a ${HOME}');
    const modelB = build(b.app, 'echo b %{x}');
    modelB.stage('s').addStep(new RunStep({ identifier: 'extra', command: `echo ${modelA.variables.length} b` }));
    modelA.stage('s').addStep(new RunStep({ identifier: 'extra', command: 'echo 0 a' }));
    b.app.synth();
    a.app.synth();
    expect(readFileSync(join(a.outdir, 'stacks', 'team', 'cdk.tf.json'), 'utf8')).toBe(solo('echo a ${HOME}', 'echo 0 a'));
    expect(readFileSync(join(b.outdir, 'stacks', 'team', 'cdk.tf.json'), 'utf8')).toBe(solo('echo b %{x}', 'echo 0 b'));
  });
});
