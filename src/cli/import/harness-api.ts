import { isRecord } from '../../importer/is-record';
import type { ImportSource } from '../../importer/project';

/** Options of {@link fetchFromHarness}. */
export interface HarnessFetchOptions {
  /** API base URL, e.g. `https://app.harness.io`. */
  readonly endpoint: string;
  /** The API key (`pat.<account>.…` or `sat.<account>.…`); never printed or stored. */
  readonly apiKey: string;
  /** Account identifier. @default - the one in the API key */
  readonly accountId?: string;
  readonly orgId: string;
  readonly projectId: string;
  /** Only this pipeline (and the workflows that trigger it). @default - every pipeline and workflow (`--all`) */
  readonly pipelineId?: string;
  /** Requests per minute at most (Harness allows 1,000 per key). @default 1000 */
  readonly requestsPerMinute?: number;
  /** `fetch` to use. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Waits (for the rate limit and `Retry-After`). @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock. @default Date.now */
  readonly now?: () => number;
}

/** Keeps requests within a per-minute budget: waits when the last minute already holds the budget. */
class RateLimiter {
  private readonly sent: number[] = [];

  constructor(
    private readonly perMinute: number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly now: () => number,
  ) {}

  public async take(): Promise<void> {
    for (;;) {
      const t = this.now();
      while (this.sent.length > 0 && this.sent[0] <= t - 60_000) this.sent.shift();
      if (this.sent.length < this.perMinute) {
        this.sent.push(t);
        return;
      }
      await this.sleep(this.sent[0] + 60_000 - t);
    }
  }
}

/** The account identifier in a Harness API key (`pat.<account>.<id>.<secret>`). */
export function accountOfKey(key: string): string | undefined {
  const m = /^(?:pat|sat)\.([A-Za-z0-9_-]+)\./.exec(key);
  return m?.[1];
}

/** A JSON client for the Harness API: `x-api-key`, the rate limit, retries on 429 with `Retry-After`. */
function client(o: HarnessFetchOptions): (method: string, path: string, body?: unknown) => Promise<unknown> {
  const doFetch = o.fetch ?? fetch;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const limiter = new RateLimiter(o.requestsPerMinute ?? 1000, sleep, o.now ?? Date.now);
  const account = o.accountId ?? accountOfKey(o.apiKey) ?? '';
  return async (method, path, body) => {
    for (let attempt = 0; ; attempt++) {
      await limiter.take();
      const res = await doFetch(`${o.endpoint.replace(/\/+$/, '')}${path}`, {
        method,
        headers: { 'x-api-key': o.apiKey, 'Harness-Account': account, 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (res.status === 429 && attempt < 3) {
        await sleep(Math.max(1, Number(res.headers.get('retry-after') ?? '1')) * 1000);
        continue;
      }
      if (!res.ok) throw new Error(`Harness API ${method} ${path.replace(/\?.*$/, '')} answered ${res.status}`);
      return res.json();
    }
  };
}

/**
 * Fetches pipeline YAML (`GET /pipeline/api/pipelines/{id}` → `data.yamlPipeline`, listed with
 * `POST /pipeline/api/pipelines/list`) and IDP 2.0 workflow YAML (`GET /v1/entities?kind=workflow` → `[].yaml`) of a
 * project. With `pipelineId`, only that pipeline and the workflows that trigger it.
 */
export async function fetchFromHarness(o: HarnessFetchOptions): Promise<ImportSource[]> {
  const call = client(o);
  const account = o.accountId ?? accountOfKey(o.apiKey) ?? '';
  const scope =
    `accountIdentifier=${encodeURIComponent(account)}&orgIdentifier=${encodeURIComponent(o.orgId)}` +
    `&projectIdentifier=${encodeURIComponent(o.projectId)}`;
  let ids: string[] = [];
  if (o.pipelineId !== undefined) ids = [o.pipelineId];
  else {
    for (let page = 0, pages = 1; page < pages; page++) {
      const r = await call('POST', `/pipeline/api/pipelines/list?${scope}&page=${page}&size=100`, { filterType: 'PipelineSetup' });
      const data = isRecord(r) && isRecord(r.data) ? r.data : {};
      pages = typeof data.totalPages === 'number' ? data.totalPages : 1;
      ids.push(...(Array.isArray(data.content) ? data.content : []).filter(isRecord).map((p) => String(p.identifier)));
    }
  }
  const sources: ImportSource[] = [];
  for (const id of ids) {
    const r = await call('GET', `/pipeline/api/pipelines/${encodeURIComponent(id)}?${scope}`);
    const yaml = isRecord(r) && isRecord(r.data) ? r.data.yamlPipeline : undefined;
    if (typeof yaml === 'string') sources.push({ name: `harness/${id}.pipeline.yaml`, text: yaml });
  }
  const entityScope = `orgIdentifier=${encodeURIComponent(o.orgId)}&projectIdentifier=${encodeURIComponent(o.projectId)}`;
  for (let page = 0; ; page++) {
    const r = await call('GET', `/v1/entities?kind=workflow&${entityScope}&page=${page}&limit=100`);
    const list = Array.isArray(r) ? r.filter(isRecord) : [];
    for (const e of list) {
      const yaml = e.yaml;
      if (typeof yaml !== 'string') continue;
      if (o.pipelineId !== undefined && !yaml.includes(`/pipelines/${o.pipelineId}/`)) continue;
      sources.push({ name: `harness/${String(e.identifier)}.workflow.yaml`, text: yaml });
    }
    if (list.length < 100) break;
  }
  return sources;
}
