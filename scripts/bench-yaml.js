// npm run bench:yaml: speed of the kernel YAML writer (src/core/yaml.ts) against the yaml package's stringify with
// the options toYaml used before it had its own emitter. Both write the same documents: every YAML snapshot of
// test/**/__snapshots__ and every YAML block of the Harness reference, parsed back to plain data.
//   npm run bench:yaml                    (BENCH_ROUNDS=1000: each document set written 1,000 times)
// Runs the TypeScript sources through tsx; timing starts after a warm-up, so the transpiling is not measured. It
// counts the CPU time of the process, not wall time, so that other processes on the machine disturb it less.
const { stringify } = require('yaml');
const { toYaml } = require('../src/core/yaml');
const { referenceCorpus, snapshotDocuments } = require('../test/support/yaml-corpus');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1000);
const PACKAGE_OPTIONS = {
  version: '1.1',
  lineWidth: 0,
  minContentWidth: 0,
  indent: 2,
  indentSeq: true,
  blockQuote: 'literal',
  aliasDuplicateObjects: false,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
};
const writers = {
  'yaml package stringify (before)': (value) => stringify(value, PACKAGE_OPTIONS),
  'toYaml (this tree)': (value) => toYaml(value),
};

/** CPU milliseconds (user + system) of this process to write every document `rounds` times, best of three. */
function time(write, docs, rounds) {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    for (let r = 0; r < rounds; r++) for (const d of docs) write(d.value);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

function main() {
  const sets = { snapshots: snapshotDocuments(), reference: referenceCorpus() };
  console.log(`# YAML writer benchmark: Node ${process.version}, ${ROUNDS} rounds, CPU time, best of 3`);
  for (const [setName, docs] of Object.entries(sets)) {
    const bytes = docs.reduce((n, d) => n + toYaml(d.value).length, 0);
    console.log(`\n${setName}: ${docs.length} documents, ${bytes} characters per round`);
    const results = {};
    for (const [name, write] of Object.entries(writers)) {
      time(write, docs, Math.max(1, ROUNDS / 10));
      results[name] = time(write, docs, ROUNDS);
      const perDoc = (results[name] * 1000) / (ROUNDS * docs.length);
      console.log(`  ${name.padEnd(34)} ${results[name].toFixed(0).padStart(7)} ms   ${perDoc.toFixed(1).padStart(7)} µs/document`);
    }
    const [before, after] = Object.values(results);
    console.log(`  speed-up ${(before / after).toFixed(1)}x`);
  }
}

main();
