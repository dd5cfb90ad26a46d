import { credentialIn, credentialProblem } from '../core/credentials';
import { requireInstance, requireProps, requireString } from '../core/arguments';
import { fail, ValidationError } from '../core/errors';
import { checkedProblems, locateValueProblems, rejectPropValueProblems, throwIfInvalid, withProblems } from '../core/value-problems';
import { type Expression, StepOutput } from '../core/expression';
import { SecretRef } from '../core/secret-ref';
import { SCOPED_IDENTIFIER_PATTERN, SECRET_IDENTIFIER_PATTERN, validateIdentifier } from '../core/identifier';
import { Pipeline } from '../pipeline/pipeline';
import type { PipelineVariable } from '../pipeline/variable';
import { FormField, type WorkflowParameter } from './form-field';
import type { WorkflowInput } from './workflow-input';
import { TriggerOutputExpression, USER_OUTPUT_PREFIX, WorkflowExpression } from './workflow-expression';
import { checkWebhook, TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION, type WebhookTriggerProps, webhookInput } from './webhook-trigger';

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
  /** Repository holding the pipeline YAML. */
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

const WHERE_URL = 'pipeline URL';
/** CDKTF string tokens (`${TfToken[...]}`) are resolved by Terraform: they are not checked here. */
const TOKEN = /\$\{TfToken\[/;

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
    const m = route.pathname.match(
      /^(.*?)\/ng\/account\/([^/]+)\/(?:module\/([^/]+)\/|(?:home|all)\/|(?!orgs\/)([a-z][a-z-]*)\/)?orgs\/([^/]+)\/projects\/([^/]+)\/pipelines\/([^/]+)/,
    );
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
    if (storeType === PipelineStoreType.REMOTE && remote) checkRemote(remote);
    this.accountId = props.accountId;
    this.orgId = props.orgId;
    this.projectId = props.projectId;
    this.pipelineId = props.pipelineId;
    this.storeType = storeType;
    this.pipeline = pipeline;
    const query = [`storeType=${storeType}`];
    if (remote?.connectorRef !== undefined) query.push(`connectorRef=${encodeURIComponent(remote.connectorRef)}`);
    if (remote) query.push(`repoName=${encodeURIComponent(remote.repoName)}`, `branch=${encodeURIComponent(remote.branch)}`);
    this.url =
      text ??
      `${base}/ng/account/${props.accountId}/module/${module}/orgs/${props.orgId}/projects/${props.projectId}/pipelines/${props.pipelineId}/pipeline-studio/?${query.join('&')}`;
  }

  /** The URL text. */
  public toString(): string {
    throwIfInvalid(this);
    return this.url;
  }
}

const URL_EXAMPLE = "({ accountId: 'abc123', orgId: 'default', projectId: 'idp', pipelineId: 'onboarding' })";

/** The props of a PipelineUrl factory: an object (JavaScript callers). */
function requireUrlProps<T>(props: T, factory: string, example: string): NonNullable<T> {
  return requireProps(props, `PipelineUrl.${factory}`, example.startsWith('(') ? `PipelineUrl.${factory}${example}` : example);
}

function checkRemote(remote: RemotePipelineProps): void {
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

/** How the trigger authenticates. */
export enum TriggerAuthMode {
  /** The executing user's session token (`apikey: ${{ parameters.token }}`). */
  USER_TOKEN = 'userToken',
  /** An API key stored in an account-level Harness secret (`apiKeySecret`). */
  API_KEY_SECRET = 'apiKeySecret',
}

/** Options of {@link TriggerAuth.userToken}. */
export interface UserTokenOptions {
  /**
   * The HarnessAuthToken field. If it is on no page, the workflow puts it first on page 1 (docs/rules.md#token-field-first-page).
   * @default FormField.authToken() (`token`)
   */
  readonly field?: FormField;
}

/** Authentication of the trigger step. */
export class TriggerAuth {
  /**
   * Session-token mode: the user's own token runs the pipeline (they need Execute on it). Adds the
   * documented `token` field (HarnessAuthToken) to page 1 unless the form already has it (docs/rules.md#token-field-first-page).
   */
  public static userToken(options: UserTokenOptions = {}): TriggerAuth {
    let field: FormField = FormField.authToken();
    const problems = checkedProblems('trigger auth', () => {
      const given: unknown = requireProps(options, 'TriggerAuth.userToken', 'TriggerAuth.userToken()').field ?? field;
      if (!(given instanceof FormField) || !given.schema.isAuthToken) {
        fail(
          'trigger auth',
          'field',
          `${describeValue(given)} is not a HarnessAuthToken field`,
          'pass FormField.authToken(), or leave field out',
        );
      }
      field = given;
    });
    return withProblems(new TriggerAuth(TriggerAuthMode.USER_TOKEN, field, undefined, options?.field !== undefined), problems);
  }

  /**
   * API-key mode: the identifier of an **account-scoped Harness Secret Manager** secret holding an API key
   * with Execute permission on the pipeline (docs/rules.md#trigger-api-key-secret). Pass `'my_key'`, `'account.my_key'` or
   * `SecretRef.fromIdentifier('account.my_key')`; org and project secrets are rejected. Renders the bare
   * identifier, as the docs show. A problem is carried to the workflow that receives the auth
   * (docs/rules.md#factory-value-problems).
   */
  public static apiKeySecret(secret: string | SecretRef): TriggerAuth {
    let id = '';
    const inherited = locateValueProblems(secret, 'trigger auth', 'apiKeySecret');
    const problems = inherited.length > 0 ? inherited : checkedProblems('trigger auth', () => (id = apiKeySecretId(secret)));
    return withProblems(new TriggerAuth(TriggerAuthMode.API_KEY_SECRET, undefined, id, false), problems);
  }

  private constructor(
    /** Whose credentials start the pipeline: the user's token or an API key secret. */
    public readonly mode: TriggerAuthMode,
    /** The HarnessAuthToken field (session-token mode). */
    public readonly tokenField: FormField | undefined,
    /** The bare secret identifier (API-key mode). */
    public readonly secretIdentifier: string | undefined,
    /** True if the token field was passed in (not the default `token`). */
    public readonly tokenFieldExplicit: boolean,
  ) {}
}

/** The bare identifier of the API-key secret, checked (docs/rules.md#trigger-api-key-secret). */
function apiKeySecretId(secret: string | SecretRef): string {
  const where = 'trigger auth';
  let id: string;
  if (secret instanceof SecretRef) {
    if (!secret.identifier.startsWith('account.')) {
      fail(
        where,
        'apiKeySecret',
        `secret '${secret.identifier}' is not account-scoped; the trigger reads only account-level secrets from the Harness Secret Manager`,
        `store the API key as an account secret and pass SecretRef.fromIdentifier('account.${secret.identifier.replace(/^org\./, '')}')`,
      );
    }
    id = secret.identifier.slice('account.'.length);
  } else if (typeof secret === 'string') {
    const credential = credentialIn(secret);
    if (credential !== undefined) {
      const { problem, fix } = credentialProblem(credential);
      fail(where, 'apiKeySecret', problem, fix.replace(' instead', ' (the identifier, not the value)'));
    }
    if (secret.includes('<+') || secret.includes('${{')) {
      fail(
        where,
        'apiKeySecret',
        `'${secret}' is an expression; apiKeySecret takes the identifier of the secret`,
        "pass the identifier, e.g. 'idp_trigger_key'",
      );
    }
    if (secret.includes('.') && !/^account\.[^.]*$/.test(secret)) {
      fail(
        where,
        'apiKeySecret',
        `secret '${secret}' is not account-scoped; the trigger reads only account-level secrets from the Harness Secret Manager`,
        "store the API key as an account secret and pass its identifier, e.g. 'idp_trigger_key' or 'account.idp_trigger_key'",
      );
    }
    id = secret.replace(/^account\./, '');
  } else {
    fail(
      where,
      'apiKeySecret',
      `${describeValue(secret)} is not a secret identifier`,
      "pass the identifier, e.g. 'idp_trigger_key', or SecretRef.fromIdentifier('account.idp_trigger_key')",
    );
  }
  if (!SECRET_IDENTIFIER_PATTERN.test(id)) {
    fail(where, 'apiKeySecret', `'${id}' is not a secret identifier`, "use the secret's identifier, e.g. 'idp_trigger_key'");
  }
  return id;
}

/** Props of a {@link PipelineTrigger}. */
export interface PipelineTriggerProps {
  /** Step id, read as `steps.<id>` in the output. @default 'trigger' */
  readonly id?: string;
  /** Step name shown while the workflow runs. */
  readonly name: string;
  /** The pipeline to run. */
  readonly url: PipelineUrl;
  /** Whose credentials start the pipeline. @default TriggerAuth.userToken() */
  readonly auth?: TriggerAuth;
  /** Hide the pipeline URL from the workflow logs. @default - not set (shown) */
  readonly hidePipelineURLLog?: boolean;
  /**
   * Expose pipeline output variables to the workflow output.
   * @default true when the output reads pipeline step outputs, else not set
   */
  readonly showOutputVariables?: boolean;
  /**
   * Run the step only when this templated condition holds, e.g.
   * `WorkflowExpr.equals(environment, 'production')` (`${{ parameters.environment == 'production' }}`).
   * @default - always
   */
  readonly if?: string | Expression;
  /**
   * Send `pipeline.variables.<name>` keys instead of `<name>`: required for pipelines that use templates
   * (docs/rules.md#contract-template-keys).
   * @default false
   */
  readonly fullyQualifiedKeys?: boolean;
  /**
   * Run the pipeline through one of its custom webhook triggers with a stored input set
   * (`trigger:trigger-pipeline-with-webhook`): the step sends no inputset (docs/rules.md#trigger-webhook).
   * @default - trigger:harness-custom-pipeline with an inputset
   */
  readonly webhook?: WebhookTriggerProps;
}

/** Typed outputs of the trigger step. */
export interface PipelineTriggerOutputs {
  /** Link to the pipeline execution (`${{ steps.<id>.output.PipelineUrl }}`). */
  readonly pipelineUrl: Expression;
}

/** The `trigger:harness-custom-pipeline` action. */
export const HARNESS_CUSTOM_PIPELINE_ACTION = 'trigger:harness-custom-pipeline';

/**
 * The workflow step that runs the pipeline (`trigger:harness-custom-pipeline`). Its `inputset` is derived
 * from the workflow inputs; outputs of pipeline steps are read back with {@link PipelineTrigger.output}.
 */
export class PipelineTrigger {
  /** The step id in the workflow (`steps.<id>`). */
  public readonly id: string;
  /** The step's display name. */
  public readonly name: string;
  /** The URL of the pipeline the step triggers. */
  public readonly url: PipelineUrl;
  /** Whose credentials start the pipeline. */
  public readonly auth: TriggerAuth;
  /** Expressions the workflow reads from the step (the execution URL, pipeline outputs). */
  public readonly outputs: PipelineTriggerOutputs;
  private readonly props: PipelineTriggerProps;

  /** Creates the trigger step; id, URL and authentication are checked at once. */
  constructor(props: PipelineTriggerProps) {
    this.id =
      requireProps(props, 'new PipelineTrigger', "new PipelineTrigger({ name: 'Run', url: PipelineUrl.forPipeline(...) })").id ?? 'trigger';
    const where = `trigger step '${this.id}'`;
    rejectPropValueProblems(props, where);
    if (!/^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/.test(this.id)) {
      fail(where, 'id', `'${this.id}' cannot be read as steps.${this.id}`, "use letters, digits and _ only, e.g. 'trigger'");
    }
    if (typeof props.name !== 'string' || props.name.trim() === '') {
      fail(where, 'name', 'the step has no name', 'give the step a name; it is shown while the workflow runs');
    }
    if (!(props.url instanceof PipelineUrl)) {
      fail(
        where,
        'input.url',
        `${describeValue(props.url)} is not a PipelineUrl`,
        'use PipelineUrl.inline(), .remote(), .forPipeline() or .fromString()',
      );
    }
    if (props.auth !== undefined && !(props.auth instanceof TriggerAuth)) {
      fail(
        where,
        'input.apikey',
        `${describeValue(props.auth)} is not a TriggerAuth`,
        'use TriggerAuth.userToken() or TriggerAuth.apiKeySecret()',
      );
    }
    this.name = props.name;
    this.url = props.url;
    this.auth = props.auth ?? TriggerAuth.userToken();
    if (props.webhook !== undefined) checkWebhook(where, props.webhook, props, this.auth.mode === TriggerAuthMode.API_KEY_SECRET);
    this.props = props;
    this.outputs = { pipelineUrl: new WorkflowExpression(`\${{ steps.${this.id}.output.PipelineUrl }}`) };
  }

  /** Whether inputset keys are fully qualified (`pipeline.variables.<name>`). */
  public get fullyQualifiedKeys(): boolean {
    return this.props.fullyQualifiedKeys === true;
  }

  /** The webhook the step runs the pipeline through, if it uses `trigger:trigger-pipeline-with-webhook`. */
  public get webhook(): WebhookTriggerProps | undefined {
    return this.props.webhook;
  }

  /** The action of the step. */
  public get action(): string {
    return this.props.webhook ? TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION : HARNESS_CUSTOM_PIPELINE_ACTION;
  }

  /** The explicit `showOutputVariables`, if set. */
  public get showOutputVariables(): boolean | undefined {
    return this.props.showOutputVariables;
  }

  /** The `if` condition, if any. */
  public get condition(): string | Expression | undefined {
    return this.props.if;
  }

  /** Where the step is, for messages. */
  public describe(): string {
    return `trigger step '${this.id}'`;
  }

  /**
   * Reads a pipeline step output in the workflow output:
   * `${{ steps.<id>.output['pipeline.stages.<s>.spec.execution.steps.<x>.output.outputVariables.<v>'] }}`.
   * Only user-defined output variables are exposed (docs/rules.md#workflow-outputs-user-defined).
   */
  public output(ref: StepOutput): Expression {
    checkUserOutput(this.describe(), ref);
    return new TriggerOutputExpression(this.id, ref, 'fqn');
  }

  /**
   * Reads a pipeline output variable by its bare name, `${{ steps.<id>.output.<name> }}` (as the docs'
   * examples do). The name must be unique among the pipeline's output variables; {@link output} is unambiguous.
   */
  public outputByName(ref: StepOutput): Expression {
    checkUserOutput(this.describe(), ref);
    return new TriggerOutputExpression(this.id, ref, 'short');
  }

  /** The inputset key of an input (a form input or a derived input). */
  public inputsetKey(input: PipelineVariable): string {
    return this.fullyQualifiedKeys ? `pipeline.variables.${input.name}` : input.name;
  }

  /**
   * @internal
   * The step object (values may still hold expressions; the workflow resolves them).
   */
  public toObject(context: TriggerRenderContext): Record<string, unknown> {
    if (this.props.webhook) {
      const apikey = (context.tokenField ?? this.auth.tokenField!).schema.parameterText();
      const step: Record<string, unknown> = { id: this.id, name: this.name, action: this.action };
      step.input = { url: this.url.url, ...webhookInput(this.props.webhook), apikey };
      if (this.props.if !== undefined) step.if = this.props.if;
      return step;
    }
    const input: Record<string, unknown> = {
      url: this.url.url,
      inputset: Object.fromEntries(
        (context.entries ?? context.inputs.map((i) => ({ variable: i, value: i.inputsetValue }))).map((e) => [
          this.inputsetKey(e.variable),
          e.value,
        ]),
      ),
    };
    if (this.auth.mode === TriggerAuthMode.USER_TOKEN) {
      input.apikey = (context.tokenField ?? this.auth.tokenField!).schema.parameterText();
    } else {
      input.apiKeySecret = this.auth.secretIdentifier;
    }
    if (this.props.hidePipelineURLLog !== undefined) input.hidePipelineURLLog = this.props.hidePipelineURLLog;
    const show = this.props.showOutputVariables ?? (context.readsStepOutputs ? true : undefined);
    if (show !== undefined) input.showOutputVariables = show;
    const step: Record<string, unknown> = { id: this.id, name: this.name, action: HARNESS_CUSTOM_PIPELINE_ACTION, input };
    if (this.props.if !== undefined) step.if = this.props.if;
    return step;
  }
}

/** What the workflow tells the trigger when it renders. */
export interface TriggerRenderContext {
  /** The workflow inputs, in form order; each becomes an inputset entry unless `entries` is given. */
  readonly inputs: readonly WorkflowInput[];
  /**
   * The inputset entries, in order: the variable each feeds and the Nunjucks text sent.
   * @default - one per input: `input.inputsetValue`
   */
  readonly entries?: readonly { readonly variable: PipelineVariable; readonly value: string }[];
  /** True if the workflow output reads pipeline step outputs (sets `showOutputVariables: true`). */
  readonly readsStepOutputs: boolean;
  /** The HarnessAuthToken field the form uses. @default the auth's field */
  readonly tokenField?: WorkflowParameter;
}

/** `showOutputVariables` exposes only user-defined output variables (docs/rules.md#workflow-outputs-user-defined). */
export function checkUserOutput(where: string, ref: StepOutput): void {
  if (!(ref instanceof StepOutput)) {
    fail(
      where,
      'output',
      `${describeValue(ref)} is not a step output`,
      "pass a typed output such as createRepo.outputs.repositoryUrl or run.outputVariable('x')",
    );
  }
  if (!ref.path.startsWith(USER_OUTPUT_PREFIX)) {
    fail(
      where,
      'output',
      `step output '${ref.path}' of ${ref.producer.describe()} is not a user-defined output variable; showOutputVariables exposes only output.outputVariables.*`,
      'copy the value into an output variable of a Run (or ShellScript) step, e.g. x="<+...>" with outputVariables: [x], and read that output',
    );
  }
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (v === null || v === undefined) return String(v);
  return (v as object).constructor?.name ?? typeof v;
}
