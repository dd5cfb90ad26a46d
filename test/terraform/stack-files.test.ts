import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { addStackFilePart, stackFiles } from '../../src/terraform/stack-files';

function stackIn(name: string): { app: App; stack: TerraformStack; outdir: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'stack-files-'));
  const app = new App({ outdir });
  const stack = new TerraformStack(app, name);
  new TerraformOutput(stack, 'o', { value: 'x' });
  return { app, stack, outdir };
}

const part = (path: string, rank: number, text: string) => ({ path, rank, header: '# header', text: () => text });

describe('stackFiles', () => {
  test('joins the parts of each file under its header, by rank and then construct path; files in path order', () => {
    const { stack } = stackIn('one');
    addStackFilePart(new Construct(stack, 'b'), part('notes/x.md', 1, 'b1'));
    addStackFilePart(new Construct(stack, 'a'), part('notes/x.md', 1, 'a1'));
    addStackFilePart(new Construct(stack, 'c'), part('notes/x.md', 0, 'c0'));
    addStackFilePart(new Construct(stack, 'd'), part('more/B.md', 0, 'B'));
    addStackFilePart(stack.node.findChild('d'), part('more/A.md', 0, 'A'));
    expect(stackFiles(stack)).toEqual({
      'more/A.md': '# header\n\nA',
      'more/B.md': '# header\n\nB',
      'notes/x.md': '# header\n\nc0\na1\nb1',
    });
    expect(Object.keys(stackFiles(stack))).toEqual(['more/A.md', 'more/B.md', 'notes/x.md']);
  });

  test('a stack nested in another keeps its own files', () => {
    const { stack } = stackIn('outer');
    const inner = new TerraformStack(stack, 'inner');
    addStackFilePart(new Construct(inner, 'c'), part('notes/in.md', 0, 'in'));
    addStackFilePart(new Construct(stack, 'c'), part('notes/out.md', 0, 'out'));
    expect(Object.keys(stackFiles(stack))).toEqual(['notes/out.md']);
    expect(Object.keys(stackFiles(inner))).toEqual(['notes/in.md']);
  });

  test('refuses a path that is not <folder>/<name>', () => {
    const { stack } = stackIn('bad');
    for (const path of ['x.md', 'a/b/c.md', '../x.md', 'a/..']) {
      expect(() => addStackFilePart(new Construct(stack, `c${path.length}${path.charCodeAt(0)}`), part(path, 0, ''))).toThrow(
        `internal: stack file path '${path}' is not <folder>/<name>`,
      );
    }
  });
});

describe('the stack file writer', () => {
  test('writes the files into <outdir>/stacks/<stack>/<folder> at synth (texts computed then), beside cdk.tf.json', () => {
    const { app, stack, outdir } = stackIn('one');
    let calls = 0;
    addStackFilePart(new Construct(stack, 'c'), { path: 'notes/a.md', rank: 0, header: '# h', text: () => `call ${++calls}` });
    expect(calls).toBe(0);
    app.synth();
    expect(calls).toBe(1);
    const dir = join(outdir, 'stacks', 'one');
    expect(readdirSync(dir).sort()).toEqual(['cdk.tf.json', 'notes']);
    expect(readFileSync(join(dir, 'notes', 'a.md'), 'utf8')).toBe('# h\n\ncall 1');
  });

  test('empties each folder it writes first: a file left from an earlier synthesis is removed', () => {
    const { app, stack, outdir } = stackIn('two');
    addStackFilePart(new Construct(stack, 'c'), part('notes/new.md', 0, 'new'));
    mkdirSync(join(outdir, 'stacks', 'two', 'notes'), { recursive: true });
    writeFileSync(join(outdir, 'stacks', 'two', 'notes', 'stale.md'), 'old');
    app.synth();
    expect(readdirSync(join(outdir, 'stacks', 'two', 'notes'))).toEqual(['new.md']);
  });

  test('a stack without parts has no writer and no extra files', () => {
    const { app, stack, outdir } = stackIn('none');
    app.synth();
    expect(stack.node.tryFindChild('HarnessIdpStackFiles')).toBeUndefined();
    expect(readdirSync(join(outdir, 'stacks', 'none'))).toEqual(['cdk.tf.json']);
    expect(existsSync(join(outdir, 'stacks', 'none', 'notes'))).toBe(false);
  });

  test('writes the files with HCL output too (cdk.tf)', () => {
    const previous = process.env.SYNTH_HCL_OUTPUT;
    process.env.SYNTH_HCL_OUTPUT = 'true'; // read by the App and the stack when they are created, as `cdktf synth --hcl` sets it
    let made: ReturnType<typeof stackIn>;
    try {
      made = stackIn('hcl');
    } finally {
      if (previous === undefined) delete process.env.SYNTH_HCL_OUTPUT;
      else process.env.SYNTH_HCL_OUTPUT = previous;
    }
    addStackFilePart(new Construct(made.stack, 'c'), part('notes/a.md', 0, 'a'));
    made.app.synth();
    expect(readdirSync(join(made.outdir, 'stacks', 'hcl')).sort()).toEqual(['cdk.tf', 'metadata.json', 'notes']);
    expect(readFileSync(join(made.outdir, 'stacks', 'hcl', 'notes', 'a.md'), 'utf8')).toBe('# header\n\na');
  });
});
