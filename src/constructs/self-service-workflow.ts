import { requireInstance } from '../core/arguments';
import { childId, constructProps } from './construct-args';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { fail, failIn } from '../core/errors';
import type { Expression } from '../core/expression';
import { Pipeline } from '../pipeline/pipeline';
import { selfServiceForm, selfServiceTrigger } from '../workflow/self-service-definition';
import type { PipelineTrigger } from '../workflow/trigger-step';
import { PipelineUrl } from '../workflow/pipeline-url';
import type { RemotePipelineProps } from '../workflow/pipeline-url-props';
import type { TriggerAuth } from '../workflow/trigger-auth';
import type { Workflow } from '../workflow/workflow';
import type { WorkflowProps } from '../workflow/workflow-props';
import type { GitStorage } from './git-storage';
import { agreeingRemote, HarnessPipeline } from './harness-pipeline';
import { IdpWorkflow } from './idp-workflow';
import { PlatformDefaults } from './platform-defaults';
import { urlEncodedRemote } from './private/url-references';
import type { WorkflowRegistration } from './workflow-registration';

/** Where the workflow entity lives in the catalog. */
export enum WorkflowScope {
  /** Same org and project as the pipeline (IDP 2.0 `orgIdentifier` + `projectIdentifier`). */
  PROJECT = 'project',
  /** The pipeline's org (`orgIdentifier` only). */
  ORG = 'org',
  /** Account scope (no scope fields). */
  ACCOUNT = 'account',
}

/** The workflow form and output: everything but the trigger URL and the scope, which the construct wires. */
export interface SelfServiceWorkflowDefinition
  extends Omit<WorkflowProps, 'trigger' | 'orgIdentifier' | 'projectIdentifier' | 'identifier'> {
  /** Catalog identifier. @default the pipeline identifier */
  readonly identifier?: string;
  /** Name of the trigger step shown while the workflow runs. @default 'Run <pipeline name>' */
  readonly triggerName?: string;
  /** How the trigger step authenticates. @default TriggerAuth.userToken() */
  readonly auth?: TriggerAuth;
  /** Hide the pipeline URL from the workflow logs (trigger `hidePipelineURLLog`). @default - not set */
  readonly hidePipelineURLLog?: boolean;
  /**
   * Show the pipeline's output variables in the workflow (trigger `showOutputVariables`).
   * @default true when outputs read pipeline step outputs
   */
  readonly showOutputVariables?: boolean;
  /** Templated condition for the trigger step. @default - always */
  readonly if?: string | Expression;
  /** Fully qualified inputset keys (pipelines using templates, docs/rules.md#contract-template-keys). @default false */
  readonly fullyQualifiedKeys?: boolean;
  /**
   * Git location of the pipeline for the trigger URL (docs/rules.md#pipeline-url-remote). With `storage` the URL takes
   * it from there; a location given here must agree with it.
   * @default - the pipeline's `storage`, else an inline pipeline
   */
  readonly remotePipeline?: RemotePipelineProps;
}

/** Props of a {@link SelfServiceWorkflow}. */
export interface SelfServiceWorkflowProps {
  /** The pipeline model the workflow triggers. */
  readonly pipeline: Pipeline;
  /** The workflow form and output. */
  readonly workflow: SelfServiceWorkflowDefinition;
  /** Inline catalog entity, or GitOps. @default WorkflowRegistration.inline() */
  readonly registration?: WorkflowRegistration;
  /** Where the workflow entity lives in the catalog. @default WorkflowScope.PROJECT */
  readonly workflowScope?: WorkflowScope;
  /**
   * Organization of the pipeline (and of the workflow, unless account-scoped).
   * @default - the pipeline model's, else the enclosing HarnessPlatformStack's
   */
  readonly orgId?: string;
  /**
   * Project of the pipeline (and of a project-scoped workflow).
   * @default - the pipeline model's, else the enclosing HarnessPlatformStack's
   */
  readonly projectId?: string;
  /** Account identifier for the trigger URL. @default - the enclosing HarnessPlatformStack's accountId */
  readonly accountId?: string;
  /** Harness UI base URL for the trigger URL. @default - the enclosing HarnessPlatformStack's, else 'https://app.harness.io' */
  readonly uiBaseUrl?: string;
  /**
   * Keep the pipeline in Git (Harness Git Experience): `GitStorage.remote(...)` or `GitStorage.gitOps(...)`; the
   * trigger URL then names its repository and branch.
   * @default - stored in Harness (inline)
   */
  readonly storage?: GitStorage;
  /** Harness provider. @default - the stack's default Harness provider */
  readonly provider?: TerraformProvider;
  /** GitHub provider (GitOps registration, `GitStorage.gitOps`). @default - the stack's default GitHub provider */
  readonly githubProvider?: TerraformProvider;
}

/**
 * A pipeline and the IDP workflow that triggers it, wired together: one construct owns the {@link Pipeline}
 * model and the form, creates both resources, builds the trigger URL and `inputset` from the same inputs,
 * checks the workflow ↔ pipeline contract at synth, and makes the workflow depend on the pipeline.
 */
export class SelfServiceWorkflow extends Construct {
  /** The pipeline model (extend it before synth: add steps, overrides). */
  public readonly model: Pipeline;
  /** The workflow model. */
  public readonly form: Workflow;
  /** The pipeline resource construct. */
  public readonly pipeline: HarnessPipeline;
  /** The workflow registration construct. */
  public readonly workflow: IdpWorkflow;
  /** The trigger step (read pipeline step outputs with `trigger.output(ref)`). */
  public readonly trigger: PipelineTrigger;

  /**
   * Creates the pipeline and the workflow that triggers it; their contract (every runtime input fed) is checked when the app synthesizes.
   */
  constructor(scope: Construct, id: string, props: SelfServiceWorkflowProps) {
    super(scope, childId(scope, id, 'SelfServiceWorkflow'));
    constructProps(this, props, "{ pipeline, workflow: { identifier: 'greeter', type: 'service' } }");
    requireInstance(props.pipeline, Pipeline, 'a Pipeline', this.node.path, 'pipeline', 'pass the pipeline model, new Pipeline({...})');
    const { orgId, projectId, accountId, uiBaseUrl } = this.scopeOf(props);
    this.model = props.pipeline;
    this.pipeline = new HarnessPipeline(this, 'pipeline', {
      pipeline: props.pipeline,
      orgId,
      projectId,
      storage: props.storage,
      provider: props.provider,
      githubProvider: props.githubProvider,
    });

    const url = this.triggerUrl(props, accountId, orgId, projectId, uiBaseUrl);
    this.trigger = selfServiceTrigger(props.workflow, url, props.pipeline.name);
    this.form = this.formOf(props, orgId, projectId);
    this.workflow = new IdpWorkflow(this, 'workflow', {
      workflow: this.form,
      registration: props.registration,
      dependsOn: [this.pipeline.resource],
      provider: props.provider,
      githubProvider: props.githubProvider,
    });
  }

  /** The pipeline's organization, project and account: from the props, the pipeline model or the enclosing stack. */
  private scopeOf(props: SelfServiceWorkflowProps): { orgId: string; projectId: string; accountId: string; uiBaseUrl?: string } {
    const platform = PlatformDefaults.of(this);
    const orgId = props.orgId ?? props.pipeline.orgIdentifier ?? platform?.orgId;
    const projectId = props.projectId ?? props.pipeline.projectIdentifier ?? platform?.projectId;
    const accountId = props.accountId ?? platform?.accountId;
    if (orgId === undefined || projectId === undefined) {
      fail(
        this.node.path,
        'projectId',
        'no organization/project for the pipeline',
        'pass orgId and projectId, set them on the Pipeline, or create the workflow inside a HarnessPlatformStack',
      );
    }
    if (accountId === undefined) {
      fail(
        this.node.path,
        'accountId',
        'no account identifier for the trigger URL',
        'pass accountId, or create the workflow inside a HarnessPlatformStack',
      );
    }
    return { orgId, projectId, accountId, uiBaseUrl: platform?.uiBaseUrl };
  }

  /** The workflow model: the definition's form and outputs, in the workflow scope, with the trigger. */
  private formOf(props: SelfServiceWorkflowProps, orgId: string, projectId: string): Workflow {
    const scopeKind = props.workflowScope ?? WorkflowScope.PROJECT;
    const scope = {
      orgIdentifier: scopeKind === WorkflowScope.ACCOUNT ? undefined : orgId,
      projectIdentifier: scopeKind === WorkflowScope.PROJECT ? projectId : undefined,
    };
    return selfServiceForm(props.workflow, props.pipeline.identifier, scope, this.trigger);
  }

  /** The pipeline's URL for the trigger: its scope, and the Git location of its storage (docs/rules.md#pipeline-url-storage). */
  private triggerUrl(
    props: SelfServiceWorkflowProps,
    accountId: string,
    orgId: string,
    projectId: string,
    uiBaseUrl?: string,
  ): PipelineUrl {
    const remote = props.workflow.remotePipeline;
    if (remote !== undefined && props.storage === undefined) {
      failIn(
        this.node.path,
        'workflow.remotePipeline',
        'the trigger URL would say the pipeline is stored in Git (storeType=REMOTE), but this construct stores it in Harness (inline)',
        'set storage: GitStorage.remote({...}) or GitStorage.gitOps({...}), or leave remotePipeline out',
      );
    }
    return PipelineUrl.forPipeline(props.pipeline, {
      baseUrl: props.uiBaseUrl ?? uiBaseUrl,
      accountId,
      orgId: props.pipeline.orgIdentifier === undefined ? orgId : undefined,
      projectId: props.pipeline.projectIdentifier === undefined ? projectId : undefined,
      remote: urlEncodedRemote(agreeingRemote(this.node.path, 'workflow.remotePipeline', remote, this.pipeline.remotePipeline)),
    });
  }
}
