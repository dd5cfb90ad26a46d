// Section 6 of `npm run bench` (scripts/bench.js): bounds of what the library costs against the floor.
const { fmt, medianRun, RUNS, runJson } = require('./bench-run');

/** Section 6: what the library costs at 1,000 workflows without its diagram files, and without its model checks too. */
function boundsSection(fixtures) {
  const n = Number(process.env.BENCH_BOUNDS_N ?? 1000);
  const sides = {
    library: [['scripts/bench-synth.js', 'library', String(n)], {}],
    withoutDiagrams: [['scripts/bench-synth.js', 'library', String(n)], { BENCH_WITHOUT: 'diagrams' }],
    withoutDiagramsAndChecks: [['scripts/bench-synth.js', 'library', String(n)], { BENCH_WITHOUT: 'diagrams,checks' }],
    floor: [['scripts/bench-synth.js', 'baseline', String(n), fixtures], {}],
  };
  const runs = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [k, [args, env]] of Object.entries(sides)) runs[k].push(runJson(args, env));
  const ms = Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, medianRun(r).totalMs]));
  console.log(`\n| ${n} workflows, median of ${RUNS} runs each, alternating | total ms | / floor |`);
  console.log('|---|---:|---:|');
  for (const [label, k] of [
    ['library', 'library'],
    ['library without its diagram files', 'withoutDiagrams'],
    ['library without its diagram files and model checks', 'withoutDiagramsAndChecks'],
    ['floor (plain CDKTF, pre-rendered YAML)', 'floor'],
  ]) {
    console.log(`| ${label} |${fmt(ms[k])} |${fmt(ms[k] / ms.floor, 2)} |`);
  }
  return { n, runs: RUNS, totalMs: ms, ratios: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, v / ms.floor])) };
}

module.exports = { boundsSection };
