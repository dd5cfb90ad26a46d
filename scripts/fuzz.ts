// npm run fuzz: the property-based test over many more random configurations than npm test runs.
//   FUZZ_RUNS (default 5000), FUZZ_SEED (default 20261206)
// Every configuration must synthesize without throwing, byte-deterministically, with schema-valid pipelines and every
// text where it belongs (test/support/fuzz/check.ts); every literal string attribute of every synthesized resource is
// then evaluated by Terraform (provider-free, in batches) and must equal the text Terraform is meant to see.
import fc from 'fast-check';
import { unescapeTerraformString } from '../src/terraform/terraform-string';
import { propertiesOf } from '../test/support/fuzz/check';
import { configurationArbitrary } from '../test/support/fuzz/configurations';
import { removeScratchTmpdir, useScratchTmpdir } from '../test/support/scratch-tmpdir';
import { evaluateWithTerraform } from '../test/support/terraform';

const runs = Number(process.env.FUZZ_RUNS ?? 5000);
const seed = Number(process.env.FUZZ_SEED ?? 20261206);
const BATCH = 1500;
const TOKEN = /\$\{(?!")[^}]*\}/; // a reference left in an attribute (not literal text): not evaluated here

/** Literal string attributes of every resource (escaped as in cdk.tf.json). */
function literalAttributes(json: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!TOKEN.test(v.replace(/\$\$\{/g, ''))) out.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk((JSON.parse(json) as { resource?: unknown }).resource);
  return out;
}

function evaluate(pending: Set<string>): number {
  const list = [...pending];
  const evaluated = evaluateWithTerraform(Object.fromEntries(list.map((s, i) => [`s${i}`, s])));
  const wrong = list.filter((s, i) => evaluated[`s${i}`] !== unescapeTerraformString(s));
  if (wrong.length > 0) throw new Error(`Terraform evaluated ${wrong.length} attributes to other text, e.g. ${JSON.stringify(wrong[0])}`);
  return list.length;
}

function main(): void {
  const started = performance.now();
  const pending = new Set<string>();
  let configurations = 0;
  let evaluated = 0;
  fc.assert(
    fc.property(configurationArbitrary, (c) => {
      const { failures, synthesized } = propertiesOf(c);
      if (failures.length > 0) throw new Error(failures.join('\n'));
      for (const s of literalAttributes(synthesized!.json)) pending.add(s);
      if (pending.size >= BATCH) {
        evaluated += evaluate(pending);
        pending.clear();
      }
      configurations++;
      if (configurations % 250 === 0) process.stdout.write(`  ${configurations} configurations, ${evaluated} strings evaluated\n`);
    }),
    { seed, numRuns: runs },
  );
  if (pending.size > 0) evaluated += evaluate(pending);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `fuzz: ${configurations} configurations (seed ${seed}) passed; ` +
      `${evaluated} distinct string attributes evaluated by Terraform; ${seconds} s`,
  );
}

// The run's temporary files (an output folder per configuration, from cdktf's Testing) go to one folder, removed at the end.
useScratchTmpdir();
try {
  main();
} finally {
  removeScratchTmpdir();
}
