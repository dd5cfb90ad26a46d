// src/terraform/user-creation-stacks.ts: the creation stacks CDKTF records for the tokens of a resource the
// library creates keep the frames of the user's code only; a resource the user creates, and every error, keep all.
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { type App, TerraformStack, Testing, Tokenization } from 'cdktf';
import { PlatformPipeline } from '../../.gen/providers/harness/platform-pipeline';
import { HarnessProvider } from '../../.gen/providers/harness/provider';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { isUserFile, withUserCreationStacks } from '../../src/terraform/user-creation-stacks';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { SelfServiceWorkflow } from '../../src/constructs/self-service-workflow';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { FormPage } from '../../src/workflow/form-page';

const root = join(__dirname, '..', '..');
const thisFile = /user-creation-stacks\.test\.ts:\d+:\d+\)?$/;

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'team');
  new HarnessProvider(s, 'harness', {});
  return s;
}

function model(id = 'ops'): Pipeline {
  return new Pipeline({ identifier: id, name: 'Ops' }).addStage(
    new CustomStage({ identifier: 'work', steps: [new RunStep({ identifier: 'hello', command: 'echo hello' })] }),
  );
}

/** The frames that are not the user's: the library's sources and bindings, dependencies, Node's own. */
function notUserFrames(creationStack: readonly string[]): string[] {
  const own = [join(root, 'src'), join(root, '.gen')];
  return creationStack.filter((frame) => /node_modules|\(node:|^node:/.test(frame) || own.some((dir) => frame.includes(dir)));
}

/** The creation stack of the token a string attribute or reference holds. */
function creationStackOf(token: string): string[] {
  return Tokenization.reverseString(token).firstToken!.creationStack;
}

describe('creation stacks of the resources the library creates', () => {
  test("an output reference of the pipeline resource keeps the user's frames only, the test that created the construct first", () => {
    const pipeline = new HarnessPipeline(stack(), 'ops', { pipeline: model(), orgId: 'o', projectId: 'p' });
    const creation = pipeline.resource.gitDetails.creationStack;
    expect(creation.length).toBeGreaterThan(0);
    expect(notUserFrames(creation)).toEqual([]);
    // In tests, creation stacks keep the positions of the JavaScript jest runs (test/support/creation-stacks.ts).
    expect(creation[0]).toMatch(thisFile);
  });

  test("the dependsOn entry of the catalog entity (on its pipeline) keeps the user's frames only", () => {
    const pipeline = model('deploy');
    const wf = new SelfServiceWorkflow(stack(), 'deploy', {
      pipeline,
      workflow: { type: 'service', pages: [new FormPage({ title: 'Go', inputs: [] })] },
      orgId: 'o',
      projectId: 'p',
      accountId: 'A',
    });
    const dependsOn = wf.workflow.catalogEntity.dependsOn ?? [];
    expect(dependsOn).toHaveLength(1);
    const creation = creationStackOf(dependsOn[0]);
    expect(notUserFrames(creation)).toEqual([]);
    expect(creation.some((frame) => thisFile.test(frame))).toBe(true);
  });

  /** The creation stack of the reference to the pipeline resource that the entity's dependsOn resolves to at synth. */
  function referenceCreatedAtSynth(s: TerraformStack, synth: (s: TerraformStack) => void): string[] {
    const wf = new SelfServiceWorkflow(s, 'deploy', {
      pipeline: model('deploy'),
      workflow: { type: 'service', pages: [new FormPage({ title: 'Go', inputs: [] })] },
      orgId: 'o',
      projectId: 'p',
      accountId: 'A',
    });
    synth(s);
    return creationStackOf(wf.pipeline.resource.fqn);
  }

  const platformStack = (): TerraformStack =>
    new HarnessPlatformStack(Testing.app(), 'platform', { orgId: 'o', projectId: 'p', accountId: 'A' });

  test.each([
    ['Testing.synth', (s: TerraformStack) => Testing.synth(s)],
    ['app.synth()', (s: TerraformStack) => (s.node.root as App).synth()],
  ])("the references CDKTF creates when a HarnessPlatformStack synthesizes (%s) keep the user's frames only", (_, synth) => {
    const creation = referenceCreatedAtSynth(platformStack(), synth);
    expect(notUserFrames(creation)).toEqual([]);
    expect(creation.some((frame) => thisFile.test(frame))).toBe(true);
  });

  test("the references CDKTF creates when a plain TerraformStack synthesizes keep CDKTF's frames (the check above can fail)", () => {
    const creation = referenceCreatedAtSynth(stack(), (s) => Testing.synth(s));
    expect(creation.some((frame) => /node_modules[\\/]cdktf[\\/]/.test(frame))).toBe(true);
  });

  test("a resource the user creates keeps CDKTF's full creation stack (the check above can fail)", () => {
    const resource = new PlatformPipeline(stack(), 'raw', { identifier: 'raw', name: 'Raw', orgId: 'o', projectId: 'p', yaml: 'x' });
    const creation = resource.gitDetails.creationStack;
    expect(creation.filter((frame) => frame.includes('node_modules')).length).toBeGreaterThan(0);
    expect(creation.some((frame) => frame.includes(join(root, '.gen')))).toBe(true);
    expect(creation.some((frame) => thisFile.test(frame))).toBe(true);
  });
});

describe('withUserCreationStacks', () => {
  test('returns what create returns and puts the formatter back', () => {
    const before = Error.prepareStackTrace;
    expect(withUserCreationStacks(() => 42)).toBe(42);
    expect(Error.prepareStackTrace).toBe(before);
  });

  test('an error thrown in create keeps every frame, the library frames too (its stack read inside), and the formatter is put back', () => {
    const before = Error.prepareStackTrace;
    let stack = '';
    expect(() =>
      withUserCreationStacks(() => {
        const error = new TypeError('no');
        stack = error.stack ?? ''; // V8 formats a stack when it is first read: here, inside create
        throw error;
      }),
    ).toThrow('no');
    const [first, ...frames] = stack.split('\n');
    expect(first).toBe('TypeError: no');
    expect(frames.some((frame) => frame.includes(join(root, 'src', 'terraform', 'user-creation-stacks.ts')))).toBe(true);
    expect(frames.some((frame) => thisFile.test(frame))).toBe(true);
    expect(Error.prepareStackTrace).toBe(before);
  });

  test("an error of another realm (a vm context) keeps every frame; a plain object keeps the user's frames only", () => {
    const foreign: unknown = runInNewContext('new Error("elsewhere")');
    expect(foreign instanceof Error).toBe(false);
    const file = join(root, 'node_modules', 'dep', 'index.js');
    const frame = { getFileName: () => file, toString: () => `f (${file}:1:1)` } as unknown as NodeJS.CallSite;
    const format = (target: unknown): string => String(withUserCreationStacks(() => Error.prepareStackTrace?.(target as Error, [frame])));
    expect(format(foreign)).toContain(`f (${file}:1:1)`);
    expect(format({})).not.toContain(file);
  });

  test('HARNESS_IDP_CREATION_STACKS=full keeps every frame of the creation stacks', () => {
    process.env.HARNESS_IDP_CREATION_STACKS = 'full';
    try {
      const pipeline = new HarnessPipeline(stack(), 'ops', { pipeline: model(), orgId: 'o', projectId: 'p' });
      expect(notUserFrames(pipeline.resource.gitDetails.creationStack).length).toBeGreaterThan(0);
    } finally {
      delete process.env.HARNESS_IDP_CREATION_STACKS;
    }
  });

  test('an error whose stack is read inside create keeps every frame', () => {
    const stack = withUserCreationStacks(() => new RangeError('inside').stack ?? '');
    expect(stack.split('\n')[0]).toBe('RangeError: inside');
    expect(stack).toContain(join(root, 'src', 'terraform', 'user-creation-stacks.ts'));
  });

  test('without a formatter to delegate to (Error.prepareStackTrace unset), stacks are left as V8 writes them', () => {
    const before = Error.prepareStackTrace;
    const settable: { prepareStackTrace?: unknown } = Error;
    settable.prepareStackTrace = undefined;
    try {
      const target = { stack: '' };
      withUserCreationStacks(() => Error.captureStackTrace(target));
      expect(target.stack).toContain(join(root, 'src', 'terraform', 'user-creation-stacks.ts'));
      expect(Error.prepareStackTrace).toBeUndefined();
    } finally {
      Error.prepareStackTrace = before;
    }
  });
});

describe('isUserFile', () => {
  const own = ['/home/u/app/node_modules/cdktf-harness-idp/lib/src/', '/home/u/app/node_modules/cdktf-harness-idp/lib/.gen/'];
  const linked = ['/work/cdktf-harness-idp/lib/src/', '/work/cdktf-harness-idp/lib/.gen/'];

  test.each([
    ['/home/u/app/main.ts', own, true],
    ['file:///home/u/app/main.mjs', own, true],
    ['C:\\Users\\u\\app\\main.ts', own, true],
    ['/home/u/app/node_modules/cdktf/lib/terraform-stack.js', own, false],
    ['C:\\Users\\u\\app\\node_modules\\cdktf\\lib\\app.js', own, false],
    ['file:///home/u/app/node_modules/cdktf/lib/app.js', own, false],
    ['node:internal/modules/cjs/loader', own, false],
    ['/work/cdktf-harness-idp/lib/src/constructs/harness-pipeline.js', linked, false],
    ['/work/cdktf-harness-idp/lib/.gen/providers/harness/platform-pipeline/index.js', linked, false],
    ['/work/cdktf-harness-idp/examples/main.ts', linked, true],
    ['/work/bundle/out.js', [], true],
    [null, own, false],
    [undefined, own, false],
  ])("%s (own code: %j) is the user's: %s", (file, ownFolders, expected) => {
    expect(isUserFile(file, ownFolders)).toBe(expected);
  });

  test("this project's sources and bindings are the library's own, its tests the user's", () => {
    expect(isUserFile(join(root, 'src', 'constructs', 'harness-pipeline.ts'))).toBe(false);
    expect(isUserFile(join(root, '.gen', 'providers', 'harness', 'provider', 'index.ts'))).toBe(false);
    expect(isUserFile(__filename)).toBe(true);
  });
});
