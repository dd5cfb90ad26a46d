#!/usr/bin/env node
// Offline generation of the CDKTF TypeScript bindings for the Harness Terraform
// provider (harness/harness), from a `terraform providers schema -json` file.
//
// It does what `cdktf get` does for `"terraformProviders": ["harness/harness@~> 0.45"]`
// (same generator, same constraint, same `.gen/` layout, incl. versions.json and
// constraints.json), but reads the schema from disk instead of downloading the
// provider, and keeps only the resource / data-source types listed below.
//
// Usage:
//   node scripts/gen-provider.js                 # subset -> <project>/.gen (cleaned first)
//   node scripts/gen-provider.js --all           # full provider -> new temp dir (never .gen)
//   node scripts/gen-provider.js --all --out DIR # full provider -> DIR (cleaned first; must not be .gen)
//
// Schema location: $HARNESS_PROVIDER_SCHEMA, else ../shared/harness-provider/schema.json
// relative to the project root.

// Configuration: the subset of types lives in gen-provider-subset.js; the constraint below.
const HARNESS_SUBSET = require('./gen-provider-subset');

// Must stay identical to "terraformProviders" in cdktf.json.
const PROVIDER_CONSTRAINT = 'harness/harness@~> 0.45';
// The version `terraform init` resolves `~> 0.45` to (the schema is from tag v0.45.1).
const PROVIDER_VERSION = '0.45.1';
const PROVIDER_FQPN = 'registry.terraform.io/harness/harness';
const OUTPUT_DIR = '.gen'; // = "codeMakerOutput" in cdktf.json

// ---------------------------------------------------------------------------
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const PROJECT_ROOT = path.resolve(__dirname, '..');

function fail(msg) {
  console.error(`gen-provider: ERROR: ${msg}`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = { all: false, out: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--all') opts.all = true;
    else if (a === '--out') opts.out = argv[++i];
    else if (a.startsWith('--out=')) opts.out = a.slice('--out='.length);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/gen-provider.js [--all [--out DIR]]');
      process.exit(0);
    } else fail(`unknown argument '${a}'`);
  }
  if (opts.out !== undefined && !opts.all) fail('--out is only supported together with --all');
  if (opts.out !== undefined && path.resolve(opts.out) === path.resolve(PROJECT_ROOT, OUTPUT_DIR)) {
    fail(`--all must not write into ${OUTPUT_DIR}; pick another --out`);
  }
  return opts;
}

function locateSchema() {
  const tried = [];
  if (process.env.HARNESS_PROVIDER_SCHEMA) {
    const p = path.resolve(process.env.HARNESS_PROVIDER_SCHEMA);
    tried.push(`${p} (from $HARNESS_PROVIDER_SCHEMA)`);
    if (fs.existsSync(p)) return p;
    // An explicitly configured path that does not exist is an error, no fallback.
    fail(`provider schema not found. Tried:\n  - ${tried.join('\n  - ')}`);
  }
  const p = path.resolve(PROJECT_ROOT, '..', 'shared', 'harness-provider', 'schema.json');
  tried.push(`${p} (default: ../shared/harness-provider/schema.json relative to ${PROJECT_ROOT})`);
  if (fs.existsSync(p)) return p;
  fail(
    `provider schema not found. Tried:\n  - ${tried.join('\n  - ')}\n` +
      'Set HARNESS_PROVIDER_SCHEMA to the `terraform providers schema -json` output of harness/harness.',
  );
}

function loadSchema(file) {
  let schema;
  try {
    schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read/parse ${file}: ${e.message}`);
  }
  const provider = schema.provider_schemas?.[PROVIDER_FQPN];
  if (!provider) {
    fail(
      `${file} has no provider_schemas["${PROVIDER_FQPN}"] ` +
        `(found: ${Object.keys(schema.provider_schemas || {}).join(', ') || 'none'})`,
    );
  }
  return { schema, provider };
}

// cdktf.json's terraformProviders must contain PROVIDER_CONSTRAINT, otherwise a real
// `cdktf get` would generate something else than this script.
function checkCdktfJson() {
  const file = path.join(PROJECT_ROOT, 'cdktf.json');
  if (!fs.existsSync(file)) {
    console.warn(`gen-provider: warning: ${file} not found, skipping constraint consistency check`);
    return;
  }
  let cfg;
  try {
    cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot parse ${file}: ${e.message}`);
  }
  const providers = (cfg.terraformProviders || []).map((p) => (typeof p === 'string' ? p : JSON.stringify(p)));
  if (!providers.includes(PROVIDER_CONSTRAINT)) {
    fail(
      `${file} "terraformProviders" is ${JSON.stringify(providers)}; expected it to contain ` +
        `"${PROVIDER_CONSTRAINT}" (PROVIDER_CONSTRAINT in scripts/gen-provider.js). Keep both in sync.`,
    );
  }
  if ((cfg.codeMakerOutput || '.gen') !== OUTPUT_DIR) {
    fail(`${file} "codeMakerOutput" is "${cfg.codeMakerOutput}", this script writes to "${OUTPUT_DIR}"`);
  }
}

function missingTypes(all, wanted) {
  return wanted.filter((t) => !Object.hasOwn(all || {}, t));
}

function pick(all, wanted, kind) {
  const dupes = wanted.filter((t, i) => wanted.indexOf(t) !== i);
  if (dupes.length) fail(`duplicate ${kind} in HARNESS_SUBSET: ${dupes.join(', ')}`);
  // Sorted like `terraform providers schema -json` (Go map keys), which is the order
  // the generator uses for providers/harness/index.ts and lazy-index.ts.
  return Object.fromEntries([...wanted].sort().map((t) => [t, all[t]]));
}

function buildSchema(schema, provider, all) {
  const missing = [
    ...missingTypes(provider.resource_schemas, HARNESS_SUBSET.resources).map((t) => `resource ${t}`),
    ...missingTypes(provider.data_source_schemas, HARNESS_SUBSET.dataSources).map((t) => `data source ${t}`),
  ];
  if (missing.length) {
    fail(`HARNESS_SUBSET lists types that are not in the schema:\n  - ${missing.join('\n  - ')}`);
  }
  const filtered = all
    ? provider
    : {
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, HARNESS_SUBSET.resources, 'resource(s)'),
        data_source_schemas: pick(provider.data_source_schemas, HARNESS_SUBSET.dataSources, 'data source(s)'),
      };
  return {
    format_version: schema.format_version,
    provider_schemas: { [PROVIDER_FQPN]: filtered },
    // What `cdktf get` takes from `terraform version -json` (provider_selections):
    // makes the generated code pin `version = "0.45.1"` instead of "~> 0.45".
    provider_versions: { [PROVIDER_FQPN]: PROVIDER_VERSION },
  };
}

function walk(dir) {
  let files = 0;
  let bytes = 0;
  let tsFiles = 0;
  let tsBytes = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const r = walk(p);
      files += r.files;
      bytes += r.bytes;
      tsFiles += r.tsFiles;
      tsBytes += r.tsBytes;
    } else {
      const size = fs.statSync(p).size;
      files++;
      bytes += size;
      if (e.name.endsWith('.ts')) {
        tsFiles++;
        tsBytes += size;
      }
    }
  }
  return { files, bytes, tsFiles, tsBytes };
}

/** Writes the generated files to a staging dir next to the destination, then swaps it in. */
async function saveAtomically(code, opts) {
  // A failed run never leaves a half-written output folder.
  const outDir = !opts.all
    ? path.resolve(PROJECT_ROOT, OUTPUT_DIR)
    : path.resolve(opts.out || fs.mkdtempSync(path.join(os.tmpdir(), 'harness-gen-all-')));
  const staging = fs.mkdtempSync(path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging-`));
  try {
    await code.save(staging);
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.renameSync(staging, outDir);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }

  return outDir;
}

/** Prints what was generated, where, and how long it took. */
function report(opts, schemaFile, genSchema, outDir, target, t0) {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const s = walk(outDir);
  const nRes = Object.keys(genSchema.provider_schemas[PROVIDER_FQPN].resource_schemas || {}).length;
  const nData = Object.keys(genSchema.provider_schemas[PROVIDER_FQPN].data_source_schemas || {}).length;
  console.log(
    [
      `gen-provider: ${opts.all ? 'FULL provider' : 'subset'} ${PROVIDER_CONSTRAINT} (pinned ${PROVIDER_VERSION})`,
      `  schema:       ${schemaFile}`,
      `  types:        ${nRes} resources, ${nData} data sources`,
      `  output:       ${path.join(outDir, 'providers', target.name)}`,
      `  files:        ${s.files} (${s.tsFiles} .ts, ${s.tsBytes} bytes of .ts; ${s.bytes} bytes total)`,
      `  elapsed:      ${(ms / 1000).toFixed(2)} s`,
    ].join('\n'),
  );
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = process.hrtime.bigint();
  checkCdktfJson();

  const schemaFile = locateSchema();
  const { schema, provider } = loadSchema(schemaFile);
  const genSchema = buildSchema(schema, provider, opts.all);

  // Resolve the generator's own copies of its dependencies, so that the
  // ConstructsMakerTarget / Language objects are the ones it was built against.
  // (Note: loading @cdktf/commons spawns `terraform version -json` in the
  // background; if terraform is missing or misconfigured this only logs noise.)
  const generatorMain = require.resolve('@cdktf/provider-generator', { paths: [PROJECT_ROOT] });
  const fromGenerator = (m) => require(require.resolve(m, { paths: [path.dirname(generatorMain)] }));
  const { TerraformProviderGenerator, CodeMaker } = require(generatorMain);
  const { ConstructsMakerTarget, TerraformProviderConstraint, Language, DISPLAY_VERSION } = fromGenerator('@cdktf/commons');

  // `cdktf get` parses cdktf.json into TerraformProviderConstraint objects and then
  // wraps each one again (new TerraformProviderConstraint(obj)); the second wrap sets
  // fqn = "harness" (source stays "harness/harness"). Do the same so that
  // constraints.json matches byte for byte and a later `cdktf get` sees the same key.
  const constraint = new TerraformProviderConstraint(new TerraformProviderConstraint(PROVIDER_CONSTRAINT));
  const target = ConstructsMakerTarget.from(constraint, Language.TYPESCRIPT);

  // Same steps as ConstructsMaker.generate() in cdktf get, for one provider.
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, genSchema);
  generator.generate(target);

  code.openFile('versions.json');
  code.line(JSON.stringify({ ...generator.versions }, null, 2));
  code.closeFile('versions.json');

  code.openFile('constraints.json');
  code.line(JSON.stringify({ cdktf: DISPLAY_VERSION, providers: { [constraint.fqn]: constraint.version } }, null, 2));
  code.closeFile('constraints.json');

  const outDir = await saveAtomically(code, opts);

  report(opts, schemaFile, genSchema, outDir, target, t0);
  // Don't wait for the background `terraform version` probe started by @cdktf/commons.
  process.exit(0);
}

main().catch((e) => fail(e?.stack ? e.stack : String(e)));
