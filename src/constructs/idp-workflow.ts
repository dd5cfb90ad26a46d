import { RepositoryFile } from '@cdktf/provider-github/lib/repository-file';
import { type ITerraformDependable, Lazy, type TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformIdpCatalogEntity } from '../../.gen/providers/harness/platform-idp-catalog-entity';
import { fail } from '../core/errors';
import { Workflow, type WorkflowRender } from '../workflow/workflow';
import { orderGitWrite } from './private/gitops-commit-order';
import { invalidDocument, reportProblems, SynthSession } from './private/synth-session';
import { escapeTerraformString } from '../terraform/terraform-string';
import { WorkflowFormat } from '../workflow/workflow-format';
import { WorkflowRegistration } from './workflow-registration';

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

  constructor(scope: Construct, id: string, props: IdpWorkflowProps) {
    super(scope, id);
    const wf = props.workflow;
    const registration = props.registration ?? WorkflowRegistration.inline();
    this.workflow = wf;
    this.format = registration.mode === 'inline' ? WorkflowFormat.IDP_2 : (registration.gitOpsProps?.format ?? WorkflowFormat.IDP_2);
    reportProblems(this, (session) => this.rendered(session).problems);
    const dependsOn = [...(props.dependsOn ?? [])];
    const scopeArgs = { orgId: wf.orgIdentifier, projectId: wf.projectIdentifier };

    if (registration.mode === 'inline') {
      this.catalogEntity = new PlatformIdpCatalogEntity(this, 'entity', {
        provider: props.provider,
        identifier: wf.identifier,
        kind: Workflow.CATALOG_KIND,
        ...scopeArgs,
        yaml: Lazy.stringValue({ produce: () => this.lazyYaml() }),
        dependsOn,
      });
      return;
    }

    const git = registration.gitOpsProps!;
    const branch = git.branch ?? 'main';
    const filePath = git.filePath ?? `workflows/${wf.identifier}.yaml`;
    if (this.format === WorkflowFormat.BACKSTAGE && (wf.orgIdentifier || wf.projectIdentifier)) {
      fail(
        this.node.path,
        'registration.format',
        'an IDP 1.0 Backstage template has account scope only, but the workflow is org/project scoped',
        "use WorkflowFormat.IDP_2, or drop the workflow's org/project scope",
      );
    }
    this.repositoryFile = orderGitWrite(
      this,
      git.repository,
      branch,
      (previous) =>
        new RepositoryFile(this, 'file', {
          provider: props.githubProvider,
          repository: git.repository,
          branch,
          file: filePath,
          content: Lazy.stringValue({ produce: () => this.lazyYaml() }),
          commitMessage: git.commitMessage ?? `Update IDP workflow ${wf.identifier} (managed by cdktf)`,
          overwriteOnCreate: true,
          dependsOn: previous ? [...dependsOn, previous] : dependsOn,
        }),
    );
    this.catalogEntity = new PlatformIdpCatalogEntity(this, 'entity', {
      provider: props.provider,
      identifier: wf.identifier,
      kind: Workflow.CATALOG_KIND,
      ...scopeArgs,
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

  /** The workflow rendered once per synthesis, in the registration's format (problems reported, never thrown). */
  private rendered(session: SynthSession): WorkflowRender {
    return session.cached(this, 'render', () => this.workflow.render(this.format, session.render));
  }

  private lazyYaml(): string {
    const result = this.rendered(SynthSession.of(this));
    return escapeTerraformString(result.problems.length === 0 ? result.yaml : invalidDocument(this.node.path));
  }
}
