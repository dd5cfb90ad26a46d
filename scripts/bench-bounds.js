// Section 6 of `npm run bench` (scripts/bench.js): bounds of what the library costs against the floor.
const fs = require('node:fs');
const { fmt, medianRun, RUNS, runJson } = require('./bench-run');

/** A RAM-backed folder for the output (Linux's /dev/shm), if there is a writable one. */
const MEMORY_DIR = '/dev/shm';
const hasMemoryDir = () => {
  try {
    fs.accessSync(MEMORY_DIR, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Section 6: what the library costs at 1,000 workflows without its diagram files, and without its model checks too;
 * and both sides writing their output to memory instead of the disk (the library writes 1,001 files, the floor 1: on
 * a virtual machine's disk, creating small files can cost more than rendering them).
 */
function boundsSection(fixtures) {
  const n = Number(process.env.BENCH_BOUNDS_N ?? 1000);
  const library = ['scripts/bench-synth.js', 'library', String(n)];
  const floor = ['scripts/bench-synth.js', 'baseline', String(n), fixtures];
  const sides = {
    library: [library, {}],
    withoutDiagrams: [library, { BENCH_WITHOUT: 'diagrams' }],
    withoutDiagramsAndChecks: [library, { BENCH_WITHOUT: 'diagrams,checks' }],
    floor: [floor, {}],
  };
  if (hasMemoryDir()) {
    sides.libraryInMemory = [library, { TMPDIR: MEMORY_DIR }];
    sides.floorInMemory = [floor, { TMPDIR: MEMORY_DIR }];
  }
  const runs = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [k, [args, env]] of Object.entries(sides)) runs[k].push(runJson(args, env));
  const ms = Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, medianRun(r).totalMs]));
  // Each side against the floor writing to the same place.
  const floorOf = (k) => (k.endsWith('InMemory') ? ms.floorInMemory : ms.floor);
  console.log(`\n| ${n} workflows, median of ${RUNS} runs each, alternating | total ms | / floor |`);
  console.log('|---|---:|---:|');
  for (const [label, k] of [
    ['library', 'library'],
    ['library without its diagram files', 'withoutDiagrams'],
    ['library without its diagram files and model checks', 'withoutDiagramsAndChecks'],
    ['floor (plain CDKTF, pre-rendered YAML)', 'floor'],
    [`library, output in memory (${MEMORY_DIR})`, 'libraryInMemory'],
    [`floor, output in memory (${MEMORY_DIR})`, 'floorInMemory'],
  ]) {
    if (ms[k] !== undefined) console.log(`| ${label} |${fmt(ms[k])} |${fmt(ms[k] / floorOf(k), 2)} |`);
  }
  const ratios = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, v / floorOf(k)]));
  return { n, runs: RUNS, totalMs: ms, ratios };
}

module.exports = { boundsSection };
