import type { WorkflowFormat } from '../workflow/workflow-format';
import { requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import { checkedProblems, withProblems } from '../core/value-problems';
import { checkBranch, checkFilePath, checkRepository } from './private/git-checks';

/** Props of {@link WorkflowRegistration.gitOps}. */
export interface GitOpsRegistrationProps {
  /** GitHub repository (name, without owner) of the platform team's GitOps repo. */
  readonly repository: string;
  /** Branch to commit to. @default 'main' */
  readonly branch?: string;
  /**
   * Path of the workflow file in the repository, relative, inside it.
   * @default 'workflows/<org>/<project>/<identifier>.yaml' (org and project left out for wider scopes)
   */
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
    const problems = checkedProblems('WorkflowRegistration.gitOps', () => checkGitOps(props));
    return withProblems(new WorkflowRegistration('gitops', problems.length === 0 ? props : undefined), problems);
  }

  private constructor(
    /** `inline` (catalog API) or `gitops` (committed file, imported from Git). */
    public readonly mode: 'inline' | 'gitops',
    /** The GitOps settings (GitOps mode only). */
    public readonly gitOpsProps?: GitOpsRegistrationProps,
  ) {}
}

/**
 * The rules of the GitOps props (docs/rules.md#gitops-registration). A problem does not throw from the factory: the
 * registration carries it to the construct that receives it (docs/rules.md#factory-value-problems).
 */
function checkGitOps(props: GitOpsRegistrationProps): void {
  const where = 'WorkflowRegistration.gitOps';
  requireProps(props, where, "WorkflowRegistration.gitOps({ repository: 'platform-gitops', connectorRef: 'account.github_gitops' })");
  checkRepository(props.repository, where);
  if (typeof props.connectorRef !== 'string' || props.connectorRef.trim() === '') {
    fail(
      where,
      'connectorRef',
      'no Git connector is given for the catalog import',
      "pass the Harness Git connector that can read the repository, e.g. 'account.github_gitops'",
    );
  }
  if (props.branch !== undefined) checkBranch(props.branch, where);
  if (props.filePath !== undefined) checkFilePath(props.filePath, where, 'workflows/payments/onboarding.yaml');
}
