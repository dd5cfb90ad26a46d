// Section 5 of `npm run bench` (scripts/bench.js): the test suite.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { fmt, root, timeCommand } = require('./bench-run');

/** Section 5: the README's test command and the type-check alone, and where jest's time goes in that run. */
function testsSection() {
  const typecheck = timeCommand('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'], root);
  const report = path.join(os.tmpdir(), `bench-jest-${process.pid}.json`);
  // npm appends the arguments to the script's last command, jest: its JSON report goes to the file.
  const npmTest = timeCommand('npm', ['test', '--silent', '--', '--json', `--outputFile=${report}`], root);
  const jest = jestTime(JSON.parse(fs.readFileSync(report, 'utf8')));
  fs.rmSync(report, { force: true });
  console.log('\n| tests | wall ms |');
  console.log('|---|---:|');
  console.log(`| \`npm test\` (Biome, type-check, jest) |${fmt(npmTest)} |`);
  console.log(`| type-check alone (\`tsc --noEmit\`) |${fmt(typecheck)} |`);
  console.log(`| jest, first test file started to last one finished |${fmt(jest.spanMs)} |`);
  console.log(`\n| jest test files (${jest.workers} workers) | files | worker ms | worker ms / ${jest.workers} workers |`);
  console.log('|---|---:|---:|---:|');
  for (const [label, g] of [
    ['every file', jest.all],
    [`files of ${SLOW_TEST_MS} ms or more`, jest.slow],
    ['the others', jest.rest],
  ]) {
    console.log(`| ${label} |${fmt(g.files)} |${fmt(g.workerMs)} |${fmt(g.workerMs / jest.workers)} |`);
  }
  console.log('  slowest files (worker ms):');
  for (const f of jest.slowest) console.log(`  ${fmt(f.ms)}  ${f.file}`);
  return { npmTestMs: npmTest, typecheckMs: typecheck, jest };
}

/** The files that take this long or more include every one that runs an external tool (see bench.js's header). */
const SLOW_TEST_MS = 500;

/** Where jest's time went, from its JSON report (`--json`): worker time per test file, grouped. */
function jestTime(report) {
  const files = report.testResults.map((t) => ({ file: path.relative(root, t.name), ms: t.endTime - t.startTime }));
  const group = (some) => ({ files: some.length, workerMs: some.reduce((sum, f) => sum + f.ms, 0) });
  const starts = report.testResults.map((t) => t.startTime);
  const ends = report.testResults.map((t) => t.endTime);
  return {
    // jest.config.js: maxWorkers 100%, one per CPU
    workers: os.cpus().length,
    spanMs: Math.max(...ends) - Math.min(...starts),
    all: group(files),
    slow: group(files.filter((f) => f.ms >= SLOW_TEST_MS)),
    rest: group(files.filter((f) => f.ms < SLOW_TEST_MS)),
    slowest: [...files].sort((a, b) => b.ms - a.ms).slice(0, 10),
  };
}

module.exports = { testsSection };
