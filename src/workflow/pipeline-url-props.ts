import { requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import { SCOPED_IDENTIFIER_PATTERN, validateIdentifier } from '../core/identifier';
import { encodeUrlComponentText } from '../core/terraform-token';

/** Where the pipeline YAML is stored. */
export enum PipelineStoreType {
  /** Stored in Harness. */
  INLINE = 'INLINE',
  /** Stored in Git (Git Experience): the URL must carry `repoName` and `branch` (docs/rules.md#pipeline-url-remote). */
  REMOTE = 'REMOTE',
}

/** The Harness SaaS host. */
export const DEFAULT_HARNESS_BASE_URL = 'https://app.harness.io';

/** Account, org, project and pipeline of a pipeline URL. */
export interface PipelineUrlProps {
  /** Harness base URL (scheme and host, no `/ng`). @default 'https://app.harness.io' */
  readonly baseUrl?: string;
  /** Account identifier. */
  readonly accountId: string;
  /** Organization identifier. */
  readonly orgId: string;
  /** Project identifier. */
  readonly projectId: string;
  /** Pipeline identifier. */
  readonly pipelineId: string;
  /** Module segment of the URL. @default 'idp' */
  readonly module?: string;
}

/** Git location of a remote (Git Experience) pipeline. */
export interface RemotePipelineProps {
  /** Git connector of the pipeline, e.g. `account.github`. @default - none (Harness Code, or the pipeline's own) */
  readonly connectorRef?: string;
  /**
   * Repository holding the pipeline YAML. Percent-encoded in the URL; a Terraform reference is written as it is: the
   * constructs (also `triggerUrl`) wrap it in Terraform's `urlencode()`, so pass them the reference itself; with
   * `PipelineUrl` on its own, pass `Fn.urlencode(reference)`.
   */
  readonly repoName: string;
  /** Branch to run the pipeline from. */
  readonly branch: string;
}

/** Props of {@link PipelineUrl.remote}. */
export interface RemotePipelineUrlProps extends PipelineUrlProps, RemotePipelineProps {}

/** Options of {@link PipelineUrl.forPipeline}. */
export interface PipelineUrlForPipelineOptions {
  /** The Harness UI base URL. @default 'https://app.harness.io' */
  readonly baseUrl?: string;
  /** Account identifier. */
  readonly accountId: string;
  /** Organization of the pipeline. @default the pipeline's orgIdentifier */
  readonly orgId?: string;
  /** Project of the pipeline. @default the pipeline's projectIdentifier */
  readonly projectId?: string;
  /** The Harness module the URL opens the pipeline in. @default 'idp' */
  readonly module?: string;
  /** Git location, for a pipeline stored in Git. @default - an inline pipeline */
  readonly remote?: RemotePipelineProps;
}

/** Where the messages of a pipeline URL point. */
export const WHERE_URL = 'pipeline URL';
/** CDKTF string tokens (`${TfToken[...]}`) are resolved by Terraform: they are not checked here. */
export const TOKEN = /\$\{TfToken\[/;

/** The example of the props in messages. */
export const URL_EXAMPLE = "({ accountId: 'abc123', orgId: 'default', projectId: 'idp', pipelineId: 'onboarding' })";

/** The props of a PipelineUrl factory: an object (JavaScript callers). */
export function requireUrlProps<T>(props: T, factory: string, example: string): NonNullable<T> {
  return requireProps(props, `PipelineUrl.${factory}`, example.startsWith('(') ? `PipelineUrl.${factory}${example}` : example);
}

/** Checks base URL, account, scope, pipeline and module; returns the base URL (no trailing `/`) and the module. */
export function checkUrlProps(props: PipelineUrlProps): { readonly base: string; readonly module: string } {
  const base = (props.baseUrl ?? DEFAULT_HARNESS_BASE_URL).replace(/\/+$/, '');
  if (!TOKEN.test(base)) {
    if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(base)) {
      fail(WHERE_URL, 'baseUrl', `'${props.baseUrl}' is not a base URL`, `pass scheme and host, e.g. '${DEFAULT_HARNESS_BASE_URL}'`);
    }
    if (/\/ng$/.test(base))
      fail(WHERE_URL, 'baseUrl', `'${props.baseUrl}' ends with /ng, which the URL adds itself`, 'drop /ng from the base URL');
  }
  if (typeof props.accountId !== 'string' || (!TOKEN.test(props.accountId) && !/^[A-Za-z0-9_-]+$/.test(props.accountId))) {
    fail(
      WHERE_URL,
      'accountId',
      `'${props.accountId}' is not an account identifier`,
      'copy the account id from Account Settings > Overview',
    );
  }
  for (const f of ['orgId', 'projectId', 'pipelineId'] as const) {
    if (!TOKEN.test(String(props[f]))) validateIdentifier(props[f], WHERE_URL, f);
  }
  const module = props.module ?? 'idp';
  if (!/^[a-z][a-z-]*$/.test(module)) {
    fail(WHERE_URL, 'module', `'${module}' is not a module segment`, "use 'idp' (or 'idp-admin', 'cd', 'ci', ...)");
  }
  return { base, module };
}

/**
 * The Pipeline Studio URL text of checked props. Repository, branch and connector are percent-encoded; a Terraform
 * reference in the repository or branch is written as it is (the constructs wrap it in Terraform's `urlencode()`).
 */
export function studioUrlText(
  base: string,
  module: string,
  props: PipelineUrlProps,
  storeType: PipelineStoreType,
  remote?: RemotePipelineProps,
): string {
  const query = [`storeType=${storeType}`];
  if (remote?.connectorRef !== undefined) query.push(`connectorRef=${encodeUrlComponentText(remote.connectorRef)}`);
  if (remote) query.push(`repoName=${encodeUrlComponentText(remote.repoName)}`, `branch=${encodeUrlComponentText(remote.branch)}`);
  const scope = `orgs/${props.orgId}/projects/${props.projectId}/pipelines/${props.pipelineId}`;
  return `${base}/ng/account/${props.accountId}/module/${module}/${scope}/pipeline-studio/?${query.join('&')}`;
}

/** A pipeline stored in Git names its repository and branch (docs/rules.md#pipeline-url-remote). */
export function checkRemote(remote: RemotePipelineProps): void {
  for (const f of ['repoName', 'branch'] as const) {
    const v = remote[f];
    if (typeof v !== 'string' || v.trim() === '') {
      fail(
        WHERE_URL,
        f,
        `a pipeline stored in Git (storeType=REMOTE) needs ${f} in its URL, or the trigger cannot find the pipeline`,
        `pass ${f} (the repository and branch that hold the pipeline YAML)`,
      );
    }
    if (/\s/.test(v)) fail(WHERE_URL, f, `'${v}' contains whitespace`, `pass the exact ${f}`);
  }
  if (remote.connectorRef !== undefined && !SCOPED_IDENTIFIER_PATTERN.test(remote.connectorRef)) {
    fail(
      WHERE_URL,
      'connectorRef',
      `'${remote.connectorRef}' is not a connector reference`,
      "use e.g. 'account.github' or a project connector id",
    );
  }
}
