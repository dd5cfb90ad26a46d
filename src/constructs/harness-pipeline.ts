import { requireInstance } from '../core/arguments';
import { childId, constructProps } from './construct-args';
import type { RepositoryFile } from '@cdktf/provider-github/lib/repository-file';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformPipeline } from '../../.gen/providers/harness/platform-pipeline';
import type { PlatformProject } from '../../.gen/providers/harness/platform-project';
import { fail, ValidationError } from '../core/errors';
import { type PipelineDiagramOptions, pipelineDocumentDiagram } from '../diagram/pipeline-diagram';
import { Pipeline, type PipelineRender, type PipelineScope } from '../pipeline/pipeline';
import { PipelineUrl } from '../workflow/pipeline-url';
import type { PipelineUrlForPipelineOptions, RemotePipelineProps } from '../workflow/pipeline-url-props';
import { type GitLocation, type GitStorage, GitStorageMode } from './git-storage';
import { PlatformDefaults } from './platform-defaults';
import { registerDiagram, undrawnSection } from './private/diagram-registry';
import { documentAgrees } from './private/document-agrees';
import { placeInGit } from './private/git-file';
import { urlEncodedRemote } from './private/url-references';
import { claimIdentity } from './private/identity-registry';
import { pipelineYamlScope } from './private/pipeline-scope';
import { declarePrerequisites } from './private/prerequisite-source';
import { pipelinePrerequisites } from '../pipeline/prerequisites';
import { invalidDocument, reportProblems, SynthSession, terraformRenderContext } from './private/synth-session';
import { dependOnTemplates, templateUseProblems, templateUses } from './private/template-uses';
import { escapeTerraformString } from '../terraform/terraform-string';
import { terraformArgs } from '../terraform/terraform-args';
import { lazyText } from './private/lazy-text';
import { remoteGitDetails } from './private/remote-git-details';
import { withUserCreationStacks } from '../terraform/user-creation-stacks';

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
  /**
   * Keep the pipeline in Git (Harness Git Experience): `GitStorage.remote(...)` (Harness commits it) or
   * `GitStorage.gitOps(...)` (committed with the GitHub provider and imported). The trigger URL then names the
   * repository and branch.
   * @default - stored in Harness (inline)
   */
  readonly storage?: GitStorage;
  /** Provider to use. @default - the stack's default harness provider */
  readonly provider?: TerraformProvider;
  /** GitHub provider (`GitStorage.gitOps`). @default - the stack's default GitHub provider */
  readonly githubProvider?: TerraformProvider;
  /**
   * How `cdktf synth` draws the pipeline in `cdktf.out/stacks/<stack>/diagrams/<identifier>.md` (see {@link diagram}).
   * @default - stages and steps, without step-output links
   */
  readonly diagram?: PipelineDiagramOptions;
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
  /** Where the YAML is kept in Git, if it is (`storage`). */
  public readonly gitLocation?: GitLocation;
  /** The committed pipeline file (`GitStorage.gitOps` only). */
  public readonly repositoryFile?: RepositoryFile;
  /** The org/project the YAML gets besides the model's own. */
  private readonly yamlScope: PipelineScope;
  private readonly diagramOptions: PipelineDiagramOptions;

  /** Creates the `harness_platform_pipeline` of a pipeline model in `scope` (stored in Harness, or in Git with `storage`). */
  constructor(scope: Construct, id: string, props: HarnessPipelineProps) {
    super(scope, childId(scope, id, 'HarnessPipeline'));
    constructProps(this, props, '{ pipeline: new Pipeline({...}) }');
    const model = requireInstance(
      props.pipeline,
      Pipeline,
      'a Pipeline',
      this.node.path,
      'pipeline',
      'pass the pipeline model, new Pipeline({...})',
    );
    const { orgId, projectId } = this.scopeOf(props, model);
    this.pipeline = model;
    this.pipelineId = model.identifier;
    this.orgId = orgId;
    this.projectId = projectId;
    this.yamlScope = pipelineYamlScope(this.node.path, model, orgId, projectId);

    this.registerChecks(props, orgId, projectId);
    const git = placeInGit(this, props.storage, {
      defaultPath: defaultPipelinePath(model.identifier, orgId, projectId),
      content: () => this.lazyYaml(),
      commitMessage: `Update Harness pipeline ${model.identifier} (managed by cdktf)`,
      githubProvider: props.githubProvider,
    });
    this.gitLocation = git.location;
    this.repositoryFile = git.file;
    this.diagramOptions = props.diagram ?? {};
    registerDiagram(this, { key: model.identifier, rank: 1, section: (session) => this.diagramSection(session) });
    declarePrerequisites(this, (session) => ({ orgId, projectId, references: pipelinePrerequisites(this.rendered(session).document) }));
    this.resource = withUserCreationStacks(
      () =>
        new PlatformPipeline(
          this,
          'resource',
          terraformArgs({
            provider: props.provider,
            identifier: model.identifier,
            name: model.name,
            orgId,
            projectId,
            ...this.storageArgs(props.storage),
          }),
        ),
    );
    dependOnTemplates(this, this.resource, () => templateUses(model));
  }

  /** The pipeline's organization and project: from `project`, the props, the model or the enclosing stack. */
  private scopeOf(props: HarnessPipelineProps, model: Pipeline): { orgId: string; projectId: string } {
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
    return { orgId, projectId };
  }

  /** Repository, branch and connector of a pipeline stored in Git, as the IDP trigger URL names them. */
  public get remotePipeline(): RemotePipelineProps | undefined {
    const l = this.gitLocation;
    return l ? { connectorRef: l.connectorRef, repoName: l.repoName, branch: l.branch } : undefined;
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
      remote: urlEncodedRemote(agreeingRemote(this.node.path, 'remote', options.remote, this.remotePipeline)),
    }).toString();
  }

  /**
   * The rendered pipeline YAML (unescaped), as the synthesis writes it (a Terraform reference as a whole field through
   * `jsonencode()`). Renders at call time; throws {@link ValidationError} on problems.
   */
  public renderYaml(): string {
    return this.pipeline.toYaml(this.yamlScope, terraformRenderContext());
  }

  /**
   * The pipeline as a Mermaid flowchart in a Markdown section, as `cdktf synth` writes it to
   * `diagrams/<identifier>.md` (see `pipelineDiagram`). Renders at call time; throws {@link ValidationError} on problems.
   * @param options @default - the `diagram` prop
   */
  public diagram(options: PipelineDiagramOptions = this.diagramOptions): string {
    const result = this.pipeline.render(this.yamlScope);
    if (result.problems.length > 0 || result.document === undefined) throw new ValidationError(result.problems);
    return pipelineDocumentDiagram(result.document, options);
  }

  private diagramSection(session: SynthSession): string {
    const result = this.rendered(session);
    return result.problems.length === 0 && result.document !== undefined
      ? pipelineDocumentDiagram(result.document, this.diagramOptions)
      : undrawnSection('Pipeline', this.pipelineId, this.node.path);
  }

  private lazyYaml(): string {
    const result = this.rendered(SynthSession.of(this));
    return escapeTerraformString(result.problems.length === 0 && result.yaml !== undefined ? result.yaml : invalidDocument(this.node.path));
  }

  /** Claims the pipeline's identity and reports its problems (model, overrides, template uses) at synth. */
  private registerChecks(props: HarnessPipelineProps, orgId: string, projectId: string): void {
    const model = props.pipeline;
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
      const uses = templateUseProblems(templateUses(model), { orgId, projectId }, session.render);
      return [...result.problems, ...documentAgrees(result.document?.pipeline, { identifier: model.identifier }), ...uses];
    });
  }

  /** The resource arguments of the storage: the YAML inline, in Git through Harness, or imported from Git. */
  private storageArgs(storage: GitStorage | undefined): Record<string, unknown> {
    const yaml = lazyText(() => this.lazyYaml());
    const l = this.gitLocation;
    if (!storage || !l) return { yaml };
    if (storage.mode === GitStorageMode.REMOTE) return { yaml, gitDetails: remoteGitDetails(storage, l) };
    return {
      importFromGit: true,
      gitImportInfo: { connectorRef: l.connectorRef, repoName: l.repoName, branchName: l.branch, filePath: l.filePath },
      pipelineImportRequest: { pipelineName: this.pipeline.name },
      dependsOn: [this.repositoryFile!],
    };
  }

  /** The pipeline rendered once per synthesis (problems reported, never thrown). */
  private rendered(session: SynthSession): PipelineRender {
    return session.cached(this, 'render', () => this.pipeline.renderShared(this.yamlScope, session.render));
  }
}

/**
 * The default path of a pipeline stored in Git: `.harness/pipelines/<org>/<project>/<identifier>.yaml`, so the same
 * identifier in two projects gets two files.
 */
export function defaultPipelinePath(identifier: string, orgId: string, projectId: string): string {
  return `.harness/pipelines/${orgId}/${projectId}/${identifier}.yaml`;
}

/**
 * The remote location a trigger URL names: the one given, which must agree with the pipeline's storage, else the
 * storage's (docs/rules.md#pipeline-url-storage).
 */
export function agreeingRemote(
  where: string,
  field: string,
  given: RemotePipelineProps | undefined,
  stored: RemotePipelineProps | undefined,
): RemotePipelineProps | undefined {
  if (given === undefined || stored === undefined) return given ?? stored;
  for (const key of ['connectorRef', 'repoName', 'branch'] as const) {
    if (given[key] !== undefined && given[key] !== stored[key]) {
      fail(
        where,
        `${field}.${key}`,
        `'${given[key]}' differs from the pipeline's storage, which says '${stored[key]}'`,
        `leave ${field} out: the URL takes repository and branch from the pipeline's storage`,
      );
    }
  }
  return stored;
}
