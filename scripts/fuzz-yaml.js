// npm run fuzz:yaml: the properties of test/core/yaml-property.test.ts, longer and with a fresh seed.
//   FUZZ_RUNS=20000 FUZZ_SEED=123 npm run fuzz:yaml
// 1. the emitter writes the bytes the yaml package writes (for strings outside the differences of docs/yaml.md);
// 2. its output reads back as the same data with the yaml package in YAML 1.1 and in YAML 1.2 mode;
// 3. if python3 with PyYAML (a YAML 1.1 reader, like Harness's) is installed: PyYAML reads the same strings back.
// Runs the TypeScript sources through tsx.
const { spawnSync } = require('node:child_process');
const { isDeepStrictEqual } = require('node:util');
const fc = require('fast-check');
const { parse } = require('yaml');
const { emitDocument } = require('../src/core/yaml-emitter');
const { packageYaml } = require('../src/core/yaml-package');
const { expectedReading, packageComparableDocument, trickyString, yamlDocument } = require('../test/support/yaml-arbitraries');

const RUNS = Number(process.env.FUZZ_RUNS ?? 20000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b) || isDeepStrictEqual(a, b);

function check(name, property) {
  const t = performance.now();
  const result = fc.check(property, { seed: SEED, numRuns: RUNS });
  const ms = (performance.now() - t).toFixed(0);
  console.log(`${result.failed ? 'FAIL' : 'ok  '} ${name} (${RUNS} runs, ${ms} ms)`);
  if (result.failed) console.log(fc.defaultReportMessage(result));
  return !result.failed;
}

/** PyYAML's reading of each YAML text (an `error` object where it fails), or undefined without python3 + PyYAML. */
function pyyamlReadings(texts) {
  if (spawnSync('python3', ['-c', 'import yaml']).status !== 0) return undefined;
  const script = [
    'import json, sys, yaml',
    'for line in sys.stdin:',
    '  try: print(json.dumps(yaml.safe_load(json.loads(line))))',
    '  except Exception as e: print(json.dumps({"error": str(e)}))',
  ].join('\n');
  const input = `${texts.map((t) => JSON.stringify(t)).join('\n')}\n`;
  const run = spawnSync('python3', ['-c', script], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

function checkPyyaml() {
  // PyYAML cannot read a tab inside a plain scalar (`a\tb`), which YAML allows and the writer does not quote.
  const text = trickyString.filter((t) => !t.includes('\t'));
  const docs = fc.sample(fc.dictionary(text, fc.oneof(text, fc.array(text, { maxLength: 3 }))), {
    seed: SEED,
    numRuns: RUNS,
  });
  const readings = pyyamlReadings(docs.map(emitDocument));
  if (!readings) {
    console.log('skip PyYAML (python3 with the yaml module not found)');
    return true;
  }
  const wrong = docs.filter((d, i) => !same(readings[i], d));
  console.log(`${wrong.length ? 'FAIL' : 'ok  '} PyYAML reads ${docs.length} documents back (${wrong.length} differ)`);
  for (const d of wrong.slice(0, 5)) {
    const reading = readings[docs.indexOf(d)];
    const key = Object.keys(d).find((k) => !same(reading?.[k], d[k])) ?? Object.keys(reading ?? {})[0];
    const lines = { key, written: d[key], pyyaml: reading?.[key], yaml: emitDocument({ [key]: d[key] }) };
    process.stdout.write(`${JSON.stringify(reading?.error ? { ...lines, error: reading.error } : lines)}\n`);
  }
  return wrong.length === 0;
}

function main() {
  console.log(`# YAML emitter fuzzing, seed ${SEED}`);
  const results = [
    check(
      'same bytes as the yaml package (strings outside the documented differences)',
      fc.property(packageComparableDocument, (doc) => {
        if (emitDocument(doc) !== packageYaml(doc)) throw new Error(`emitter:\n${emitDocument(doc)}\npackage:\n${packageYaml(doc)}`);
      }),
    ),
    ...['1.1', '1.2'].map((version) =>
      check(
        `read back by the yaml package, YAML ${version}`,
        fc.property(yamlDocument, (doc) => same(parse(emitDocument(doc), { version }), expectedReading(doc))),
      ),
    ),
    checkPyyaml(),
  ];
  process.exitCode = results.every(Boolean) ? 0 : 1;
}

main();
