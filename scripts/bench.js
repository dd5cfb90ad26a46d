// npm run bench: synth benchmark on this machine. Builds nothing itself (npm run bench runs `npm run build`).
//  1. 1, 100 and 1,000 workflows (a mix of the patterns) in one process, each size in a fresh process:
//     wall time, time per workflow, peak RSS; and the same for a baseline that creates the same
//     harness_platform_pipeline + catalog-entity resources from pre-rendered YAML strings.
//  2. The example app (examples/): cold `cdktf synth` (app run by tsx), next to the same program under ts-node.
//  3. One stack of many: a generated app of BENCH_TEAMS (200) team stacks of BENCH_WORKFLOWS_PER_TEAM (10) workflows
//     each, plus the platform stack that delivers them on IaCM: synthesizing every stack vs one team's stack
//     (HARNESS_IDP_STACK, as that team's delivery pipeline does), each in a fresh process.
// Prints the figures and writes them as JSON to $BENCH_JSON (default: cdktf-harness-idp-bench.json in the temp folder).
// BENCH_SIZES, BENCH_SKIP_EXAMPLE=1 and BENCH_SKIP_ONE_STACK=1 shorten a run.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '1,100,1000').split(',').map(Number);

function runJson(args, env = {}) {
  const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  return JSON.parse(out.trim().split('\n').pop());
}

function timeCommand(cmd, args, cwd) {
  const t = performance.now();
  execFileSync(cmd, args, { cwd, stdio: 'pipe', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  return performance.now() - t;
}

/** Renders one pipeline + workflow YAML per pattern with the library, for the baseline. */
function writeFixtures() {
  const { App } = require('cdktf');
  const { lib, addWorkflows, PATTERN_COUNT } = require('./bench-workload');
  const { synthDocuments } = require('../lib/src/testing/synth-documents');
  const stack = new lib.HarnessPlatformStack(new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-fx-')) }), 'fx', {
    orgId: 'default',
    projectId: 'idp_workflows',
    accountId: 'ACCOUNT_ID',
  });
  const patterns = addWorkflows(stack, PATTERN_COUNT);
  const docs = synthDocuments(stack);
  const fixtures = patterns.map((p) => {
    const id = p.selfService.model.identifier;
    const placeholder = `@@ID_${id}@@`;
    const escapeYaml = (yaml) => lib.escapeTerraformString(yaml).split(id).join(placeholder);
    return {
      base: id.replace(/_\d+$/, ''),
      name: p.selfService.model.name,
      placeholder,
      pipelineYaml: escapeYaml(docs[`fx/pipelines/${id}.yaml`]),
      workflowYaml: escapeYaml(docs[`fx/workflows/${id}.yaml`]),
    };
  });
  const file = path.join(os.tmpdir(), `bench-fixtures-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(fixtures));
  return file;
}

const fmt = (x, d = 0) => x.toFixed(d).padStart(9);
function main() {
  console.log(`# synth benchmark: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  const fixtures = writeFixtures();
  const rows = [];
  for (const n of SIZES) {
    const library = runJson(['scripts/bench-synth.js', 'library', String(n)]);
    const baseline = runJson(['scripts/bench-synth.js', 'baseline', String(n), fixtures]);
    rows.push({ n, library, baseline });
  }
  fs.rmSync(fixtures, { force: true });
  console.log(
    '\n| workflows | library total ms | per workflow ms | peak RSS MiB | baseline total ms | per workflow ms | peak RSS MiB | library/baseline |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { n, library: l, baseline: b } of rows) {
    console.log(
      `| ${n} |${fmt(l.totalMs)} |${fmt(l.totalMs / n, 2)} |${fmt(l.peakRssMiB)} |${fmt(b.totalMs)} |${fmt(b.totalMs / n, 2)} |${fmt(b.peakRssMiB)} |${fmt(l.totalMs / b.totalMs, 2)} |`,
    );
  }
  console.log('\n(total = module load + construction + app.synth(); breakdown per run:)');
  for (const { n, library: l, baseline: b } of rows) {
    console.log(
      `  n=${n}: library load ${l.loadMs.toFixed(0)} / build ${l.buildMs.toFixed(0)} / synth ${l.synthMs.toFixed(0)} ms; baseline load ${b.loadMs.toFixed(0)} / build ${b.buildMs.toFixed(0)} / synth ${b.synthMs.toFixed(0)} ms`,
    );
  }

  const results = { machine: machine(), synth: rows };
  const examples = path.join(root, 'examples');
  if (process.env.BENCH_SKIP_EXAMPLE !== '1' && fs.existsSync(path.join(examples, 'main.ts'))) {
    const npx = 'npx';
    const cdktf = timeCommand(npx, ['cdktf', 'synth'], examples);
    const tsNode = timeCommand(npx, ['ts-node', '--project', path.join(root, 'tsconfig.json'), 'main.ts'], examples);
    const tsx = timeCommand(npx, ['tsx', 'main.ts'], examples);
    console.log('\n| example app (examples/) | wall ms |');
    console.log('|---|---:|');
    console.log(`| cold \`cdktf synth\` (app: tsx) |${fmt(cdktf)} |`);
    console.log(`| same program under \`npx ts-node\` |${fmt(tsNode)} |`);
    console.log(`| same program under \`npx tsx\` |${fmt(tsx)} |`);
    results.example = { cdktfSynthMs: cdktf, tsNodeMs: tsNode, tsxMs: tsx };
  }
  if (process.env.BENCH_SKIP_ONE_STACK !== '1') results.oneStack = oneStack();
  const file = process.env.BENCH_JSON ?? path.join(os.tmpdir(), 'cdktf-harness-idp-bench.json');
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n(JSON: ${file})`);
}

function machine() {
  return { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
}

/** Section 3: the generated many-team app, every stack vs one team's stack, each in a fresh process. */
function oneStack() {
  const teams = Number(process.env.BENCH_TEAMS ?? 200);
  const perTeam = Number(process.env.BENCH_WORKFLOWS_PER_TEAM ?? 10);
  const team = `team_${String(Math.min(7, teams - 1)).padStart(3, '0')}`;
  const args = ['scripts/bench-one-stack.js', String(teams), String(perTeam)];
  const timed = (env) => {
    const t = performance.now();
    const run = runJson(args, env);
    return { ...run, wallMs: performance.now() - t };
  };
  const all = timed({ HARNESS_IDP_STACK: '' });
  const one = timed({ HARNESS_IDP_STACK: team });
  console.log(
    `\n| ${teams} team stacks x ${perTeam} workflows + platform stack | stacks written | wall ms | load ms | build ms | synth ms | peak RSS MiB |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [label, r] of [
    ['every stack', all],
    [`one team (HARNESS_IDP_STACK=${team})`, one],
  ]) {
    console.log(
      `| ${label} |${fmt(r.stacksWritten)} |${fmt(r.wallMs)} |${fmt(r.loadMs)} |${fmt(r.buildMs)} |${fmt(r.synthMs)} |${fmt(r.peakRssMiB)} |`,
    );
  }
  console.log(`  one team's stack takes ${((100 * one.wallMs) / all.wallMs).toFixed(1)} % of the time of every stack`);
  return { teams, workflowsPerTeam: perTeam, allMs: all.wallMs, oneMs: one.wallMs, all, one };
}

main();
