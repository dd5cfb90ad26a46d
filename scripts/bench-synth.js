// One benchmark run in its own process: node scripts/bench-synth.js <library|baseline> <n> [fixtures.json]
// Prints one JSON line: module load, construction, synth and total wall times (ms), and peak RSS (MiB).
// BENCH_WITHOUT=diagrams[,checks] measures the library without those parts (scripts/bench-without.js).
const t0 = performance.now();
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { App, TerraformStack } = require('cdktf');

const [mode, nText, fixturesPath] = process.argv.slice(2);
const n = Number(nText);
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synth-'));
let loaded;
let built;
const app = new App({ outdir });

if (mode === 'library') {
  if (process.env.BENCH_WITHOUT) require('./bench-without').leaveOut(process.env.BENCH_WITHOUT.split(','));
  const { lib, addWorkflows } = require('./bench-workload');
  loaded = performance.now();
  const stack = new lib.HarnessPlatformStack(app, 'bench', { orgId: 'default', projectId: 'idp_workflows', accountId: 'ACCOUNT_ID' });
  addWorkflows(stack, n);
  built = performance.now();
} else if (mode === 'baseline') {
  // Same resources, YAML pre-rendered: the cost of CDKTF and the provider bindings alone.
  const { HarnessProvider } = require('../lib/.gen/providers/harness/provider');
  const { PlatformPipeline } = require('../lib/.gen/providers/harness/platform-pipeline');
  const { PlatformIdpCatalogEntity } = require('../lib/.gen/providers/harness/platform-idp-catalog-entity');
  const fixtures = JSON.parse(fs.readFileSync(fixturesPath, 'utf8'));
  loaded = performance.now();
  const stack = new TerraformStack(app, 'bench');
  new HarnessProvider(stack, 'harness', { accountId: 'ACCOUNT_ID' });
  for (let i = 0; i < n; i++) {
    const f = fixtures[i % fixtures.length];
    const id = `${f.base}_${i}`;
    const p = new PlatformPipeline(stack, `p_${i}`, {
      identifier: id,
      name: f.name,
      orgId: 'default',
      projectId: 'idp_workflows',
      yaml: f.pipelineYaml.split(f.placeholder).join(id),
    });
    new PlatformIdpCatalogEntity(stack, `w_${i}`, {
      identifier: id,
      kind: 'workflow',
      orgId: 'default',
      projectId: 'idp_workflows',
      yaml: f.workflowYaml.split(f.placeholder).join(id),
      dependsOn: [p],
    });
  }
  built = performance.now();
} else {
  throw new Error(`unknown mode '${mode}' (library|baseline)`);
}
app.synth();
const done = performance.now();
fs.rmSync(outdir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    mode,
    n,
    loadMs: loaded - t0,
    buildMs: built - loaded,
    synthMs: done - built,
    totalMs: done - t0,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
