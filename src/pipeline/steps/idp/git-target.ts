import { Expression } from '../../expression';

/** Git providers the IDP Git steps support (`connectorType`). */
export enum GitConnectorType {
  GITHUB = 'Github',
  GITLAB = 'Gitlab',
  BITBUCKET = 'Bitbucket',
  AZURE_REPO = 'AzureRepo',
  HARNESS = 'Harness',
}

/** The repository an IDP Git step (CreateRepo, DirectPush, RegisterCatalog) works on. */
export interface GitTarget {
  /** Git provider. @default GitConnectorType.GITHUB */
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
    connectorType: t.connectorType ?? GitConnectorType.GITHUB,
    connectorRef: t.connectorRef,
    organization: t.organization,
    repository: t.repository,
    workspace: t.workspace,
    project: t.project,
  };
}
