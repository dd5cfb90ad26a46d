import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TerraformStack } from 'cdktf';
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
import { Construct, type IConstruct } from 'constructs';

/**
 * Files a stack writes next to its configuration at synth, e.g. `cdktf.out/stacks/<stack>/diagrams/x.md`. Constructs
 * contribute parts of files; the parts of one file are joined in `rank` order (then construct path order) under the
 * file's header. The first contribution in a stack gives it a {@link StackFileWriter}, a plain construct (no
 * Terraform configuration) that writes the files through CDKTF's custom synthesis hook, the one `TerraformAsset`
 * copies its files with: CDKTF calls it for each construct of the stack after the validations and before it writes
 * `cdk.tf.json` (or `cdk.tf` with HCL output), which stays untouched.
 */

/** A part of a file, contributed by a construct. */
export interface StackFilePart {
  /** Path below the stack's output directory: `<folder>/<name>`, one folder deep (the folder is rewritten at each synth). */
  readonly path: string;
  /** Order of the parts of one file: lower first. */
  readonly rank: number;
  /** The file's first line(s), written once above the parts (every part of a file gives the same header). */
  readonly header: string;
  /** The part's text, computed at synth. */
  text(): string;
}

const PARTS = Symbol.for('cdktf-harness-idp.StackFileParts');

/** Contributes `part` to a file of `construct`'s stack. */
export function addStackFilePart(construct: IConstruct, part: StackFilePart): void {
  if (!/^[^/\\]+\/[^/\\]+$/.test(part.path) || part.path.split('/').includes('..')) {
    throw new Error(`internal: stack file path '${part.path}' is not <folder>/<name>`);
  }
  const holder = construct as unknown as Record<symbol, StackFilePart[] | undefined>;
  if (!holder[PARTS]) Object.defineProperty(construct, PARTS, { value: [], enumerable: false });
  holder[PARTS]!.push(part);
  const stack = TerraformStack.of(construct);
  if (!(stack.node.tryFindChild(StackFileWriter.ID) instanceof StackFileWriter)) new StackFileWriter(stack);
}

/** The files of `stack`, keyed by path, in code-point order of the paths. */
export function stackFiles(stack: TerraformStack): Record<string, string> {
  const byPath = new Map<string, Array<{ part: StackFilePart; owner: string }>>();
  for (const c of stack.node.findAll()) {
    const parts = (c as unknown as Record<symbol, StackFilePart[] | undefined>)[PARTS];
    if (!parts || TerraformStack.of(c) !== stack) continue;
    for (const part of parts) byPath.set(part.path, [...(byPath.get(part.path) ?? []), { part, owner: c.node.path }]);
  }
  const files: Record<string, string> = {};
  for (const path of [...byPath.keys()].sort(byCodePoint)) {
    const parts = byPath.get(path)!.sort((a, b) => a.part.rank - b.part.rank || byCodePoint(a.owner, b.owner));
    files[path] = [parts[0].part.header, '', ...parts.map((p) => p.part.text())].join('\n');
  }
  return files;
}

/** Writes a stack's files when the stack is synthesized; each folder is emptied first (it belongs to the files). */
class StackFileWriter extends Construct {
  public static readonly ID = 'HarnessIdpStackFiles';

  constructor(stack: TerraformStack) {
    super(stack, StackFileWriter.ID);
    addCustomSynthesis(this, {
      onSynthesize: (session) => {
        const base = join(session.outdir, session.manifest.forStack(stack).workingDirectory);
        const files = Object.entries(stackFiles(stack));
        for (const folder of new Set(files.map(([path]) => dirname(path)))) rmSync(join(base, folder), { recursive: true, force: true });
        for (const [path, text] of files) {
          mkdirSync(dirname(join(base, path)), { recursive: true });
          writeFileSync(join(base, path), text);
        }
      },
    });
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
