// npm run bench: synth benchmark on this machine. Builds nothing itself (npm run bench runs `npm run build`).
//  1. 1, 100 and 1,000 workflows (a mix of the patterns) in one process, each size in a fresh process:
//     wall time, time per workflow, peak RSS; and the same for a baseline that creates the same
//     harness_platform_pipeline + catalog-entity resources from pre-rendered YAML strings. Up to 1,000 workflows
//     each side runs BENCH_RUNS (3) times, alternating with the other, and the median is reported.
//  2. The example app (examples/), cold, the median of 3 runs each: the README's main command (`npm run synth:example`),
//     `cdktf synth` (app run by tsx), and the same program under ts-node and under tsx.
//  3. One stack of many: a generated app of BENCH_TEAMS (200) team stacks of BENCH_WORKFLOWS_PER_TEAM (10) workflows
//     each, plus the platform stack that delivers them on IaCM: synthesizing every stack vs one team's stack
//     (HARNESS_IDP_STACK, as that team's delivery pipeline does), each in a fresh process.
//  4. Retained memory per synthesized app in a long-running process, library vs plain cdktf with the same resources.
//  5. The test suite: `npm test` wall time and the type-check alone (BENCH_SKIP_TESTS=1 skips them), and from jest's
//     JSON report of that run, where jest's time goes: the worker time of every test file, of the files that take
//     half a second or more (among them every file that runs Terraform, tsx, tsc, Biome or Mermaid's parser, and the
//     proofs that read back tens of thousands of strings), and of the others.
//  6. Bounds (BENCH_SKIP_BOUNDS=1 skips them): 1,000 workflows (BENCH_BOUNDS_N) as in section 1, and the same without
//     the diagram files, and without the diagram files and the model checks (scripts/bench-without.js), to show what
//     the rest of the library costs against the floor.
// Prints the figures and writes them as JSON: with `--json` (npm run bench -- --json) to bench.json at the project
// root, else to $BENCH_JSON (default: cdktf-harness-idp-bench.json in the temp folder).
// BENCH_10K=1 adds 10,000 workflows (P4); BENCH_SIZES, BENCH_SKIP_EXAMPLE=1, BENCH_SKIP_ONE_STACK=1,
// BENCH_SKIP_RETAINED=1, BENCH_SKIP_BOUNDS=1 and BENCH_SKIP_TESTS=1 shorten a run. BENCH_RETAINED_APPS (default 40)
// and BENCH_RETAINED_WARMUP (default 5) set the apps of the retained-heap section.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { boundsSection } = require('./bench-bounds');
const { fmt, medianRun, root, RUNS, runJson, timeCommand } = require('./bench-run');
const { testsSection } = require('./bench-tests');

const SIZES = (process.env.BENCH_SIZES ?? `1,100,1000${process.env.BENCH_10K === '1' ? ',10000' : ''}`).split(',').map(Number);
const JSON_AT_ROOT = process.argv.includes('--json');

/** Renders one pipeline + workflow YAML per pattern with the library, for the baseline. */
function writeFixtures() {
  const { App } = require('cdktf');
  const { lib, addWorkflows, PATTERN_COUNT } = require('./bench-workload');
  const { synthDocuments } = require('../lib/src/testing/synth-documents');
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-fx-'));
  const stack = new lib.HarnessPlatformStack(new App({ outdir }), 'fx', {
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
  fs.rmSync(outdir, { recursive: true, force: true });
  const file = path.join(os.tmpdir(), `bench-fixtures-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(fixtures));
  return file;
}

function main() {
  console.log(`# synth benchmark: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  const fixtures = writeFixtures();
  const rows = [];
  for (const n of SIZES) {
    // Up to 1,000 workflows, RUNS runs of each side, alternating, and the median: one run on a noisy machine can be
    // off by a third. 10,000 workflows run once (each run takes half a minute).
    const runs = n <= 1000 ? RUNS : 1;
    const library = [];
    const baseline = [];
    for (let i = 0; i < runs; i++) {
      library.push(runJson(['scripts/bench-synth.js', 'library', String(n)]));
      baseline.push(runJson(['scripts/bench-synth.js', 'baseline', String(n), fixtures]));
    }
    rows.push({ n, runs, library: medianRun(library), baseline: medianRun(baseline) });
  }
  const table = sizesTable(rows);
  const results = { machine: machine(), node: process.version, date: new Date().toISOString().slice(0, 10), sizes: table };
  if (process.env.BENCH_SKIP_EXAMPLE !== '1' && fs.existsSync(path.join(root, 'examples', 'main.ts'))) results.example = example();
  if (process.env.BENCH_SKIP_ONE_STACK !== '1') results.oneStack = oneStack();
  if (process.env.BENCH_SKIP_RETAINED !== '1') results.retained = retained(fixtures);
  if (process.env.BENCH_SKIP_BOUNDS !== '1') results.bounds = boundsSection(fixtures);
  fs.rmSync(fixtures, { force: true });
  if (process.env.BENCH_SKIP_TESTS !== '1') results.tests = testsSection();
  results.targets = targets(results);
  const file = JSON_AT_ROOT
    ? path.join(root, 'bench.json')
    : (process.env.BENCH_JSON ?? path.join(os.tmpdir(), 'cdktf-harness-idp-bench.json'));
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n(JSON: ${file})`);
}

const phases = (r) => `load ${r.loadMs.toFixed(0)} / build ${r.buildMs.toFixed(0)} / synth ${r.synthMs.toFixed(0)} ms`;

/** Section 1: prints the table and returns `sizes` of bench.json. */
function sizesTable(rows) {
  console.log(
    '\n| workflows | library total ms | per workflow ms | peak RSS MiB ' +
      '| baseline total ms | per workflow ms | peak RSS MiB | library/baseline |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { n, library: l, baseline: b } of rows) {
    console.log(
      `| ${n} |${fmt(l.totalMs)} |${fmt(l.totalMs / n, 2)} |${fmt(l.peakRssMiB)} ` +
        `|${fmt(b.totalMs)} |${fmt(b.totalMs / n, 2)} |${fmt(b.peakRssMiB)} |${fmt(l.totalMs / b.totalMs, 2)} |`,
    );
  }
  console.log(
    `\n(each size in fresh processes; up to 1,000 workflows the median of ${RUNS} runs per side, library and baseline ` +
      'alternating; total = module load + construction + app.synth(); breakdown of the median run:)',
  );
  for (const { n, library: l, baseline: b } of rows) {
    console.log(`  n=${n}: library ${phases(l)}; baseline ${phases(b)}`);
  }
  return rows.map(({ n, runs, library, baseline }) => ({ n, runs, library, baseline, ratio: library.totalMs / baseline.totalMs }));
}

/** Section 2: the example app, cold (a new process each time; the median of 3 runs), by the README's main command,
 * by the cdktf CLI, under ts-node and under tsx. */
function example() {
  const examples = path.join(root, 'examples');
  const median = (run) => [run(), run(), run()].sort((a, b) => a - b)[1];
  const mainCommand = median(() => timeCommand('npm', ['run', '--silent', 'synth:example'], root));
  const cdktf = median(() => timeCommand('npx', ['cdktf', 'synth'], examples));
  const tsNode = median(() => timeCommand('npx', ['ts-node', '--project', path.join(root, 'tsconfig.json'), 'main.ts'], examples));
  const tsx = median(() => timeCommand('npx', ['tsx', 'main.ts'], examples));
  console.log('\n| example app (examples/), median of 3 cold runs | wall ms |');
  console.log('|---|---:|');
  console.log(`| the README's main command, \`npm run synth:example\` (node --import tsx main.ts) |${fmt(mainCommand)} |`);
  console.log(`| cold \`cdktf synth\` (the CLI, app run by tsx) |${fmt(cdktf)} |`);
  console.log(`| same program under \`npx ts-node\` |${fmt(tsNode)} |`);
  console.log(`| same program under \`npx tsx\` |${fmt(tsx)} |`);
  console.log(`  ts-node / main command: ${(tsNode / mainCommand).toFixed(2)}x`);
  return { cdktfSynthMs: cdktf, tsNodeMs: tsNode, tsxMs: tsx, mainCommandMs: mainCommand };
}

/** Section 4: retained heap per synthesized app in one long-running process, library vs baseline. */
function retained(fixtures) {
  const apps = Number(process.env.BENCH_RETAINED_APPS ?? 40);
  const library = runJson(['scripts/bench-retained.js', 'library', String(apps)], {}, ['--expose-gc']);
  const baseline = runJson(['scripts/bench-retained.js', 'baseline', String(apps), fixtures], {}, ['--expose-gc']);
  console.log(
    `\n| retained heap per app (${apps} apps of 7 workflows after ${library.warmup} warm-up apps, one process, after GC) | KiB |`,
  );
  console.log('|---|---:|');
  console.log(`| library |${fmt(library.retainedKiBPerApp, 1)} |`);
  console.log(`| plain cdktf, same resources |${fmt(baseline.retainedKiBPerApp, 1)} |`);
  return {
    apps,
    warmup: library.warmup,
    libraryKiBPerApp: library.retainedKiBPerApp,
    baselineKiBPerApp: baseline.retainedKiBPerApp,
    library,
    baseline,
  };
}

/** The targets, evaluated on this run's figures (undefined where a section was skipped). */
function targets(r) {
  const size = (n) => r.sizes.find((s) => s.n === n);
  const k1 = size(1000);
  const k10 = size(10000);
  const verdict = (ok, text) => {
    console.log(`  ${ok === undefined ? 'n/a ' : ok ? 'met ' : 'NOT met'}  ${text}`);
    return ok;
  };
  console.log('\ntargets (issue: synthesis close to the raw CDKTF floor):');
  return {
    P1: verdict(
      r.example && r.example.mainCommandMs <= 1500 && r.example.tsNodeMs >= 3 * r.example.mainCommandMs,
      'P1 main command <= 1.5 s and >= 3x faster than ts-node',
    ),
    P2: verdict(k1 && k1.ratio <= 1.5, 'P2 1,000 workflows <= 1.5x the floor'),
    P3: verdict(k1 && k1.library.peakRssMiB <= 1.5 * k1.baseline.peakRssMiB, 'P3 peak RSS <= 1.5x the floor'),
    P4: verdict(k1 && k10 && k10.library.totalMs <= 10 * k1.library.totalMs, 'P4 10,000 workflows <= 10x the time of 1,000'),
    P5: verdict(r.tests && r.tests.npmTestMs <= 30000 && r.tests.typecheckMs <= 15000, 'P5 npm test <= 30 s, type-check <= 15 s'),
    retained: verdict(r.retained && r.retained.libraryKiBPerApp <= r.retained.baselineKiBPerApp, 'retained memory per app <= plain cdktf'),
  };
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
    `\n| ${teams} team stacks x ${perTeam} workflows + platform stack ` +
      '| stacks written | wall ms | load ms | build ms | synth ms | peak RSS MiB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [label, r] of [
    ['every stack', all],
    [`one team (HARNESS_IDP_STACK=${team})`, one],
  ]) {
    console.log(
      `| ${label} |${fmt(r.stacksWritten)} |${fmt(r.wallMs)} |${fmt(r.loadMs)} |` +
        `${fmt(r.buildMs)} |${fmt(r.synthMs)} |${fmt(r.peakRssMiB)} |`,
    );
  }
  console.log(`  one team's stack takes ${((100 * one.wallMs) / all.wallMs).toFixed(1)} % of the time of every stack`);
  return { teams, workflowsPerTeam: perTeam, allMs: all.wallMs, oneMs: one.wallMs, all, one };
}

main();
