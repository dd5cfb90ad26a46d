import type { WorkflowFormat } from '../workflow/workflow-format';
import { fail } from '../core/errors';

/** Props of {@link WorkflowRegistration.gitOps}. */
export interface GitOpsRegistrationProps {
  /** GitHub repository (name, without owner) of the platform team's GitOps repo. */
  readonly repository: string;
  /** Branch to commit to. @default 'main' */
  readonly branch?: string;
  /** Path of the workflow file in the repository. @default 'workflows/<identifier>.yaml' */
  readonly filePath?: string;
  /** Harness Git connector that can read the repository (for the catalog import), e.g. `account.github_gitops`. */
  readonly connectorRef: string;
  /** Commit message. @default 'Update IDP workflow <identifier> (managed by cdktf)' */
  readonly commitMessage?: string;
  /** Document format of the file. @default WorkflowFormat.IDP_2 */
  readonly format?: WorkflowFormat;
}

/**
 * How a workflow reaches the IDP catalog: inline through the catalog API, or committed to a Git repo and
 * imported from there (GitOps).
 */
export class WorkflowRegistration {
  /** `harness_platform_idp_catalog_entity` with the IDP 2.0 YAML inline. */
  public static inline(): WorkflowRegistration {
    return new WorkflowRegistration('inline');
  }

  /**
   * The YAML is committed with `github_repository_file`, and the catalog entity imports it from Git
   * (`import_from_git` + `git_details`).
   */
  public static gitOps(props: GitOpsRegistrationProps): WorkflowRegistration {
    if (!/^[A-Za-z0-9_.-]+$/.test(props.repository)) {
      fail(
        'WorkflowRegistration.gitOps',
        'repository',
        `'${props.repository}' is not a GitHub repository name`,
        "give the repository name without owner or URL, e.g. 'platform-gitops'",
      );
    }
    if (typeof props.connectorRef !== 'string' || props.connectorRef.trim() === '') {
      fail(
        'WorkflowRegistration.gitOps',
        'connectorRef',
        'no Git connector is given for the catalog import',
        "pass the Harness Git connector that can read the repository, e.g. 'account.github_gitops'",
      );
    }
    if (props.filePath !== undefined && !/\.ya?ml$/.test(props.filePath)) {
      fail('WorkflowRegistration.gitOps', 'filePath', `'${props.filePath}' is not a YAML file path`, 'use a path ending in .yaml');
    }
    if (props.filePath?.startsWith('/')) {
      fail('WorkflowRegistration.gitOps', 'filePath', `'${props.filePath}' is absolute`, 'use a path relative to the repository root');
    }
    return new WorkflowRegistration('gitops', props);
  }

  private constructor(
    /** `inline` (catalog API) or `gitops` (committed file, imported from Git). */
    public readonly mode: 'inline' | 'gitops',
    /** The GitOps settings (GitOps mode only). */
    public readonly gitOpsProps?: GitOpsRegistrationProps,
  ) {}
}
