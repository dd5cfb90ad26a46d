import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformPipeline } from '../../.gen/providers/harness/platform-pipeline';
import type { PlatformProject } from '../../.gen/providers/harness/platform-project';
import { fail } from '../core/errors';
import type { Pipeline, PipelineRender, PipelineScope } from '../pipeline/pipeline';
import { PipelineUrl, type PipelineUrlForPipelineOptions } from '../workflow/trigger-step';
import { PlatformDefaults } from './platform-defaults';
import { documentAgrees } from './private/document-agrees';
import { claimIdentity } from './private/identity-registry';
import { pipelineYamlScope } from './private/pipeline-scope';
import { declarePrerequisites } from './private/prerequisite-source';
import { pipelinePrerequisites } from '../pipeline/prerequisites';
import { invalidDocument, reportProblems, SynthSession } from './private/synth-session';
import { escapeTerraformString } from '../terraform/terraform-string';
import { terraformArgs } from '../terraform/terraform-args';
import { lazyText } from './private/lazy-text';

/** Props of a {@link HarnessPipeline}. */
export interface HarnessPipelineProps {
  /** The pipeline model. Steps added after construction still appear: the YAML is rendered at synth. */
  readonly pipeline: Pipeline;
  /**
   * The project (a `.gen` `PlatformProject`) the pipeline belongs to; sets both org and project, and
   * makes the pipeline depend on the project.
   * @default - `orgId`/`projectId`, or the model's own orgIdentifier/projectIdentifier
   */
  readonly project?: PlatformProject;
  /** Organization identifier. @default - from `project`, else the model's, else the enclosing platform defaults' */
  readonly orgId?: string;
  /** Project identifier. @default - from `project`, else the model's, else the enclosing platform defaults' */
  readonly projectId?: string;
  /** Provider to use. @default - the stack's default harness provider */
  readonly provider?: TerraformProvider;
}

/**
 * A Harness pipeline (`harness_platform_pipeline`) rendered from a {@link Pipeline} model.
 * The model's deferred rules run as construct validations at synth.
 */
export class HarnessPipeline extends Construct {
  /** The pipeline model. */
  public readonly pipeline: Pipeline;
  /** The `harness_platform_pipeline` resource. */
  public readonly resource: PlatformPipeline;
  /** The pipeline identifier (a literal). */
  public readonly pipelineId: string;
  /** The organization identifier (a literal or a Terraform reference). */
  public readonly orgId: string;
  /** The project identifier (a literal or a Terraform reference). */
  public readonly projectId: string;
  /** The org/project the YAML gets besides the model's own. */
  private readonly yamlScope: PipelineScope;

  constructor(scope: Construct, id: string, props: HarnessPipelineProps) {
    super(scope, id);
    const model = props.pipeline;
    if (props.project && (props.orgId !== undefined || props.projectId !== undefined)) {
      fail(
        this.node.path,
        'project',
        'both project and orgId/projectId are set',
        'pass either a project resource or literal orgId/projectId',
      );
    }
    const platform = PlatformDefaults.of(this);
    const orgId = props.project?.orgId ?? props.orgId ?? model.orgIdentifier ?? platform?.orgId;
    const projectId = props.project?.identifier ?? props.projectId ?? model.projectIdentifier ?? platform?.projectId;
    if (orgId === undefined || projectId === undefined) {
      fail(
        this.node.path,
        'projectId',
        'the pipeline has no organization/project',
        'pass project, or orgId and projectId, set them on the Pipeline model, or create the pipeline inside a HarnessPlatformStack',
      );
    }
    this.pipeline = model;
    this.pipelineId = model.identifier;
    this.orgId = orgId;
    this.projectId = projectId;
    this.yamlScope = pipelineYamlScope(this.node.path, model, orgId, projectId);

    claimIdentity(this, {
      kind: 'pipeline',
      orgId,
      projectId,
      projectResource: props.project,
      identifier: model.identifier,
      fix: "give one of them another identifier (a pattern's identifier prop, or the Pipeline's), or create it in another project",
    });
    reportProblems(this, (session) => {
      const result = this.rendered(session);
      return [...result.problems, ...documentAgrees(result.document?.pipeline, { identifier: model.identifier })];
    });
    declarePrerequisites(this, (session) => ({ orgId, projectId, references: pipelinePrerequisites(this.rendered(session).document) }));

    this.resource = new PlatformPipeline(
      this,
      'resource',
      terraformArgs({
        provider: props.provider,
        identifier: model.identifier,
        name: model.name,
        orgId,
        projectId,
        yaml: lazyText(() => this.lazyYaml()),
      }),
    );
  }

  /**
   * The pipeline's Pipeline Studio URL, the `url` an IDP workflow's trigger step takes (see docs/rules.md#pipeline-url), e.g.
   * `https://app.harness.io/ng/account/<acc>/module/idp/orgs/<org>/projects/<project>/pipelines/<id>/pipeline-studio/?storeType=INLINE`.
   * Account and base URL may be Terraform references.
   */
  public triggerUrl(options: Omit<PipelineUrlForPipelineOptions, 'orgId' | 'projectId'>): string {
    return PipelineUrl.forPipeline(this.pipeline, {
      ...options,
      orgId: this.yamlScope.orgIdentifier,
      projectId: this.yamlScope.projectIdentifier,
    }).toString();
  }

  /** The rendered pipeline YAML (unescaped). Renders at call time; throws {@link ValidationError} on problems. */
  public renderYaml(): string {
    return this.pipeline.toYaml(this.yamlScope);
  }

  private lazyYaml(): string {
    const result = this.rendered(SynthSession.of(this));
    return escapeTerraformString(result.problems.length === 0 && result.yaml !== undefined ? result.yaml : invalidDocument(this.node.path));
  }

  /** The pipeline rendered once per synthesis (problems reported, never thrown). */
  private rendered(session: SynthSession): PipelineRender {
    return session.cached(this, 'render', () => this.pipeline.render(this.yamlScope, session.render));
  }
}
