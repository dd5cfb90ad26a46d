import { requireInstance } from '../core/arguments';
import { childId, constructProps } from './construct-args';
import { RepositoryFile } from '@cdktf/provider-github/lib/repository-file';
import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformIdpCatalogEntity, type PlatformIdpCatalogEntityConfig } from '../../.gen/providers/harness/platform-idp-catalog-entity';
import { fail, ValidationError } from '../core/errors';
import { IDENTIFIER_PATTERN } from '../core/identifier';
import { workflowDocumentOutline } from '../diagram/workflow-outline';
import { Workflow } from '../workflow/workflow';
import type { WorkflowRender } from '../workflow/workflow-props';
import { registerDiagram, undrawnSection } from './private/diagram-registry';
import { requireGithubProvider } from './private/github-provider-check';
import { orderGitWrite } from './private/gitops-commit-order';
import { documentAgrees } from './private/document-agrees';
import { declarePrerequisites } from './private/prerequisite-source';
import { workflowPrerequisites } from './private/workflow-prerequisites';
import { claimIdentity } from './private/identity-registry';
import { invalidDocument, reportProblems, SynthSession } from './private/synth-session';
import { escapeTerraformString } from '../terraform/terraform-string';
import { WorkflowFormat } from '../workflow/workflow-format';
import { type GitOpsRegistrationProps, WorkflowRegistration } from './workflow-registration';
import { terraformArgs } from '../terraform/terraform-args';
import { lazyText } from './private/lazy-text';
import { withUserCreationStacks } from '../terraform/user-creation-stacks';

/** Props of an {@link IdpWorkflow}. */
export interface IdpWorkflowProps {
  /** The workflow model. Its YAML is rendered at synth. */
  readonly workflow: Workflow;
  /** Inline catalog entity, or GitOps. @default WorkflowRegistration.inline() */
  readonly registration?: WorkflowRegistration;
  /** Resources the workflow must wait for, e.g. the pipeline it triggers. @default [] */
  readonly dependsOn?: readonly ITerraformDependable[];
  /** Harness provider. @default - the stack's default */
  readonly provider?: TerraformProvider;
  /** GitHub provider (GitOps mode). @default - the stack's default */
  readonly githubProvider?: TerraformProvider;
}

/**
 * Registers an IDP workflow in the catalog (`harness_platform_idp_catalog_entity`, kind `workflow`), inline
 * or through GitOps (`github_repository_file` + import from Git). The entity's scope matches the YAML's
 * `orgIdentifier`/`projectIdentifier`, as the provider requires.
 */
export class IdpWorkflow extends Construct {
  /** The workflow model. */
  public readonly workflow: Workflow;
  /** The catalog entity. */
  public readonly catalogEntity: PlatformIdpCatalogEntity;
  /** The committed workflow file (GitOps mode only). */
  public readonly repositoryFile?: RepositoryFile;
  /** The document format the registration uses. */
  private readonly format: WorkflowFormat;

  /** Registers a workflow model in IDP: an inline catalog entity, or YAML committed to Git and imported (GitOps registration). */
  constructor(scope: Construct, id: string, props: IdpWorkflowProps) {
    super(scope, childId(scope, id, 'IdpWorkflow'));
    constructProps(this, props, '{ workflow: new Workflow({...}) }');
    const wf = requireInstance(
      props.workflow,
      Workflow,
      'a Workflow',
      this.node.path,
      'workflow',
      'pass the workflow model, new Workflow({...})',
    );
    const registration = props.registration ?? WorkflowRegistration.inline();
    this.workflow = wf;
    this.format = registration.mode === 'inline' ? WorkflowFormat.IDP_2 : (registration.gitOpsProps?.format ?? WorkflowFormat.IDP_2);
    this.claimAndReport(registration);
    const dependsOn = [...(props.dependsOn ?? [])];

    if (registration.mode === 'inline') {
      this.catalogEntity = this.catalogEntityOf(props, {
        yaml: lazyText(() => this.lazyYaml()),
        dependsOn,
      });
      return;
    }

    const git = registration.gitOpsProps!;
    const branch = git.branch ?? 'main';
    const filePath = git.filePath ?? defaultWorkflowPath(wf);
    this.checkGitOps(git, branch, filePath);
    this.repositoryFile = this.commitFile(props, git, branch, filePath, dependsOn);
    this.catalogEntity = this.catalogEntityOf(props, {
      importFromGit: true,
      gitDetails: {
        storeType: 'REMOTE',
        connectorRef: git.connectorRef,
        repoName: git.repository,
        branchName: branch,
        filePath,
      },
      dependsOn: [this.repositoryFile],
    });
  }

  /**
   * Claims the workflow's identity, and hooks the workflow into the synthesis: its problems (and overrides that
   * contradict the entity), its diagram section and its prerequisites.
   */
  private claimAndReport(registration: WorkflowRegistration): void {
    const wf = this.workflow;
    claimIdentity(this, {
      kind: 'workflow',
      orgId: wf.orgIdentifier,
      projectId: wf.projectIdentifier,
      identifier: wf.identifier,
      fix: "give one of them another identifier (a pattern's identifier prop, or the workflow's), or register it in another project",
    });
    reportProblems(this, (session) => {
      const result = this.rendered(session);
      return [...result.problems, ...documentAgrees(result.document, this.expectedDocument())];
    });
    registerDiagram(this, { key: wf.identifier, rank: 0, section: (session) => this.diagramSection(session) });
    declarePrerequisites(this, () => ({
      orgId: wf.orgIdentifier,
      projectId: wf.projectIdentifier,
      references: workflowPrerequisites(wf, registration),
    }));
  }

  /** The catalog entity (kind `workflow`) in the workflow's scope, with its YAML inline or imported from Git. */
  private catalogEntityOf(
    props: IdpWorkflowProps,
    source: Pick<PlatformIdpCatalogEntityConfig, 'yaml' | 'importFromGit' | 'gitDetails' | 'dependsOn'>,
  ): PlatformIdpCatalogEntity {
    const wf = this.workflow;
    return withUserCreationStacks(
      () =>
        new PlatformIdpCatalogEntity(
          this,
          'entity',
          terraformArgs({
            provider: props.provider,
            identifier: wf.identifier,
            kind: Workflow.CATALOG_KIND,
            orgId: wf.orgIdentifier,
            projectId: wf.projectIdentifier,
            ...source,
          }),
        ),
    );
  }

  /** GitOps registration: one file per repository, branch and path; a format and identifier Harness can import. */
  private checkGitOps(git: GitOpsRegistrationProps, branch: string, filePath: string): void {
    const wf = this.workflow;
    claimIdentity(this, {
      kind: 'GitOps file',
      identifier: `${git.repository}@${branch}:${filePath}`,
      fix: 'give one of them another filePath or branch, or register it in another repository',
    });
    if (this.format === WorkflowFormat.BACKSTAGE && (wf.orgIdentifier || wf.projectIdentifier)) {
      fail(
        this.node.path,
        'registration.format',
        'an IDP 1.0 Backstage template has account scope only, but the workflow is org/project scoped',
        "use WorkflowFormat.IDP_2, or drop the workflow's org/project scope",
      );
    }
    if (!IDENTIFIER_PATTERN.test(wf.identifier)) {
      fail(
        this.node.path,
        'workflow.identifier',
        `'${wf.identifier}' holds '-'; Harness imports the template as a catalog entity, whose identifier cannot hold '-'`,
        `use the identifier '${wf.identifier.replace(/-/g, '_')}', ` +
          'or commit workflow.toBackstageYaml() yourself where IDP 1.0 registers templates',
      );
    }
  }

  /** The workflow file committed to Git (after the app's earlier writes to the same branch). */
  private commitFile(
    props: IdpWorkflowProps,
    git: GitOpsRegistrationProps,
    branch: string,
    filePath: string,
    dependsOn: ITerraformDependable[],
  ): RepositoryFile {
    const file = orderGitWrite(this, git.repository, branch, (previous) =>
      withUserCreationStacks(
        () =>
          new RepositoryFile(
            this,
            'file',
            terraformArgs({
              provider: props.githubProvider,
              repository: git.repository,
              branch,
              file: filePath,
              content: lazyText(() => this.lazyYaml()),
              commitMessage: git.commitMessage ?? `Update IDP workflow ${this.workflow.identifier} (managed by cdktf)`,
              overwriteOnCreate: true,
              dependsOn: previous ? [...dependsOn, previous] : dependsOn,
            }),
          ),
      ),
    );
    requireGithubProvider(this, file, 'registration', `${git.repository}@${branch}:${filePath}`);
    return file;
  }

  /**
   * The workflow as a form outline in a Markdown section (fields, the pipeline variables they feed, outputs, and a
   * Mermaid flowchart), as `cdktf synth` writes it to `diagrams/<identifier>.md` (see `workflowOutline`). Renders the
   * registration's format at call time; throws {@link ValidationError} on problems.
   */
  public diagram(): string {
    const result = this.workflow.render(this.format);
    if (result.problems.length > 0) throw new ValidationError(result.problems);
    return workflowDocumentOutline(result.document);
  }

  private diagramSection(session: SynthSession): string {
    const result = this.rendered(session);
    return result.problems.length === 0
      ? workflowDocumentOutline(result.document)
      : undrawnSection('Workflow', this.workflow.identifier, this.node.path);
  }

  /** The workflow rendered once per synthesis, in the registration's format (problems reported, never thrown). */
  private rendered(session: SynthSession): WorkflowRender {
    return session.cached(this, 'render', () => this.workflow.renderShared(this.format, session.render));
  }

  private lazyYaml(): string {
    const result = this.rendered(SynthSession.of(this));
    return escapeTerraformString(result.problems.length === 0 ? result.yaml : invalidDocument(this.node.path));
  }

  /** What the rendered document must still say after overrides: the catalog entity's kind, identifier and scope. */
  private expectedDocument(): Record<string, string | undefined> {
    const wf = this.workflow;
    if (this.format === WorkflowFormat.BACKSTAGE) return { kind: Workflow.BACKSTAGE_KIND };
    return { kind: Workflow.KIND, identifier: wf.identifier, orgIdentifier: wf.orgIdentifier, projectIdentifier: wf.projectIdentifier };
  }
}

/**
 * The default path of a workflow file: one folder per org and project, so the same workflow identifier in two
 * projects gets two files (`workflows/<org>/<project>/<identifier>.yaml`, `workflows/<org>/<identifier>.yaml` for
 * an org-scoped workflow, `workflows/<identifier>.yaml` for an account-scoped one).
 */
export function defaultWorkflowPath(wf: Workflow): string {
  return ['workflows', wf.orgIdentifier, wf.projectIdentifier, `${wf.identifier}.yaml`].filter((p) => p !== undefined).join('/');
}
