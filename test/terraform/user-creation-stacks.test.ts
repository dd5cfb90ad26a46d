// src/terraform/user-creation-stacks.ts: the creation stacks CDKTF records for the tokens of a resource the
// library creates keep the frames of the user's code only; a resource the user creates, and every error, keep all.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type App, TerraformStack, Testing, Tokenization } from 'cdktf';
import { PlatformPipeline } from '../../.gen/providers/harness/platform-pipeline';
import { HarnessProvider } from '../../.gen/providers/harness/provider';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { withUserCreationStacks } from '../../src/terraform/user-creation-stacks';
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

  test('an error thrown in create keeps every frame, the library frames too, and the formatter is put back', () => {
    const before = Error.prepareStackTrace;
    let stack = '';
    try {
      withUserCreationStacks(() => {
        throw new TypeError('no');
      });
    } catch (e) {
      stack = (e as Error).stack ?? '';
    }
    const [first, ...frames] = stack.split('\n');
    expect(first).toBe('TypeError: no');
    expect(frames.some((frame) => frame.includes(join(root, 'src', 'terraform', 'user-creation-stacks.ts')))).toBe(true);
    expect(frames.some((frame) => thisFile.test(frame))).toBe(true);
    expect(Error.prepareStackTrace).toBe(before);
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

describe('every Terraform element the library creates', () => {
  /** Every .ts file under `dir`. */
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
    });
  }

  /** Whether the call `callee(` opened before `index` is still open there. */
  function enclosedBy(text: string, index: number, callee: string): boolean {
    for (let at = text.lastIndexOf(callee, index); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(callee, at - 1)) {
      let depth = 0;
      for (const c of text.slice(at + callee.length - 1, index)) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      if (depth > 0) return true;
    }
    return false;
  }

  /** Where a file constructs a provider binding class (imported as a value from .gen/ or a @cdktf/provider-* package). */
  function bindingConstructions(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    const imported = [...text.matchAll(/^import \{([^}]*)\} from '[^']*(?:\.gen\/|@cdktf\/provider-)[^']*';/gm)].flatMap((m) =>
      m[1].split(',').map((name) => name.trim()),
    );
    const calls = [...imported.map((name) => `new ${name}(`), '.lookup('];
    return calls.flatMap((call) =>
      [
        ...text.matchAll(
          new RegExp(
            call.replace(/[.(]/g, (c) => `\\${c}`),
            'g',
          ),
        ),
      ]
        .filter((m) => !enclosedBy(text, m.index, 'withUserCreationStacks('))
        .map(() => `${relative(root, file)}: ${call}`),
    );
  }

  test('is created in withUserCreationStacks: no provider binding constructed outside it in src/', () => {
    // The Lookup functions of lookup-data-sources.ts construct data sources; they are called as `kind.lookup(`,
    // which this test checks in prerequisite-lookups.ts.
    const files = sources(join(root, 'src')).filter((file) => !file.endsWith(join('private', 'lookup-data-sources.ts')));
    expect(files.flatMap(bindingConstructions)).toEqual([]);
  });

  test('the check finds a construction outside withUserCreationStacks (it can fail)', () => {
    const text = "import { PlatformPipeline } from '../.gen/providers/harness/platform-pipeline';\nnew PlatformPipeline(s, 'p', {});\n";
    const enclosed = `withUserCreationStacks(() => new PlatformPipeline(s, 'p', {}));`;
    expect(enclosedBy(text, text.indexOf('new '), 'withUserCreationStacks(')).toBe(false);
    expect(enclosedBy(enclosed, enclosed.indexOf('new '), 'withUserCreationStacks(')).toBe(true);
    const closed = `withUserCreationStacks(() => 1); new PlatformPipeline(s, 'p', {});`;
    expect(enclosedBy(closed, closed.indexOf('new '), 'withUserCreationStacks(')).toBe(false);
  });
});
