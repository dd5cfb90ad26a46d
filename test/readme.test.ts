import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Testing } from 'cdktf';
import { PaymentsTeamStack } from '../examples/stacks/payments-team';
import { stackDiagrams } from '../src/constructs/stack-diagrams';
import { systemTmpdirEnv } from './support/scratch-tmpdir';

const root = join(__dirname, '..');

/** The README's TypeScript examples, in order. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('README', () => {
  test('starts with the two commands CI and newcomers run, and .ci/run runs the test command', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)![1];
    expect(firstBlock).toMatch(/^npm ci && npm run synth:example/m);
    expect(firstBlock).toMatch(/^npm test /m);
    const ci = readFileSync(join(root, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
    // Then the end-to-end test of the package, with the schema named explicitly (CI has no internet).
    expect(ci).toMatch(/^npm run test:e2e$/m);
    expect(ci.indexOf('npm run test:e2e')).toBeGreaterThan(ci.indexOf('\nnpm test\n'));
    expect(ci).toContain('export HARNESS_PIPELINE_SCHEMA="${HARNESS_PIPELINE_SCHEMA:-$PWD/../shared/harness-schema/pipeline.json}"');
  });

  test('links work from the npm package page: absolute https URLs or in-page anchors, no relative paths', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const inline = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    const definitions = [...readme.matchAll(/^\[[^\]]+\]: (\S+)$/gm)].map((m) => m[1]);
    expect(definitions.length).toBeGreaterThanOrEqual(5);
    for (const target of [...inline, ...definitions]) expect(target).toMatch(/^(https:\/\/|#)/);
    for (const m of readme.matchAll(/\]\[([^\]]+)\]/g)) expect(readme).toContain(`\n[${m[1]}]: https://`);
    // Every linked file of this repository exists.
    for (const target of definitions) {
      const path = /^https:\/\/github\.com\/acme-platform\/cdktf-harness-idp\/blob\/main\/(.+)$/.exec(target)?.[1];
      if (path) expect([path, existsSync(join(root, path))]).toEqual([path, true]);
    }
  });

  test('every package subpath the README names is in the exports map', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const named = new Set(
      [...readme.matchAll(/(?<![\w/])cdktf-harness-idp\/([a-z][a-z/<>-]*[a-z>])/g)].map((m) => `./${m[1].replace('<resource>', '*')}`),
    );
    expect([...named].sort()).toEqual(['./providers/harness/*', './testing', './testing/jest-global-setup', './testing/jest-setup']);
    for (const subpath of named) expect(Object.keys(pkg.exports)).toContain(subpath);
  });

  test('the API tour examples compile and synthesize (the first two blocks, as one program)', () => {
    const [first, second] = readmeExamples();
    // The second example adds a workflow to the first one's stack; imports move to the top.
    const program = [first, second]
      .join('\n')
      .replace(/from 'cdktf-harness-idp'/g, "from './src'")
      .replace(/^app\.synth\(\);$/m, '');
    const lines = program.split('\n');
    const imports = lines.filter((l) => l.startsWith('import '));
    const body = lines.filter((l) => !l.startsWith('import '));
    const file = join(root, `.readme-example-${process.pid}.ts`);
    const outdir = mkdtempSync(join(tmpdir(), 'readme-out-'));
    writeFileSync(file, [...imports, ...body, 'app.synth();', ''].join('\n'));
    try {
      execFileSync(join(root, 'node_modules/.bin/tsx'), [file], {
        cwd: root,
        env: { ...process.env, ...systemTmpdirEnv(), CDKTF_OUTDIR: outdir },
        stdio: 'pipe',
      });
      const stacks = readdirSync(join(outdir, 'stacks'));
      expect(stacks).toEqual(['payments']);
      const json = JSON.parse(readFileSync(join(outdir, 'stacks/payments/cdk.tf.json'), 'utf8'));
      expect(
        Object.values(json.resource.harness_platform_pipeline)
          .map((r: any) => r.identifier)
          .sort(),
      ).toEqual(['greeter', 'idp_k8s_scale', 'idp_service_onboarding']);
    } finally {
      rmSync(file, { force: true });
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('README diagram', () => {
  test("is the flowchart cdktf synth draws for the example's infrastructure pipeline", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/```mermaid\n[\s\S]*?\n```/g)].map((m) => m[0]);
    const stack = new PaymentsTeamStack(Testing.app(), 'payments', {
      orgId: 'default',
      projectId: 'payments',
      github: { owner: 'acme-platform' },
      gitOpsRepository: 'platform-gitops',
    });
    const drawn = stackDiagrams(stack)['diagrams/idp_infra_provisioning.md'];
    const pipeline = drawn.slice(drawn.indexOf('## Pipeline '));
    expect(shown).toEqual([...pipeline.matchAll(/```mermaid\n[\s\S]*?\n```/g)].map((m) => m[0]));
  });
});
