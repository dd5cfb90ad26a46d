import { childId, constructProps } from '../construct-args';
import { dependable, type TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { failIn } from '../../core/errors';
import { isRepositoryPath } from '../../core/git-names';
import type { SecretRef } from '../../core/secret-ref';
import type { StageInfrastructure } from '../../pipeline/infrastructure';
import { type GitProvider, GitPushTrigger } from '../../pipeline/triggers/git-push-trigger';
import { Timeout } from '../../pipeline/timeout';
import { HarnessPipeline } from '../harness-pipeline';
import { HarnessTrigger } from '../harness-trigger';
import { IacmProvisioner, IacmWorkspace } from '../iacm-workspace';
import { buildInConstruct } from '../private/model-validation';
import { reportProblems } from '../private/synth-session';
import { deliveryProblems } from './delivery-checks';
import { type DeliverySteps, deliveryPipeline, type SynthSettings } from './delivery-pipeline';
import { withUserCreationStacks } from '../../terraform/user-creation-stacks';

/** The GitOps repository that holds the app (its `cdktf.json`, `main.ts` and stacks). */
export interface DeliveryRepository {
  /** Harness Git connector with API access (it reads the code and registers the push webhook), e.g. `account.github_gitops`. */
  readonly connectorRef: string;
  /** Repository name, as the connector addresses it, e.g. `platform-gitops`. */
  readonly name: string;
  /** The branch delivered. @default 'main' */
  readonly branch?: string;
  /** Git provider of the push webhook. @default GitProvider.GITHUB */
  readonly provider?: GitProvider;
  /** Folder of `cdktf.json` inside the repository. @default '.' (the repository root) */
  readonly appDirectory?: string;
}

/** One team stack that IaCM delivers. */
export interface DeliveredStack {
  /** The stack's id in the app (what `cdktf synth` and `HARNESS_IDP_STACK` name): letters, digits, `_` and `-`. */
  readonly stack: string;
  /**
   * The team's files, relative to the app directory: a push that changes one of them starts the stack's delivery.
   * Files, or folders ending in `/`. At least one.
   */
  readonly watch: readonly string[];
  /** Wait for an approval of the plan before `apply` (production stacks). @default false */
  readonly requireApproval?: boolean;
  /** Plain Terraform variables of this stack's workspace, over the delivery's. @default - none */
  readonly variables?: Readonly<Record<string, string>>;
  /** Secret Terraform variables of this stack's workspace (e.g. the team's own API key), over the delivery's. @default - none */
  readonly secrets?: Readonly<Record<string, SecretRef>>;
}

/** Props of an {@link IacmStackDelivery}. */
export interface IacmStackDeliveryProps {
  /** The repository of the app. */
  readonly repository: DeliveryRepository;
  /** OpenTofu or Terraform. @default IacmProvisioner.OPENTOFU */
  readonly provisioner?: IacmProvisioner;
  /** Version of the provisioner, e.g. `1.9.1`. */
  readonly provisionerVersion: string;
  /** The team stacks, each planned and applied by its own workspace and pipeline. At least one. */
  readonly stacks: readonly DeliveredStack[];
  /** Plain Terraform variables of every workspace, e.g. `{ harness_account_id: 'abc123' }`. @default - none */
  readonly variables?: Readonly<Record<string, string>>;
  /**
   * Secret Terraform variables of every workspace, e.g.
   * `{ harness_platform_api_key: SecretRef.fromIdentifier('account.idp_delivery_api_key') }`.
   * @default - none
   */
  readonly secrets?: Readonly<Record<string, SecretRef>>;
  /** Files every stack depends on (relative to the app directory): a change starts every stack's delivery. @default - none */
  readonly sharedPaths?: readonly string[];
  /**
   * Concurrent Terraform operations per run (`-parallelism`, through `TF_CLI_ARGS_plan`/`TF_CLI_ARGS_apply`), to keep
   * the calls of many parallel runs under the Harness API rate limits. 1 to 256.
   * @default - Terraform's default (10)
   */
  readonly parallelism?: number;
  /** Prefix of the workspace and pipeline identifiers: `<prefix><stack>`. @default 'idp_stack_' */
  readonly identifierPrefix?: string;
  /** How the pipelines synthesize a stack. @default - node:22, `npm ci`, `cdk.tf.json` */
  readonly synth?: SynthSettings;
  /** How long approvers have for a plan. @default Timeout.days(1) */
  readonly approvalTimeout?: Timeout | string;
  /** Where the IACM stages run. @default StageInfrastructure.cloud() */
  readonly infrastructure?: StageInfrastructure;
  /** Organization of the workspaces, pipelines and triggers. @default - the enclosing platform defaults' */
  readonly orgId?: string;
  /** Project (with IaCM) of the workspaces, pipelines and triggers. @default - the enclosing platform defaults' */
  readonly projectId?: string;
  /** Provider to use. @default - the stack's default harness provider */
  readonly provider?: TerraformProvider;
}

/** What the delivery creates for one stack. */
export interface StackDelivery {
  /** The stack id. */
  readonly stack: string;
  /** The stack's IaCM workspace (its own state). */
  readonly workspace: IacmWorkspace;
  /** The delivery pipeline. */
  readonly pipeline: HarnessPipeline;
  /** The steps of the pipeline. */
  readonly steps: DeliverySteps;
  /** The push trigger on the team's files. */
  readonly trigger: HarnessTrigger;
}

/** Stack ids the pipelines put into paths and environment variables: letters, digits, `_` and `-`. */
const STACK_ID = /^[A-Za-z0-9_-]+$/;
/** App directories the synth step can `cd` into without quoting trouble. */
const SHELL_SAFE_PATH = /^[A-Za-z0-9._/-]+$/;

/**
 * Team stacks applied on Harness' own engine. For each team stack of the app, in the platform stack: a Harness IaCM
 * workspace (`harness_platform_workspace`: provisioner and version, the GitOps repository and the folder of the
 * stack's synthesized output, its variables and secret references, its own state), a delivery pipeline (IACM stage:
 * synthesize only that stack, `init`, `plan`, an approval for production stacks, `apply`) and a push trigger on the
 * team's files. Each team's stack then plans and applies on its own, in parallel with the others, with its own state
 * and approvals. The team stacks keep their state in their workspace (`backend: StateBackend.harnessIacm()`).
 * @see https://developer.harness.io/docs/infra-as-code-management/workspaces/provision-workspace
 */
export class IacmStackDelivery extends Construct {
  /** What is created for each stack, in the order of `stacks`. */
  public readonly deliveries: readonly StackDelivery[];

  /** Creates the workspace, delivery pipeline and push trigger of each stack in `stacks`, in `scope`. */
  constructor(scope: Construct, id: string, props: IacmStackDeliveryProps) {
    super(scope, childId(scope, id, 'IacmStackDelivery'));
    constructProps(this, props, '{ stacks: [...], ... }');
    const settings = checkDelivery(props, this.node.path);
    this.deliveries = buildInConstruct(this.node.path, () => props.stacks.map((s, i) => this.deliver(s, i, props, settings)));
    const facts = this.deliveries.map((d, index) => {
      const { variables, secrets } = mergedVariables(props, props.stacks[index]);
      return { index, stack: d.stack, workspace: d.workspace.identifier, variables: Object.keys(variables), secrets: Object.keys(secrets) };
    });
    reportProblems(this, () => deliveryProblems(this, facts));
  }

  private deliver(s: DeliveredStack, index: number, props: IacmStackDeliveryProps, settings: DeliverySettings): StackDelivery {
    checkStack(s, index, this.node.path);
    const scope = new Construct(this, s.stack);
    const identifier = `${settings.prefix}${s.stack.replace(/-/g, '_')}`;
    const { variables, secrets } = mergedVariables(props, s);
    const parallelism = props.parallelism === undefined ? undefined : `-parallelism=${props.parallelism}`;
    const workspace = new IacmWorkspace(scope, 'workspace', {
      identifier,
      name: `Stack ${s.stack}`,
      description: `Team stack '${s.stack}', synthesized by its delivery pipeline from ${props.repository.name}.`,
      orgId: props.orgId,
      projectId: props.projectId,
      provisioner: settings.provisioner,
      provisionerVersion: props.provisionerVersion,
      repository: {
        connectorRef: props.repository.connectorRef,
        name: props.repository.name,
        branch: settings.branch,
        path: repoPath(settings.appDirectory, `cdktf.out/stacks/${s.stack}`),
      },
      variables,
      secrets,
      environmentVariables: parallelism ? { TF_CLI_ARGS_plan: parallelism, TF_CLI_ARGS_apply: parallelism } : undefined,
      tags: [`stack:${s.stack}`],
      provider: props.provider,
    });
    const built = deliveryPipeline({
      identifier: `${identifier}_delivery`,
      stack: s.stack,
      workspace: identifier,
      provisioner: settings.provisioner,
      appDirectory: settings.appDirectory,
      requireApproval: s.requireApproval ?? false,
      approvalTimeout: settings.approvalTimeout,
      synth: props.synth ?? {},
      infrastructure: props.infrastructure,
    });
    const pipeline = new HarnessPipeline(scope, 'pipeline', {
      pipeline: built.pipeline,
      orgId: workspace.orgId,
      projectId: workspace.projectId,
      provider: props.provider,
    });
    // The pipeline's IACM stage names the workspace: create the workspace first.
    pipeline.resource.dependsOn = [withUserCreationStacks(() => dependable(workspace.resource))];
    const trigger = this.pushTrigger(scope, s, pipeline, props, settings);
    return { stack: s.stack, workspace, pipeline, steps: built.steps, trigger };
  }

  /** The Git push trigger that runs the stack's delivery pipeline when its watched (or the shared) paths change. */
  private pushTrigger(
    scope: Construct,
    s: DeliveredStack,
    pipeline: HarnessPipeline,
    props: IacmStackDeliveryProps,
    settings: DeliverySettings,
  ): HarnessTrigger {
    return new HarnessTrigger(scope, 'trigger', {
      pipeline,
      provider: props.provider,
      trigger: new GitPushTrigger({
        identifier: 'on_change',
        name: `On change of ${s.stack}`,
        provider: props.repository.provider,
        connectorRef: props.repository.connectorRef,
        repoName: props.repository.name,
        branch: settings.branch,
        changedFiles: [...s.watch, ...(props.sharedPaths ?? [])].map((p) => repoPath(settings.appDirectory, p)),
        autoAbortPreviousExecutions: false,
      }),
    });
  }
}

/** The delivery's settings with their defaults, checked. */
interface DeliverySettings {
  readonly prefix: string;
  readonly branch: string;
  readonly appDirectory: string;
  readonly provisioner: IacmProvisioner;
  readonly approvalTimeout: Timeout;
}

/** The delivery's own props, with their defaults (docs/rules.md#iacm-delivery-settings). */
function checkDelivery(props: IacmStackDeliveryProps, where: string): DeliverySettings {
  if (!Array.isArray(props.stacks) || props.stacks.length === 0) {
    failIn(
      where,
      'stacks',
      'no stack is given',
      "list the team stacks to deliver, e.g. [{ stack: 'payments', watch: ['stacks/payments.ts'] }]",
    );
  }
  const ids = props.stacks.map((s) => s?.stack);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) failIn(where, 'stacks', `stack '${twice}' is listed twice`, 'list each stack once');
  const appDirectory = props.repository?.appDirectory ?? '.';
  if (appDirectory !== '.' && (!isRepositoryPath(appDirectory, true) || !SHELL_SAFE_PATH.test(appDirectory))) {
    failIn(
      where,
      'repository.appDirectory',
      `'${String(appDirectory)}' is not a folder inside the repository`,
      "use a relative path of letters, digits, '.', '_', '-' and '/', without '..', e.g. 'platform'",
    );
  }
  const p = props.parallelism;
  if (p !== undefined && (!Number.isInteger(p) || p < 1 || p > 256)) {
    failIn(where, 'parallelism', `${String(p)} is not a number of operations from 1 to 256`, 'pass a whole number such as 4');
  }
  const prefix = props.identifierPrefix ?? 'idp_stack_';
  return {
    prefix,
    branch: props.repository.branch ?? 'main',
    appDirectory: appDirectory.replace(/\/$/, ''),
    provisioner: props.provisioner ?? IacmProvisioner.OPENTOFU,
    approvalTimeout: props.approvalTimeout === undefined ? Timeout.days(1) : Timeout.of(props.approvalTimeout, `${where}: approvalTimeout`),
  };
}

function checkStack(s: DeliveredStack, index: number, where: string): void {
  if (typeof s?.stack !== 'string' || !STACK_ID.test(s.stack)) {
    failIn(where, `stacks[${index}].stack`, `'${String(s?.stack)}' is not a stack id`, "use the stack's id: letters, digits, _ and -");
  }
  if (!Array.isArray(s.watch) || s.watch.length === 0) {
    failIn(
      where,
      `stacks[${index}].watch`,
      `no file of stack '${s.stack}' is watched, so no push would deliver it`,
      "list the team's files, e.g. ['stacks/payments-team.ts']",
    );
  }
}

/** The workspace variables of a stack: the delivery's, with the stack's own over them (a name is plain or secret). */
function mergedVariables(
  props: IacmStackDeliveryProps,
  s: DeliveredStack,
): { variables: Record<string, string>; secrets: Record<string, SecretRef> } {
  const variables: Record<string, string> = { ...props.variables, ...s.variables };
  const secrets: Record<string, SecretRef> = { ...props.secrets, ...s.secrets };
  for (const key of Object.keys(s.secrets ?? {})) delete variables[key];
  for (const key of Object.keys(s.variables ?? {})) delete secrets[key];
  return { variables, secrets };
}

/** `path` inside the app directory, as a path from the repository root. */
function repoPath(appDirectory: string, path: string): string {
  return appDirectory === '.' ? path : `${appDirectory}/${path}`;
}
