import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateHarnessPipeline } from '../../src/testing/harness-schema';
import {
  HARNESS_PIPELINE_SCHEMA_ENV,
  HARNESS_SCHEMA_BASE_URL_ENV,
  harnessSchemaCacheFile,
  harnessSchemaCandidates,
  harnessSchemaUrl,
  PINNED_HARNESS_SCHEMA,
  resolveHarnessSchemaPath,
} from '../../src/testing/schema-source';

const ENV_KEYS = [HARNESS_PIPELINE_SCHEMA_ENV, HARNESS_SCHEMA_BASE_URL_ENV, 'XDG_CACHE_HOME'] as const;
const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
let cacheHome: string;

beforeEach(() => {
  cacheHome = mkdtempSync(join(tmpdir(), 'schema-source-'));
  process.env.XDG_CACHE_HOME = cacheHome;
  for (const k of [HARNESS_PIPELINE_SCHEMA_ENV, HARNESS_SCHEMA_BASE_URL_ENV]) delete process.env[k];
});

afterEach(() => {
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  rmSync(cacheHome, { recursive: true, force: true });
});

const commit = PINNED_HARNESS_SCHEMA.commit;
const cacheFile = (): string => join(cacheHome, 'cdktf-harness-idp', 'harness-schema', commit, 'pipeline.json');

describe('where the Harness pipeline schema is looked for', () => {
  test('the pin is v0/pipeline.json of harness/harness-schema at a fixed commit, with its SHA-256', () => {
    expect(PINNED_HARNESS_SCHEMA).toEqual({
      repository: 'harness/harness-schema',
      commit: '1bb19b672ae159df9a52b63aae3e93dff6eb1825',
      path: 'v0/pipeline.json',
      sha256: '72763bac3df5a765bd2a47b36675eca75ae27bfea7678d3380e1e5f7144a3625',
    });
    expect(harnessSchemaUrl()).toBe(
      'https://raw.githubusercontent.com/harness/harness-schema/1bb19b672ae159df9a52b63aae3e93dff6eb1825/v0/pipeline.json',
    );
    process.env[HARNESS_SCHEMA_BASE_URL_ENV] = 'https://mirror.example.com/raw//';
    expect(harnessSchemaUrl()).toBe(`https://mirror.example.com/raw/harness/harness-schema/${commit}/v0/pipeline.json`);
  });

  test('the user cache honours $XDG_CACHE_HOME, else ~/.cache', () => {
    expect(harnessSchemaCacheFile()).toBe(cacheFile());
    delete process.env.XDG_CACHE_HOME;
    expect(harnessSchemaCacheFile()).toBe(join(homedir(), '.cache', 'cdktf-harness-idp', 'harness-schema', commit, 'pipeline.json'));
  });

  test('$HARNESS_PIPELINE_SCHEMA first, then the user cache', () => {
    mkdirSync(dirname(cacheFile()), { recursive: true });
    writeFileSync(cacheFile(), '{}');
    const explicit = join(cacheHome, 'schema.json');
    writeFileSync(explicit, '{}');
    process.env[HARNESS_PIPELINE_SCHEMA_ENV] = explicit;
    expect(harnessSchemaCandidates()).toEqual([
      { path: explicit, origin: '$HARNESS_PIPELINE_SCHEMA' },
      { path: cacheFile(), origin: 'user cache' },
    ]);
    expect(resolveHarnessSchemaPath()).toBe(explicit);
  });

  test('a $HARNESS_PIPELINE_SCHEMA that does not exist is an error, not replaced by the cache', () => {
    const missing = join(cacheHome, 'no-such-dir', 'pipeline.json');
    process.env[HARNESS_PIPELINE_SCHEMA_ENV] = missing;
    expect(() => resolveHarnessSchemaPath()).toThrow(
      [
        `Harness pipeline JSON schema not found: $HARNESS_PIPELINE_SCHEMA is set to '${missing}', which does not exist.`,
        'Fix: set HARNESS_PIPELINE_SCHEMA to the path of pipeline.json (v0/pipeline.json of harness/harness-schema), or unset it to use the',
        `user cache (${cacheFile()}), which \`npx cdktf-harness-idp schema fetch\` fills.`,
      ].join('\n'),
    );
  });

  test('a cached file that is not the pinned one is refused', () => {
    mkdirSync(dirname(cacheFile()), { recursive: true });
    writeFileSync(cacheFile(), '{}');
    expect(() => resolveHarnessSchemaPath()).toThrow(
      `Harness pipeline JSON schema: the cached file ${cacheFile()} has SHA-256 44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a, not the pinned ${PINNED_HARNESS_SCHEMA.sha256}. Fix: run \`npx cdktf-harness-idp schema fetch --force\` to download it again, or delete the file`,
    );
  });

  test('without either, validation fails with what to do online and offline; it is never skipped', () => {
    const message = [
      'Harness pipeline JSON schema not found. Looked for:',
      '  - $HARNESS_PIPELINE_SCHEMA: not set',
      `  - ${cacheFile()} (user cache): missing`,
      'Fix: run `npx cdktf-harness-idp schema fetch` once with internet access (it downloads',
      `https://raw.githubusercontent.com/harness/harness-schema/${commit}/v0/pipeline.json, checks its SHA-256 and caches it; the jest globalSetup`,
      "'cdktf-harness-idp/testing/jest-global-setup' does the same; for a mirror, set HARNESS_SCHEMA_BASE_URL).",
      `Offline: copy pipeline.json (v0/pipeline.json of harness/harness-schema at commit ${commit}, SHA-256 ${PINNED_HARNESS_SCHEMA.sha256})`,
      `from a machine that has it to ${cacheFile()}, or set HARNESS_PIPELINE_SCHEMA to its path.`,
    ].join('\n');
    expect(() => resolveHarnessSchemaPath()).toThrow(message);
    expect(() => validateHarnessPipeline('pipeline: {}')).toThrow(message);
    expect(() => expect('pipeline: {}').toBeValidHarnessPipeline()).toThrow(message);
  });
});
