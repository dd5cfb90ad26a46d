import { requireInstance, requireString } from '../core/arguments';
import { fail, ValidationError } from '../core/errors';
import { checkedProblems, throwIfInvalid, withProblems } from '../core/value-problems';
import { Pipeline } from '../pipeline/pipeline';
import {
  checkRemote,
  checkUrlProps,
  type PipelineUrlForPipelineOptions,
  type PipelineUrlProps,
  PipelineStoreType,
  type RemotePipelineProps,
  type RemotePipelineUrlProps,
  requireUrlProps,
  studioUrlText,
  URL_EXAMPLE,
  WHERE_URL,
} from './pipeline-url-props';

/**
 * The path of a pipeline URL copied from Harness: base path, account, then the module as `module/<m>/`, `home/`,
 * `all/`, a bare segment (`cd/`, `idp-admin/`) or none, then org, project and pipeline.
 */
const PIPELINE_PATH = new RegExp(
  [
    '^(.*?)/ng/account/([^/]+)/',
    '(?:module/([^/]+)/|(?:home|all)/|(?!orgs/)([a-z][a-z-]*)/)?',
    'orgs/([^/]+)/projects/([^/]+)/pipelines/([^/]+)',
  ].join(''),
);

/**
 * The `url` of the trigger step: the Pipeline Studio URL of the pipeline (docs/rules.md#pipeline-url),
 * `<base>/ng/account/<acc>/module/idp/orgs/<org>/projects/<project>/pipelines/<pipeline>/pipeline-studio/?storeType=INLINE`.
 */
export class PipelineUrl {
  /** A pipeline stored in Harness. */
  public static inline(props: PipelineUrlProps): PipelineUrl {
    return PipelineUrl.checked(() => new PipelineUrl(requireUrlProps(props, 'inline', URL_EXAMPLE), PipelineStoreType.INLINE));
  }

  /** A pipeline stored in Git: `?storeType=REMOTE&connectorRef=..&repoName=..&branch=..` (docs/rules.md#pipeline-url-remote). */
  public static remote(props: RemotePipelineUrlProps): PipelineUrl {
    const example = `PipelineUrl.remote({ ${URL_EXAMPLE.slice(2, -2)}, repoName: 'pipelines', branch: 'main' })`;
    return PipelineUrl.checked(() => new PipelineUrl(requireUrlProps(props, 'remote', example), PipelineStoreType.REMOTE, props));
  }

  /**
   * The URL of a pipeline model. The workflow then knows the pipeline and checks the workflow ↔ pipeline
   * contract when it renders.
   */
  public static forPipeline(pipeline: Pipeline, options: PipelineUrlForPipelineOptions): PipelineUrl {
    return PipelineUrl.checked(() => {
      requireInstance(pipeline, Pipeline, 'a Pipeline', WHERE_URL, 'pipeline', 'pass the Pipeline model the workflow runs');
      return PipelineUrl.urlOf(
        pipeline,
        requireUrlProps(options, 'forPipeline', "PipelineUrl.forPipeline(pipeline, { accountId: 'abc123' })"),
      );
    });
  }

  private static urlOf(pipeline: Pipeline, options: PipelineUrlForPipelineOptions): PipelineUrl {
    const orgId = options.orgId ?? pipeline.orgIdentifier;
    const projectId = options.projectId ?? pipeline.projectIdentifier;
    for (const [field, given, own] of [
      ['orgId', options.orgId, pipeline.orgIdentifier],
      ['projectId', options.projectId, pipeline.projectIdentifier],
    ] as const) {
      if (given !== undefined && own !== undefined && given !== own) {
        fail(WHERE_URL, field, `${field} '${given}' differs from the pipeline's '${own}'`, 'set the scope in one place');
      }
    }
    if (orgId === undefined || projectId === undefined) {
      fail(
        WHERE_URL,
        orgId === undefined ? 'orgId' : 'projectId',
        `${pipeline.describe()} has no organization/project`,
        'pass orgId and projectId, or set them on the Pipeline',
      );
    }
    const props = {
      baseUrl: options.baseUrl,
      accountId: options.accountId,
      orgId,
      projectId,
      pipelineId: pipeline.identifier,
      module: options.module,
    };
    return options.remote
      ? new PipelineUrl(props, PipelineStoreType.REMOTE, options.remote, pipeline)
      : new PipelineUrl(props, PipelineStoreType.INLINE, undefined, pipeline);
  }

  /**
   * A URL copied from Pipeline Studio. Remote pipelines (`storeType=REMOTE`, or a `repoName`/`branch`
   * parameter) must carry both `repoName` and `branch` (docs/rules.md#pipeline-url-remote).
   */
  public static fromString(url: string): PipelineUrl {
    return PipelineUrl.checked(() => PipelineUrl.parse(url));
  }

  /**
   * A factory's URL, or a URL that carries the problem its props have: the workflow or construct that receives it
   * reports the problem with its path (docs/rules.md#factory-value-problems).
   */
  private static checked(build: () => PipelineUrl): PipelineUrl {
    let url: PipelineUrl | undefined;
    const problems = checkedProblems(WHERE_URL, () => {
      url = build();
    });
    if (url !== undefined) return url;
    const invalid = { accountId: '', orgId: '', projectId: '', pipelineId: '', storeType: PipelineStoreType.INLINE, url: '' };
    return withProblems(Object.assign(Object.create(PipelineUrl.prototype) as PipelineUrl, invalid), problems);
  }

  /**
   * Parses a URL copied from Harness: `/ng/account/...` or the hash route `/ng/#/account/...`, with the module as
   * `module/<m>/`, a bare segment (`cd/`, `idp-admin/`) or none (docs/rules.md#pipeline-url).
   */
  private static parse(url: string): PipelineUrl {
    let parsed: URL;
    try {
      parsed = new URL(requireString(url, WHERE_URL, 'url', 'pass the URL as text'));
    } catch (e) {
      if (e instanceof ValidationError) throw e;
      fail(WHERE_URL, 'url', `'${url}' is not a URL`, 'copy the URL from Pipeline Studio, or use PipelineUrl.inline()');
    }
    const route = parsed.hash.startsWith('#/')
      ? new URL(`${parsed.pathname.replace(/\/+$/, '')}${parsed.hash.slice(1)}`, parsed.origin)
      : parsed;
    const m = route.pathname.match(PIPELINE_PATH);
    if (!m) {
      fail(
        WHERE_URL,
        'url',
        `'${url}' is not a pipeline URL (expected .../ng/account/<acc>/module/idp/orgs/<org>/projects/<project>/pipelines/<pipeline>/...)`,
        'copy the URL from Pipeline Studio, or use PipelineUrl.inline()',
      );
    }
    const q = route === parsed ? parsed.searchParams : new URLSearchParams([...parsed.searchParams, ...route.searchParams]);
    const store = q.get('storeType');
    const repoName = q.get('repoName') ?? undefined;
    const branch = q.get('branch') ?? undefined;
    const remote = store === PipelineStoreType.REMOTE || repoName !== undefined || branch !== undefined;
    if (remote) checkRemote({ repoName: repoName ?? '', branch: branch ?? '' });
    return new PipelineUrl(
      {
        baseUrl: `${parsed.protocol}//${parsed.host}${m[1]}`,
        accountId: m[2],
        module: m[3] ?? m[4],
        orgId: m[5],
        projectId: m[6],
        pipelineId: m[7],
      },
      remote ? PipelineStoreType.REMOTE : PipelineStoreType.INLINE,
      undefined,
      undefined,
      url,
    );
  }

  /** The Harness account. */
  public readonly accountId: string;
  /** The organization of the pipeline. */
  public readonly orgId: string;
  /** The project of the pipeline. */
  public readonly projectId: string;
  /** The pipeline identifier. */
  public readonly pipelineId: string;
  /** Where the pipeline is stored: in Harness (INLINE) or in Git (REMOTE). */
  public readonly storeType: PipelineStoreType;
  /** The pipeline model, when built with {@link PipelineUrl.forPipeline}. */
  public readonly pipeline?: Pipeline;
  /** The URL text. */
  public readonly url: string;

  private constructor(
    props: PipelineUrlProps,
    storeType: PipelineStoreType,
    remote?: RemotePipelineProps,
    pipeline?: Pipeline,
    text?: string,
  ) {
    const { base, module } = checkUrlProps(props);
    if (storeType === PipelineStoreType.REMOTE && remote) checkRemote(remote);
    this.accountId = props.accountId;
    this.orgId = props.orgId;
    this.projectId = props.projectId;
    this.pipelineId = props.pipelineId;
    this.storeType = storeType;
    this.pipeline = pipeline;
    this.url = text ?? studioUrlText(base, module, props, storeType, remote);
  }

  /** The URL text. */
  public toString(): string {
    throwIfInvalid(this);
    return this.url;
  }
}
