import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { sha256Hex, tryRead } from './schema-files';

/**
 * Where the official Harness v0 pipeline JSON schema comes from. The project does not ship it (it is Harness's
 * data, 3.4 MB); it is looked up in this order:
 *
 * 1. an explicit path: `$HARNESS_PIPELINE_SCHEMA` (any version of the schema, used as it is);
 * 2. the user cache: `$XDG_CACHE_HOME/cdktf-harness-idp/harness-schema/<commit>/pipeline.json`
 *    (`~/.cache/...` without `XDG_CACHE_HOME`), holding the pinned file;
 * 3. a download of the pinned file ({@link PINNED_HARNESS_SCHEMA}), verified by its SHA-256 and written atomically
 *    to the user cache: `npx cdktf-harness-idp schema fetch`, or the jest globalSetup (see `schema-download.ts`);
 * 4. else an error that says what to do offline.
 *
 * Steps 1, 2 and 4 are synchronous ({@link resolveHarnessSchemaPath}), for the validator inside a test file.
 */

/** The pinned schema: `v0/pipeline.json` of harness/harness-schema at a fixed commit, and its SHA-256. */
export const PINNED_HARNESS_SCHEMA = {
  repository: 'harness/harness-schema',
  commit: '1bb19b672ae159df9a52b63aae3e93dff6eb1825',
  path: 'v0/pipeline.json',
  sha256: '72763bac3df5a765bd2a47b36675eca75ae27bfea7678d3380e1e5f7144a3625',
} as const;

/** Environment variable naming the schema file (a path); it takes precedence over the user cache. */
export const HARNESS_PIPELINE_SCHEMA_ENV = 'HARNESS_PIPELINE_SCHEMA';
/** Environment variable replacing `https://raw.githubusercontent.com` in the download URL (a mirror, a test server). */
export const HARNESS_SCHEMA_BASE_URL_ENV = 'HARNESS_SCHEMA_BASE_URL';
/** Where the pinned file is downloaded from, unless `$HARNESS_SCHEMA_BASE_URL` says otherwise. */
export const DEFAULT_HARNESS_SCHEMA_BASE_URL = 'https://raw.githubusercontent.com';

const CACHE_FOLDER = 'cdktf-harness-idp';

/** The download URL of the pinned schema: `<base>/harness/harness-schema/<commit>/v0/pipeline.json`. */
export function harnessSchemaUrl(baseUrl?: string): string {
  const base = (baseUrl ?? process.env[HARNESS_SCHEMA_BASE_URL_ENV] ?? DEFAULT_HARNESS_SCHEMA_BASE_URL).replace(/\/+$/, '');
  return `${base}/${PINNED_HARNESS_SCHEMA.repository}/${PINNED_HARNESS_SCHEMA.commit}/${PINNED_HARNESS_SCHEMA.path}`;
}

/** The user cache file of the pinned schema (honours `$XDG_CACHE_HOME`). */
export function harnessSchemaCacheFile(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  const root = xdg !== undefined && xdg !== '' ? resolve(xdg) : join(homedir(), '.cache');
  return join(root, CACHE_FOLDER, 'harness-schema', PINNED_HARNESS_SCHEMA.commit, 'pipeline.json');
}

/** A place the schema is looked for. */
export interface HarnessSchemaCandidate {
  /** Absolute path. */
  readonly path: string;
  /** Where the path comes from: `$HARNESS_PIPELINE_SCHEMA` or `user cache`. */
  readonly origin: string;
}

/** The places the schema is looked for, in order (without the download). */
export function harnessSchemaCandidates(): HarnessSchemaCandidate[] {
  const candidates: HarnessSchemaCandidate[] = [];
  const fromEnv = process.env[HARNESS_PIPELINE_SCHEMA_ENV];
  if (fromEnv !== undefined && fromEnv !== '') candidates.push({ path: resolve(fromEnv), origin: `$${HARNESS_PIPELINE_SCHEMA_ENV}` });
  candidates.push({ path: harnessSchemaCacheFile(), origin: 'user cache' });
  return candidates;
}

const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();

/**
 * The schema file, without network: `$HARNESS_PIPELINE_SCHEMA` if set (a path that does not exist is an error, not
 * silently replaced by another schema), else the user cache. Throws a message that names both places and
 * how to fill them when neither is there, and when the cached file is not the pinned one.
 */
export function resolveHarnessSchemaPath(): string {
  const [first] = harnessSchemaCandidates();
  if (first.origin !== 'user cache') {
    if (isFile(first.path)) return first.path;
    throw new Error(harnessSchemaNotFound(first.path));
  }
  if (isFile(first.path)) {
    verifyCachedSchema(first.path);
    return first.path;
  }
  throw new Error(harnessSchemaNotFound());
}

const verified = new Set<string>();

/** Checks the cached file's SHA-256 against the pin (once per file version and module instance). */
export function verifyCachedSchema(file: string): void {
  const st = statSync(file);
  const key = `${file}|${st.size}|${st.mtimeMs}`;
  if (verified.has(key)) return;
  const actual = sha256Hex(tryRead(file) ?? '');
  if (actual !== PINNED_HARNESS_SCHEMA.sha256) {
    throw new Error(
      `Harness pipeline JSON schema: the cached file ${file} has SHA-256 ${actual}, not the pinned ${PINNED_HARNESS_SCHEMA.sha256}. ` +
        'Fix: run `npx cdktf-harness-idp schema fetch --force` to download it again, or delete the file',
    );
  }
  verified.add(key);
}

/**
 * The message for a schema that is not there: what was looked for, and what to do online and offline.
 * `missingExplicit`: the path `$HARNESS_PIPELINE_SCHEMA` names, if that is the problem.
 */
export function harnessSchemaNotFound(missingExplicit?: string): string {
  const cache = harnessSchemaCacheFile();
  const pin = PINNED_HARNESS_SCHEMA;
  if (missingExplicit !== undefined) {
    return [
      `Harness pipeline JSON schema not found: $${HARNESS_PIPELINE_SCHEMA_ENV} is set to '${missingExplicit}', which does not exist.`,
      `Fix: set ${HARNESS_PIPELINE_SCHEMA_ENV} to the path of pipeline.json (${pin.path} of ${pin.repository}), or unset it to use the`,
      `user cache (${cache}), which \`npx cdktf-harness-idp schema fetch\` fills.`,
    ].join('\n');
  }
  return [
    'Harness pipeline JSON schema not found. Looked for:',
    `  - $${HARNESS_PIPELINE_SCHEMA_ENV}: not set`,
    `  - ${cache} (user cache): missing`,
    harnessSchemaFix(),
  ].join('\n');
}

/** What to do when the pinned schema is not in the user cache: fetch it (from `url`) online, or copy it offline. */
export function harnessSchemaFix(url = harnessSchemaUrl()): string {
  const cache = harnessSchemaCacheFile();
  const pin = PINNED_HARNESS_SCHEMA;
  return [
    'Fix: run `npx cdktf-harness-idp schema fetch` once with internet access (it downloads',
    `${url}, checks its SHA-256 and caches it; the jest globalSetup`,
    `'cdktf-harness-idp/testing/jest-global-setup' does the same; for a mirror, set ${HARNESS_SCHEMA_BASE_URL_ENV}).`,
    `Offline: copy pipeline.json (${pin.path} of ${pin.repository} at commit ${pin.commit}, SHA-256 ${pin.sha256})`,
    `from a machine that has it to ${cache}, or set ${HARNESS_PIPELINE_SCHEMA_ENV} to its path.`,
  ].join('\n');
}
