import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TerraformStack } from 'cdktf';
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
import type { IConstruct } from 'constructs';

/**
 * Makes `construct` write a folder of files next to its stack's configuration whenever the stack is synthesized:
 * `<outdir>/stacks/<stack>/<folder>/<name>`, e.g. `cdktf.out/stacks/payments/diagrams/x.md`. The folder is emptied
 * first (it belongs to the caller), and not created when there are no files.
 *
 * Uses CDKTF's custom synthesis hook, the one `TerraformAsset` copies its files with: CDKTF calls it for each
 * construct of the stack after the validations and before it writes `cdk.tf.json` (or `cdk.tf` with HCL output),
 * which it leaves untouched. The hook is set once per construct.
 * @param files file name (no `/`) → text, computed at synth
 */
export function writeFilesAtSynth(construct: IConstruct, folder: string, files: () => Readonly<Record<string, string>>): void {
  addCustomSynthesis(construct, {
    onSynthesize: (session) => {
      const stack = TerraformStack.of(construct);
      const dir = join(session.outdir, session.manifest.forStack(stack).workingDirectory, folder);
      rmSync(dir, { recursive: true, force: true });
      const entries = Object.entries(files());
      if (entries.length === 0) return;
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of entries) writeFileSync(join(dir, name), text);
    },
  });
}
