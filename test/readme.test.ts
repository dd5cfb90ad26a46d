import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Testing } from 'cdktf';
import { PaymentsTeamStack } from '../examples/stacks/payments-team';
import { stackDiagrams } from '../src/constructs/stack-diagrams';

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
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
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
        env: { ...process.env, CDKTF_OUTDIR: outdir },
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
