import { fail } from '../../../core/errors';
import { type Expression, isLiteralText } from '../../../core/expression';
import { requireText } from '../common/field-checks';

/** Git providers the IDP Git steps support (`connectorType`). */
export enum GitConnectorType {
  /** GitHub. */
  GITHUB = 'Github',
  /** GitLab. */
  GITLAB = 'Gitlab',
  /** Bitbucket. */
  BITBUCKET = 'Bitbucket',
  /** Azure Repos. */
  AZURE_REPO = 'AzureRepo',
  /** Harness Code Repository. */
  HARNESS = 'Harness',
}

/** The repository an IDP Git step (CreateRepo, DirectPush, RegisterCatalog) works on. */
export interface GitTarget {
  /** Git provider. @default - not set */
  readonly connectorType?: GitConnectorType;
  /** Git connector (HTTP auth; SSH is not supported by IDP steps), e.g. `account.github_org`. */
  readonly connectorRef: string;
  /** Organization (GitLab: the group path). @default - none (Harness Code / Azure use workspace/project) */
  readonly organization?: string | Expression;
  /** Repository name. */
  readonly repository: string | Expression;
  /** Azure DevOps / Bitbucket workspace. @default - none */
  readonly workspace?: string | Expression;
  /** Azure DevOps / Bitbucket project. @default - none */
  readonly project?: string | Expression;
}

/** The connector and organization/repository fields shared by the IDP Git steps, in schema order. */
export function renderGitTarget(t: GitTarget): Record<string, unknown> {
  return {
    connectorType: t.connectorType,
    connectorRef: t.connectorRef,
    organization: t.organization,
    repository: t.repository,
    workspace: t.workspace,
    project: t.project,
  };
}

/**
 * Checks the fields of a {@link GitTarget} every IDP Git step needs: a known connector type (schema casing),
 * the connector and the repository.
 * @param where the step, for messages
 */
export function checkGitTarget(t: GitTarget, where: string): void {
  if (t.connectorType !== undefined && !Object.values(GitConnectorType).includes(t.connectorType)) {
    fail(
      where,
      'spec.connectorType',
      `'${String(t.connectorType)}' is not a Git connector type`,
      `use one of ${Object.values(GitConnectorType).join(', ')} (GitConnectorType)`,
    );
  }
  requireText(t.connectorRef, where, 'spec.connectorRef', "pass the Git connector, e.g. 'account.github_org'");
  requireText(t.repository, where, 'spec.repository', 'pass the repository name');
  checkGitOrganization(t.organization, where, 'spec.organization');
}

/**
 * Throws if an organization (GitLab: group path) given as text holds whitespace, which no Git provider allows in
 * repository URLs (docs/rules.md#git-organization). The IDP Git steps check `organization` with it, and a pattern
 * that fixes the organization uses the same rule.
 */
export function checkGitOrganization(value: unknown, where: string, field: string): void {
  if (isLiteralText(value) && /\s/.test(value)) {
    fail(
      where,
      field,
      `'${value}' contains whitespace, so it is not a Git organization`,
      'pass the organization (GitLab: group path) as it appears in repository URLs',
    );
  }
}
