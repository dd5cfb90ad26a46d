// Retained memory per synthesized app in a long-running process:
//   node --expose-gc scripts/bench-retained.js <library|baseline> <apps> [fixtures.json]
// Synthesizes <apps> apps of one stack with one workflow of each pattern (7 pipelines + 7 workflows), one after the
// other, dropping every reference; after warm-up apps, measures the heap growth per app after a full GC.
// BENCH_RETAINED_WARMUP sets the number of warm-up apps (default 5, as `npm run bench` runs it). After a few dozen,
// V8 has compiled what it optimizes, and the growth is what each app leaves behind, without the compiled code.
// Prints one JSON line: { mode, apps, warmup, retainedKiBPerApp, heapStartMiB, heapEndMiB }.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { App, TerraformStack } = require('cdktf');

const [mode, appsText, fixturesPath] = process.argv.slice(2);
const apps = Number(appsText);
const WARMUP = Number(process.env.BENCH_RETAINED_WARMUP ?? 5);
if (!Number.isInteger(WARMUP) || WARMUP < 0) throw new Error('BENCH_RETAINED_WARMUP must be a whole number of apps, 0 or more');
if (typeof global.gc !== 'function') throw new Error('run with node --expose-gc');

function libraryApp(outdir) {
  const { lib, addWorkflows, PATTERN_COUNT } = require('./bench-workload');
  const app = new App({ outdir });
  const stack = new lib.HarnessPlatformStack(app, 'bench', { orgId: 'default', projectId: 'idp_workflows', accountId: 'ACCOUNT_ID' });
  addWorkflows(stack, PATTERN_COUNT);
  app.synth();
}

function baselineApp(outdir, fixtures) {
  const { HarnessProvider } = require('../lib/.gen/providers/harness/provider');
  const { PlatformPipeline } = require('../lib/.gen/providers/harness/platform-pipeline');
  const { PlatformIdpCatalogEntity } = require('../lib/.gen/providers/harness/platform-idp-catalog-entity');
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'bench');
  new HarnessProvider(stack, 'harness', { accountId: 'ACCOUNT_ID' });
  fixtures.forEach((f, i) => {
    const id = `${f.base}_${i}`;
    const scope = { identifier: id, orgId: 'default', projectId: 'idp_workflows' };
    const p = new PlatformPipeline(stack, `p_${i}`, { ...scope, name: f.name, yaml: f.pipelineYaml.split(f.placeholder).join(id) });
    new PlatformIdpCatalogEntity(stack, `w_${i}`, {
      ...scope,
      kind: 'workflow',
      yaml: f.workflowYaml.split(f.placeholder).join(id),
      dependsOn: [p],
    });
  });
  app.synth();
}

const fixtures = mode === 'baseline' ? JSON.parse(fs.readFileSync(fixturesPath, 'utf8')) : undefined;
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-retained-'));
const one = () => (mode === 'library' ? libraryApp(outdir) : baselineApp(outdir, fixtures));
const heap = () => {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed;
};
for (let i = 0; i < WARMUP; i++) one();
const start = heap();
for (let i = 0; i < apps; i++) one();
const end = heap();
fs.rmSync(outdir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    mode,
    apps,
    warmup: WARMUP,
    retainedKiBPerApp: (end - start) / 1024 / apps,
    heapStartMiB: start / 2 ** 20,
    heapEndMiB: end / 2 ** 20,
  }),
);
