import { childId, constructProps } from '../../construct-args';
import { Construct } from 'constructs';
import type { Expression } from '../../../core/expression';
import type { Pipeline } from '../../../pipeline/pipeline';
import type { Stage } from '../../../pipeline/stage';
import type { FormPage } from '../../../workflow/form-page';
import type { TriggerAuth } from '../../../workflow/trigger-auth';
import { WorkflowInput } from '../../../workflow/workflow-input';
import type { WorkflowOutput } from '../../../workflow/workflow-output';
import { buildInConstruct } from '../../private/model-validation';
import { SelfServiceWorkflow, type WorkflowScope } from '../../self-service-workflow';
import type { WorkflowRegistration } from '../../workflow-registration';
import { type ApprovalGate, gatedPipeline } from './approval-gate';

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
  /** Where the workflow entity lives in the catalog. @default WorkflowScope.PROJECT */
  readonly workflowScope?: WorkflowScope;
  /** How the trigger authenticates. @default TriggerAuth.userToken() */
  readonly auth?: TriggerAuth;
  /** Organization of the pipeline and the workflow. @default - from the enclosing HarnessPlatformStack */
  readonly orgId?: string;
  /** Project of the pipeline and the workflow. @default - from the enclosing HarnessPlatformStack */
  readonly projectId?: string;
  /** Account identifier for the trigger URL. @default - from the enclosing HarnessPlatformStack */
  readonly accountId?: string;
}

/**
 * Props of a pattern that changes something that matters (Kubernetes day-2 operations, token rotation):
 * a human approval is required unless the platform team opts out by name.
 */
export interface GatedOperationProps extends SelfServicePatternProps {
  /**
   * Who approves the operation before it runs: `ApprovalGate.required({ userGroups: [...] })`, or the
   * explicit opt-out `ApprovalGate.skip({ reason })`. No default: the approval cannot be dropped silently.
   */
  readonly approval: ApprovalGate;
  /**
   * Message shown to the approvers.
   * @default the pattern's: what is about to happen, with the form values, then "Requested by <e-mail>."
   */
  readonly approvalMessage?: string | Expression;
}

/** The pattern's own defaults for the identity props. */
export interface PatternDefaults {
  /** Identifier of the pipeline and the workflow, e.g. `idp_k8s_scale`. */
  readonly identifier: string;
  /** Workflow display name. */
  readonly title: string;
  /** Pipeline name. */
  readonly pipelineName: string;
  /** Workflow description. */
  readonly description: string;
  /** Workflow `type`, e.g. 'service' or 'operations'. */
  readonly type: string;
  /** Workflow tags. @default - none */
  readonly tags?: readonly string[];
}

/** The pieces a pattern builds: the stages, the form pages and the outputs. */
export interface PatternParts {
  /** The pipeline's stages, in order. */
  readonly stages: readonly Stage[];
  /** The form pages; their workflow inputs are the pipeline's variables. */
  readonly pages: readonly FormPage[];
  /**
   * The pipeline variables, when the pipeline lists them in another order than the form.
   * @default the pages' workflow inputs, in page order
   */
  readonly variables?: readonly WorkflowInput[];
  /** The approval decision, recorded in the pipeline's tags (and description when skipped). @default - none */
  readonly approval?: ApprovalGate;
  /** Pipeline description. @default - none (a skipped approval's reason) */
  readonly description?: string;
  /** Workflow outputs. @default [WorkflowOutput.pipelineUrl()] */
  readonly outputs?: readonly WorkflowOutput[];
  /** Name of the trigger step. @default 'Run <pipeline name>' */
  readonly triggerName?: string;
  /** Hide the pipeline URL from the workflow logs (trigger `hidePipelineURLLog`). @default - not set */
  readonly hidePipelineURLLog?: boolean;
}

/**
 * Base of the seven self-service patterns: each builds its stages and form pages from its props, then
 * {@link register}s them: the base builds the pipeline (identifier, name, approval tags, variables = the form's
 * inputs) and wires it to the workflow as one {@link SelfServiceWorkflow}. The pipeline model and the workflow
 * are public, so a team can add steps or override fields without forking the pattern.
 */
export abstract class SelfServicePattern extends Construct {
  private registered?: SelfServiceWorkflow;

  /** Creates the pattern's scope; the subclass builds its inputs, steps and pipeline and registers them. */
  protected constructor(
    scope: Construct,
    id: string,
    /** The pattern's common props (owner, identifiers, registration), as the subclass passed them. */
    protected readonly patternProps: SelfServicePatternProps,
    /** The pattern's own defaults (identifier, name, description, tags) where the props leave them out. */
    protected readonly defaults: PatternDefaults,
  ) {
    super(scope, childId(scope, id, new.target.name));
    constructProps(this, patternProps, `{ approval: ApprovalGate.required({ userGroups: ['account.sre_approvers'] }) }`);
  }

  /** The pipeline and the workflow wired together. */
  public get selfService(): SelfServiceWorkflow {
    if (!this.registered) throw new Error(`${this.node.path}: the pattern has not registered its pipeline and workflow yet`);
    return this.registered;
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

  /**
   * Builds the pipeline and creates the pipeline + workflow. Call once, at the end of the subclass constructor.
   * Model errors about the identity props (identifier, title, owner, ...) name this construct's path.
   */
  protected register(parts: PatternParts): SelfServiceWorkflow {
    const p = this.patternProps;
    const d = this.defaults;
    this.registered = buildInConstruct(this.node.path, () => {
      const variables =
        parts.variables ?? parts.pages.flatMap((page) => page.inputs).filter((i): i is WorkflowInput => i instanceof WorkflowInput);
      const pipeline = gatedPipeline({
        identifier: this.identifier,
        name: this.pipelineName,
        gate: parts.approval,
        description: parts.description,
        variables,
      }).addStage(...parts.stages);
      return new SelfServiceWorkflow(this, 'Resource', {
        pipeline,
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
    });
    return this.registered;
  }
}
