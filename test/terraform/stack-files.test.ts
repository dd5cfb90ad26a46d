import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { writeFilesAtSynth } from '../../src/terraform/stack-files';

function app(): { app: App; outdir: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'stack-files-'));
  return { app: new App({ outdir }), outdir };
}

describe('writeFilesAtSynth', () => {
  test('writes the files into <outdir>/stacks/<stack>/<folder> when the stack is synthesized, beside cdk.tf.json', () => {
    const { app: a, outdir } = app();
    const stack = new TerraformStack(a, 'one');
    new TerraformOutput(stack, 'o', { value: 'x' });
    let calls = 0;
    writeFilesAtSynth(new Construct(stack, 'writer'), 'notes', () => {
      calls++;
      return { 'a.md': '# a\n', 'b.txt': 'b' };
    });
    expect(calls).toBe(0);
    a.synth();
    expect(calls).toBe(1);
    const dir = join(outdir, 'stacks', 'one');
    expect(readdirSync(dir).sort()).toEqual(['cdk.tf.json', 'notes']);
    expect(readFileSync(join(dir, 'notes', 'a.md'), 'utf8')).toBe('# a\n');
    expect(readFileSync(join(dir, 'notes', 'b.txt'), 'utf8')).toBe('b');
  });

  test('empties the folder first, and creates none when there are no files', () => {
    const { app: a, outdir } = app();
    const stack = new TerraformStack(a, 'two');
    new TerraformOutput(stack, 'o', { value: 'x' });
    writeFilesAtSynth(new Construct(stack, 'writer'), 'notes', () => ({}));
    mkdirSync(join(outdir, 'stacks', 'two', 'notes'), { recursive: true });
    writeFileSync(join(outdir, 'stacks', 'two', 'notes', 'stale.md'), 'old');
    a.synth();
    expect(existsSync(join(outdir, 'stacks', 'two', 'notes'))).toBe(false);
  });

  test('writes the files with HCL output too (cdk.tf)', () => {
    const previous = process.env.SYNTH_HCL_OUTPUT;
    process.env.SYNTH_HCL_OUTPUT = 'true'; // read by the App and the stack when they are created, as `cdktf synth --hcl` sets it
    let a: App;
    let outdir: string;
    let stack: TerraformStack;
    try {
      ({ app: a, outdir } = app());
      stack = new TerraformStack(a, 'hcl');
    } finally {
      if (previous === undefined) delete process.env.SYNTH_HCL_OUTPUT;
      else process.env.SYNTH_HCL_OUTPUT = previous;
    }
    new TerraformOutput(stack, 'o', { value: 'x' });
    writeFilesAtSynth(new Construct(stack, 'writer'), 'notes', () => ({ 'a.md': 'a' }));
    a.synth();
    expect(readdirSync(join(outdir, 'stacks', 'hcl')).sort()).toEqual(['cdk.tf', 'metadata.json', 'notes']);
    expect(readFileSync(join(outdir, 'stacks', 'hcl', 'notes', 'a.md'), 'utf8')).toBe('a');
  });
});
