import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import harnessSchemaGlobalSetup from '../../src/testing/jest-global-setup';
import { ensureHarnessSchema, fetchHarnessSchema } from '../../src/testing/schema-download';
import {
  HARNESS_PIPELINE_SCHEMA_ENV,
  HARNESS_SCHEMA_BASE_URL_ENV,
  harnessSchemaCacheFile,
  PINNED_HARNESS_SCHEMA,
  resolveHarnessSchemaPath,
} from '../../src/testing/schema-source';

// The pinned schema's bytes, found the way every test finds them ($HARNESS_PIPELINE_SCHEMA in CI, else the cache).
const SCHEMA = readFileSync(resolveHarnessSchemaPath());
const { startSchemaServer } = require('../../scripts/schema-server') as {
  startSchemaServer: (respond: (path: string) => { status: number; body: Buffer }) => Promise<SchemaServer>;
};

interface SchemaServer {
  readonly baseUrl: string;
  readonly requests: string[];
  close(): Promise<void>;
}

const PINNED_PATH = `/harness/harness-schema/${PINNED_HARNESS_SCHEMA.commit}/v0/pipeline.json`;
const ENV_KEYS = [HARNESS_PIPELINE_SCHEMA_ENV, HARNESS_SCHEMA_BASE_URL_ENV, 'XDG_CACHE_HOME'] as const;
const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
let cacheHome: string;
let server: SchemaServer | undefined;

beforeEach(() => {
  cacheHome = mkdtempSync(join(tmpdir(), 'schema-cache-home-'));
  process.env.XDG_CACHE_HOME = cacheHome;
  delete process.env[HARNESS_PIPELINE_SCHEMA_ENV];
  delete process.env[HARNESS_SCHEMA_BASE_URL_ENV];
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  rmSync(cacheHome, { recursive: true, force: true });
});

async function serve(body: Buffer, status = 200): Promise<SchemaServer> {
  server = await startSchemaServer(() => ({ status, body }));
  return server;
}

const cacheFile = (): string => join(cacheHome, 'cdktf-harness-idp', 'harness-schema', PINNED_HARNESS_SCHEMA.commit, 'pipeline.json');

/** The fix part of every "not there" message, for the cache home of the test. */
function fixLines(baseUrl = 'https://raw.githubusercontent.com'): string {
  return [
    'Fix: run `npx cdktf-harness-idp schema fetch` once with internet access (it downloads',
    `${baseUrl}${PINNED_PATH}, checks its SHA-256 and caches it; the jest globalSetup`,
    "'cdktf-harness-idp/testing/jest-global-setup' does the same; for a mirror, set HARNESS_SCHEMA_BASE_URL).",
    `Offline: copy pipeline.json (v0/pipeline.json of harness/harness-schema at commit ${PINNED_HARNESS_SCHEMA.commit}, SHA-256 ${PINNED_HARNESS_SCHEMA.sha256})`,
    `from a machine that has it to ${cacheFile()}, or set HARNESS_PIPELINE_SCHEMA to its path.`,
  ].join('\n');
}

describe('downloading the pinned schema', () => {
  test('downloads the pinned file into the user cache, atomically, and uses the cache from then on', async () => {
    const s = await serve(SCHEMA);
    expect(harnessSchemaCacheFile()).toBe(cacheFile());
    await expect(ensureHarnessSchema({ baseUrl: s.baseUrl })).resolves.toEqual({ path: cacheFile(), source: 'download' });
    expect(s.requests).toEqual([PINNED_PATH]);
    expect(readFileSync(cacheFile()).equals(SCHEMA)).toBe(true);
    expect(readdirSync(dirname(cacheFile()))).toEqual(['pipeline.json']);
    // Cache hit: no request, and the synchronous lookup of the test files finds it.
    await expect(ensureHarnessSchema({ baseUrl: s.baseUrl })).resolves.toEqual({ path: cacheFile(), source: 'cache' });
    expect(s.requests).toEqual([PINNED_PATH]);
    expect(resolveHarnessSchemaPath()).toBe(cacheFile());
    // `force` downloads again.
    await expect(fetchHarnessSchema({ baseUrl: s.baseUrl, force: true })).resolves.toEqual({ path: cacheFile(), source: 'download' });
    expect(s.requests).toEqual([PINNED_PATH, PINNED_PATH]);
  });

  test('takes the base URL from $HARNESS_SCHEMA_BASE_URL (a trailing slash is fine)', async () => {
    const s = await serve(SCHEMA);
    process.env[HARNESS_SCHEMA_BASE_URL_ENV] = `${s.baseUrl}/`;
    await expect(fetchHarnessSchema()).resolves.toEqual({ path: cacheFile(), source: 'download' });
    expect(s.requests).toEqual([PINNED_PATH]);
  });

  test('a file with another SHA-256 is refused and not cached', async () => {
    const tampered = Buffer.concat([SCHEMA, Buffer.from('\n')]);
    const s = await serve(tampered);
    const actual = require('node:crypto').createHash('sha256').update(tampered).digest('hex');
    await expect(ensureHarnessSchema({ baseUrl: s.baseUrl })).rejects.toThrow(
      `Harness pipeline JSON schema: the file downloaded from ${s.baseUrl}${PINNED_PATH} has SHA-256 ${actual}, not the pinned ${PINNED_HARNESS_SCHEMA.sha256}; it was not cached. Fix: make sure the URL serves v0/pipeline.json of harness/harness-schema at commit ${PINNED_HARNESS_SCHEMA.commit} unchanged (check $HARNESS_SCHEMA_BASE_URL and proxies), or set HARNESS_PIPELINE_SCHEMA to the path of a copy you trust`,
    );
    expect(() => readdirSync(dirname(cacheFile()))).toThrow(/ENOENT/);
  });

  test('an HTTP error and an unreachable server say what to do online and offline', async () => {
    const s = await serve(Buffer.from('gone'), 404);
    await expect(fetchHarnessSchema({ baseUrl: s.baseUrl })).rejects.toThrow(
      `Could not download ${s.baseUrl}${PINNED_PATH}: HTTP 404 Not Found.\n${fixLines(s.baseUrl)}`,
    );
    await s.close();
    server = undefined;
    let message = '';
    await fetchHarnessSchema({ baseUrl: s.baseUrl }).catch((e: Error) => {
      message = e.message;
    });
    expect(message).toBe(
      `Could not download ${s.baseUrl}${PINNED_PATH}: connect ECONNREFUSED 127.0.0.1:${new URL(s.baseUrl).port}.\n${fixLines(s.baseUrl)}`,
    );
  });

  test('a cached file that is not the pinned one is downloaded again', async () => {
    mkdirSync(dirname(cacheFile()), { recursive: true });
    writeFileSync(cacheFile(), '{}');
    const s = await serve(SCHEMA);
    await expect(ensureHarnessSchema({ baseUrl: s.baseUrl })).resolves.toEqual({ path: cacheFile(), source: 'download' });
    expect(readFileSync(cacheFile()).equals(SCHEMA)).toBe(true);
  });

  test('$HARNESS_PIPELINE_SCHEMA wins over cache and download, and must exist', async () => {
    const s = await serve(SCHEMA);
    const explicit = join(cacheHome, 'my-schema.json');
    writeFileSync(explicit, '{"any": "version"}');
    process.env[HARNESS_PIPELINE_SCHEMA_ENV] = explicit;
    await expect(ensureHarnessSchema({ baseUrl: s.baseUrl })).resolves.toEqual({ path: explicit, source: 'environment' });
    process.env[HARNESS_PIPELINE_SCHEMA_ENV] = join(cacheHome, 'missing.json');
    await expect(ensureHarnessSchema({ baseUrl: s.baseUrl })).rejects.toThrow(
      [
        `Harness pipeline JSON schema not found: $HARNESS_PIPELINE_SCHEMA is set to '${join(cacheHome, 'missing.json')}', which does not exist.`,
        'Fix: set HARNESS_PIPELINE_SCHEMA to the path of pipeline.json (v0/pipeline.json of harness/harness-schema), or unset it to use the',
        `user cache (${cacheFile()}), which \`npx cdktf-harness-idp schema fetch\` fills.`,
      ].join('\n'),
    );
    expect(s.requests).toEqual([]);
  });
});

describe('the jest globalSetup', () => {
  test('downloads and compiles the schema before the test files run', async () => {
    const s = await serve(SCHEMA);
    process.env[HARNESS_SCHEMA_BASE_URL_ENV] = s.baseUrl;
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await harnessSchemaGlobalSetup();
      expect(write).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
    }
    expect(s.requests).toEqual([PINNED_PATH]);
    expect(readFileSync(cacheFile()).equals(SCHEMA)).toBe(true);
  }, 60_000);

  test('offline, it leaves the message to the tests that validate, and does not throw', async () => {
    const closed = await serve(SCHEMA);
    await closed.close();
    server = undefined;
    process.env[HARNESS_SCHEMA_BASE_URL_ENV] = closed.baseUrl;
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await expect(harnessSchemaGlobalSetup()).resolves.toBeUndefined();
      expect(write).toHaveBeenCalledTimes(1);
      expect(write).toHaveBeenCalledWith(
        `harnessSchemaGlobalSetup: Could not download ${closed.baseUrl}${PINNED_PATH}: connect ECONNREFUSED ${closed.baseUrl.slice('http://'.length)}.\n${fixLines(closed.baseUrl)}\n`,
      );
    } finally {
      write.mockRestore();
    }
    // The test files then fail with the synchronous lookup's message.
    expect(() => resolveHarnessSchemaPath()).toThrow(
      [
        'Harness pipeline JSON schema not found. Looked for:',
        '  - $HARNESS_PIPELINE_SCHEMA: not set',
        `  - ${cacheFile()} (user cache): missing`,
        fixLines(closed.baseUrl),
      ].join('\n'),
    );
  });
});
