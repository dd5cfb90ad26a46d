import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256Hex, tryRead, writeFileAtomic } from './schema-files';
import {
  HARNESS_PIPELINE_SCHEMA_ENV,
  harnessSchemaCacheFile,
  harnessSchemaFix,
  harnessSchemaNotFound,
  harnessSchemaUrl,
  PINNED_HARNESS_SCHEMA,
} from './schema-source';

/** Options of {@link fetchHarnessSchema} and {@link ensureHarnessSchema}. */
export interface HarnessSchemaFetchOptions {
  /**
   * Replaces `https://raw.githubusercontent.com` in the download URL.
   * @default - `$HARNESS_SCHEMA_BASE_URL`, else `https://raw.githubusercontent.com`
   */
  readonly baseUrl?: string;
  /** Download even if the user cache holds the pinned file. @default false */
  readonly force?: boolean;
  /** Give up a download after this many milliseconds. @default 60000 */
  readonly timeoutMillis?: number;
}

/** Where {@link ensureHarnessSchema} found the schema. */
export interface HarnessSchemaLocation {
  /** The schema file. */
  readonly path: string;
  /** `environment`: `$HARNESS_PIPELINE_SCHEMA`; `cache`: the user cache; `download`: downloaded now into the user cache. */
  readonly source: 'environment' | 'cache' | 'download';
}

/**
 * The pinned schema in the user cache: the cached file if it has the pinned SHA-256 (unless `force`), else downloads
 * it, checks its SHA-256 and writes it atomically (a file with another hash is never cached). What
 * `npx cdktf-harness-idp schema fetch` does; `$HARNESS_PIPELINE_SCHEMA` plays no part.
 */
export async function fetchHarnessSchema(options: HarnessSchemaFetchOptions = {}): Promise<HarnessSchemaLocation> {
  const file = harnessSchemaCacheFile();
  const cached = options.force ? undefined : tryRead(file);
  if (cached !== undefined && sha256Hex(cached) === PINNED_HARNESS_SCHEMA.sha256) return { path: file, source: 'cache' };
  const url = harnessSchemaUrl(options.baseUrl);
  const bytes = await download(url, options.timeoutMillis ?? 60_000);
  const actual = sha256Hex(bytes);
  if (actual !== PINNED_HARNESS_SCHEMA.sha256) {
    const pin = PINNED_HARNESS_SCHEMA;
    throw new Error(
      `Harness pipeline JSON schema: the file downloaded from ${url} has SHA-256 ${actual}, not the pinned ${pin.sha256}; ` +
        `it was not cached. Fix: make sure the URL serves ${pin.path} of ${pin.repository} at commit ${pin.commit} unchanged ` +
        `(check $HARNESS_SCHEMA_BASE_URL and proxies), or set ${HARNESS_PIPELINE_SCHEMA_ENV} to the path of a copy you trust`,
    );
  }
  writeFileAtomic(file, bytes);
  return { path: file, source: 'download' };
}

/**
 * The schema file, downloading it if needed: `$HARNESS_PIPELINE_SCHEMA` if set (which must exist), else
 * {@link fetchHarnessSchema}. A failed download throws the reason and what to do online and offline.
 */
export async function ensureHarnessSchema(options: HarnessSchemaFetchOptions = {}): Promise<HarnessSchemaLocation> {
  const explicit = process.env[HARNESS_PIPELINE_SCHEMA_ENV];
  if (explicit !== undefined && explicit !== '') {
    const path = resolve(explicit);
    if (existsSync(path) && statSync(path).isFile()) return { path, source: 'environment' };
    throw new Error(harnessSchemaNotFound(path));
  }
  return fetchHarnessSchema(options);
}

async function download(url: string, timeoutMillis: number): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMillis), redirect: 'follow' });
  } catch (e) {
    throw new Error(`Could not download ${url}: ${reason(e)}.\n${harnessSchemaFix(url)}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`Could not download ${url}: HTTP ${response.status} ${response.statusText}.\n${harnessSchemaFix(url)}`);
  }
  return Buffer.from(await response.arrayBuffer());
}

/** The innermost cause of a failed fetch (`ECONNREFUSED`, `ENOTFOUND`, a timeout), in one line. */
function reason(e: unknown): string {
  let err = e as { message?: string; code?: string; cause?: unknown; name?: string };
  while (err.cause !== undefined && err.cause !== null && typeof err.cause === 'object') err = err.cause as typeof err;
  if (err.name === 'TimeoutError') return 'timed out';
  const message = err.message ?? '';
  if (err.code !== undefined && !message.includes(err.code)) return `${err.code} ${message}`.trim();
  return message !== '' ? message : String(e);
}
