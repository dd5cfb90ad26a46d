import { Construct } from 'constructs';
import { Pipeline } from '../../pipeline/pipeline';
import { FormPage } from '../../workflow/form-page';
import { TriggerAuth } from '../../workflow/trigger-step';
import { WorkflowOutput } from '../../workflow/workflow-output';
import { SelfServiceWorkflow, WorkflowScope } from '../self-service-workflow';
import { WorkflowRegistration } from '../workflow-registration';

/** What every self-service pattern lets a platform team decide. */
export interface SelfServicePatternProps {
  /** Identifier of both the pipeline and the workflow. @default the pattern's (e.g. 'idp_k8s_scale') */
  readonly identifier?: string;
  /** Workflow display name. @default the pattern's (e.g. 'Scale a Kubernetes workload') */
  readonly title?: string;
  /** Pipeline name. @default the pattern's (e.g. 'IDP K8s Scale') */
  readonly pipelineName?: string;
  /** Workflow description. @default the pattern's */
  readonly description?: string;
  /** Workflow owner, `group:account/<id>` or `user:account/<id>`. @default - none (strongly recommended) */
  readonly owner?: string;
  /** Workflow tags. @default the pattern's */
  readonly tags?: readonly string[];
  /** Workflow lifecycle, e.g. 'production'. @default - none */
  readonly lifecycle?: string;
  /** Inline catalog entity or GitOps. @default WorkflowRegistration.inline() */
  readonly registration?: WorkflowRegistration;
  /** @default WorkflowScope.PROJECT */
  readonly workflowScope?: WorkflowScope;
  /** How the trigger authenticates. @default TriggerAuth.userToken() */
  readonly auth?: TriggerAuth;
  /** @default - from the enclosing HarnessPlatformStack */
  readonly orgId?: string;
  /** @default - from the enclosing HarnessPlatformStack */
  readonly projectId?: string;
  /** @default - from the enclosing HarnessPlatformStack */
  readonly accountId?: string;
}

/** The pattern's own defaults for the identity props. */
export interface PatternDefaults {
  readonly identifier: string;
  readonly title: string;
  readonly pipelineName: string;
  readonly description: string;
  /** Workflow `type`, e.g. 'service' or 'operations'. */
  readonly type: string;
  readonly tags?: readonly string[];
}

/** The pieces a pattern builds: the pipeline, the form pages and the outputs. */
export interface PatternParts {
  readonly pipeline: Pipeline;
  readonly pages: readonly FormPage[];
  /** @default [WorkflowOutput.pipelineUrl()] */
  readonly outputs?: readonly WorkflowOutput[];
  /** Name of the trigger step. @default 'Run <pipeline name>' */
  readonly triggerName?: string;
  /** Hide the pipeline URL from the workflow logs (trigger `hidePipelineURLLog`). @default - not set */
  readonly hidePipelineURLLog?: boolean;
}

/**
 * Base of the seven self-service patterns: each builds a {@link Pipeline} and form pages from its props,
 * then {@link register}s them as one {@link SelfServiceWorkflow}. The pipeline model and the workflow are
 * public, so a team can add steps or override fields without forking the pattern.
 */
export abstract class SelfServicePattern extends Construct {
  /** The pipeline and the workflow wired together. */
  public selfService!: SelfServiceWorkflow;

  protected constructor(scope: Construct, id: string, protected readonly patternProps: SelfServicePatternProps, protected readonly defaults: PatternDefaults) {
    super(scope, id);
  }

  /** The pipeline model (add steps, `addOverride`, ... before synth). */
  public get pipeline(): Pipeline {
    return this.selfService.model;
  }

  /** The identifier of the pipeline and the workflow. */
  protected get identifier(): string {
    return this.patternProps.identifier ?? this.defaults.identifier;
  }

  /** The pipeline name. */
  protected get pipelineName(): string {
    return this.patternProps.pipelineName ?? this.defaults.pipelineName;
  }

  /** Creates the pipeline + workflow. Call once, at the end of the subclass constructor. */
  protected register(parts: PatternParts): SelfServiceWorkflow {
    const p = this.patternProps;
    const d = this.defaults;
    this.selfService = new SelfServiceWorkflow(this, 'Resource', {
      pipeline: parts.pipeline,
      registration: p.registration,
      workflowScope: p.workflowScope,
      orgId: p.orgId,
      projectId: p.projectId,
      accountId: p.accountId,
      workflow: {
        identifier: this.identifier,
        name: p.title ?? d.title,
        type: d.type,
        owner: p.owner,
        description: p.description ?? d.description,
        tags: p.tags ?? d.tags,
        lifecycle: p.lifecycle,
        pages: parts.pages,
        outputs: parts.outputs,
        auth: p.auth,
        triggerName: parts.triggerName,
        hidePipelineURLLog: parts.hidePipelineURLLog,
      },
    });
    return this.selfService;
  }
}
