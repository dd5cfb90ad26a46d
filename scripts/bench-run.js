// Helpers of the benchmark scripts (scripts/bench*.js): child runs, timing, medians, number formatting.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
/** Runs per side for the sizes up to 1,000 workflows (BENCH_RUNS, default 3). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

/** The run of median total time (its phases), with the median peak RSS of the runs. */
function medianRun(runs) {
  const byTime = [...runs].sort((a, b) => a.totalMs - b.totalMs)[(runs.length - 1) >> 1];
  return { ...byTime, peakRssMiB: median(runs.map((r) => r.peakRssMiB)) };
}

function runJson(args, env = {}, nodeFlags = []) {
  const out = execFileSync(process.execPath, [...nodeFlags, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, ...env },
  });
  return JSON.parse(out.trim().split('\n').pop());
}

function timeCommand(cmd, args, cwd, env = {}) {
  const t = performance.now();
  execFileSync(cmd, args, { cwd, stdio: 'pipe', maxBuffer: 1 << 28, env: { ...process.env, CHECKPOINT_DISABLE: '1', ...env } });
  return performance.now() - t;
}

const fmt = (x, d = 0) => x.toFixed(d).padStart(9);

module.exports = { fmt, median, medianRun, root, RUNS, runJson, timeCommand };
