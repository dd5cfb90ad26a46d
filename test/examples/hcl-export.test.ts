import { exec } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { documentsFromJson } from '../../src/testing/synth-documents';
import { evaluateHclExpressions, terraformFmtCheck, topLevelBlocks } from '../support/hcl';
import { systemTmpdirEnv } from '../support/scratch-tmpdir';
import { evaluateWithTerraform, yamlAttributes } from '../support/terraform';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const ACCOUNT = 'ACC123';

interface Synthesized {
  /** Stack name → text of the file `cdktf synth` wrote for it. */
  readonly stacks: Record<string, string>;
}

/**
 * Runs the example app as `cdktf synth` (with `--hcl` if `hcl`) does: the `app` command of `cdktf.json`, in
 * `examples/`, with the environment the CLI sets. Returns each stack's `cdk.tf` or `cdk.tf.json`.
 */
async function synthExample(hcl: boolean): Promise<Synthesized> {
  const outdir = mkdtempSync(join(tmpdir(), 'example-synth-'));
  try {
    const app = (JSON.parse(readFileSync(join(EXAMPLES, 'cdktf.json'), 'utf8')) as { app: string }).app;
    await promisify(exec)(app, {
      cwd: EXAMPLES,
      env: { ...process.env, ...systemTmpdirEnv(), CDKTF_OUTDIR: outdir, SYNTH_HCL_OUTPUT: String(hcl), CHECKPOINT_DISABLE: '1' },
    });
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as {
      stacks: Record<string, { synthesizedStackPath: string }>;
    };
    const stacks = Object.fromEntries(
      Object.entries(manifest.stacks).map(([name, s]) => [name, readFileSync(join(outdir, s.synthesizedStackPath), 'utf8')]),
    );
    return { stacks };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

type Json = Record<string, Record<string, unknown>>;
interface StackJson {
  terraform?: unknown;
  locals?: unknown;
  variable?: Json;
  provider?: Record<string, unknown[]>;
  resource?: Record<string, Json>;
  data?: Record<string, Json>;
  output?: Json;
}

/** The block headers `cdk.tf.json` stands for, written as in HCL (`resource "T" "N"`). */
function jsonHeaders(json: StackJson): string[] {
  const headers: string[] = [];
  if (json.terraform) headers.push('terraform');
  if (json.locals) headers.push('locals');
  for (const name of Object.keys(json.variable ?? {})) headers.push(`variable "${name}"`);
  for (const [name, instances] of Object.entries(json.provider ?? {})) instances.forEach(() => headers.push(`provider "${name}"`));
  for (const kind of ['resource', 'data'] as const) {
    for (const [type, byName] of Object.entries(json[kind] ?? {})) {
      for (const name of Object.keys(byName)) headers.push(`${kind} "${type}" "${name}"`);
    }
  }
  for (const name of Object.keys(json.output ?? {})) headers.push(`output "${name}"`);
  return headers.sort();
}

describe('HCL export of the example stacks (cdktf synth --hcl)', () => {
  let hcl: Record<string, string>;
  let json: Record<string, StackJson>;
  let jsonText: Record<string, string>;

  beforeAll(async () => {
    const [fromHcl, fromJson] = await Promise.all([synthExample(true), synthExample(false)]);
    hcl = fromHcl.stacks;
    jsonText = fromJson.stacks;
    json = Object.fromEntries(Object.entries(jsonText).map(([name, text]) => [name, JSON.parse(text) as StackJson]));
  }, 60_000);

  test('writes every stack as HCL that Terraform parses and terraform fmt leaves unchanged', () => {
    expect(Object.keys(hcl).sort()).toEqual(['bootstrap', 'checkout', 'payments', 'platform']);
    expect(terraformFmtCheck(hcl)).toBe('');
  });

  test('has the blocks of cdk.tf.json, each resource with the same attributes and nested blocks', () => {
    for (const [stack, text] of Object.entries(hcl)) {
      const blocks = topLevelBlocks(text);
      expect({ stack, headers: blocks.map((b) => b.header).sort() }).toEqual({ stack, headers: jsonHeaders(json[stack]) });
      for (const [type, byName] of Object.entries(json[stack].resource ?? {})) {
        for (const [name, attrs] of Object.entries(byName)) {
          const block = blocks.find((b) => b.header === `resource "${type}" "${name}"`)!;
          // A repeated nested block (a workspace's terraform_variable) is one block per element of the JSON list.
          const occurrences = (v: unknown): number =>
            Array.isArray(v) && v.length > 0 && v.every((e) => e !== null && typeof e === 'object') ? v.length : 1;
          expect({ resource: `${type}.${name}`, names: [...block.names].sort() }).toEqual({
            resource: `${type}.${name}`,
            names: Object.entries(attrs)
              .filter(([k]) => k !== '//')
              .flatMap(([k, v]) => Array<string>(occurrences(v)).fill(k))
              .sort(),
          });
        }
      }
    }
  });

  test('Terraform evaluates every string attribute of every resource, YAML included, exactly as from cdk.tf.json', () => {
    const fromJson: Record<string, string> = {};
    const fromHcl: Record<string, string> = {};
    for (const [stack, text] of Object.entries(hcl)) {
      const blocks = topLevelBlocks(text);
      for (const [type, byName] of Object.entries(json[stack].resource ?? {})) {
        for (const [name, attrs] of Object.entries(byName)) {
          const block = blocks.find((b) => b.header === `resource "${type}" "${name}"`)!;
          for (const [attr, value] of Object.entries(attrs)) {
            if (typeof value !== 'string') continue;
            const key = `${stack}.${type}.${name}.${attr}`;
            fromJson[key] = value;
            fromHcl[key] = block.expressions[attr];
          }
        }
      }
    }
    // The YAML documents (pipelines, catalog entities, the GitOps workflow file) are among them.
    const yamlKeys = Object.entries(jsonText).flatMap(([stack, text]) => Object.keys(yamlAttributes(text)).map((k) => `${stack}.${k}`));
    expect(yamlKeys).toHaveLength(24);
    for (const key of yamlKeys) expect(Object.keys(fromHcl)).toContain(key);

    // Every variable of the stacks gets a value (the bootstrap stack's secrets read theirs); the account a known one.
    const names = Object.values(json).flatMap((j) => Object.keys(j.variable ?? {}));
    const variables = { ...Object.fromEntries(names.map((n) => [n, `value of ${n}`])), harness_account_id: ACCOUNT };
    const evaluated = evaluateHclExpressions(fromHcl, variables);
    expect(evaluated).toEqual(evaluateWithTerraform(fromJson, variables));
    // Byte for byte the documents the model rendered, `${{ parameters.x }}` and all.
    const documents = Object.entries(json).flatMap(([stack, j]) => Object.values(documentsFromJson(stack, j)));
    expect(yamlKeys.map((k) => evaluated[k]).sort()).toEqual(
      documents.map((d) => d.split('${var.harness_account_id}').join(ACCOUNT)).sort(),
    );
  });
});
