import { childId, constructProps } from './construct-args';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformWorkspace } from '../../.gen/providers/harness/platform-workspace';
import { credentialIn, credentialProblem } from '../core/credentials';
import { failIn } from '../core/errors';
import { isGitBranchName, isRepositoryPath } from '../core/git-names';
import { SCOPED_IDENTIFIER_PATTERN, validateIdentifier } from '../core/identifier';
import { SecretRef } from '../core/secret-ref';
import { terraformArgs } from '../terraform/terraform-args';
import { PlatformDefaults } from './platform-defaults';
import { claimIdentity } from './private/identity-registry';
import { withUserCreationStacks } from '../terraform/user-creation-stacks';

/** The tool an IaCM workspace runs (`provisioner_type`). */
export enum IacmProvisioner {
  /** OpenTofu (`tofu`); pipelines use `IACMOpenTofuPlugin` steps. */
  OPENTOFU = 'opentofu',
  /** Terraform (`terraform`); pipelines use `IACMTerraformPlugin` steps. */
  TERRAFORM = 'terraform',
}

/** Where a workspace's code lives. */
export interface IacmWorkspaceRepository {
  /** Harness Git connector that reads the repository, e.g. `account.github_gitops`. */
  readonly connectorRef: string;
  /** Repository name, as the connector addresses it, e.g. `platform-gitops`. */
  readonly name: string;
  /** Branch to fetch. */
  readonly branch: string;
  /** Folder of the Terraform configuration inside the repository, e.g. `cdktf.out/stacks/payments`. */
  readonly path: string;
}

/** Props of an {@link IacmWorkspace}. */
export interface IacmWorkspaceProps {
  /** Workspace identifier. */
  readonly identifier: string;
  /** Display name. @default the identifier */
  readonly name?: string;
  /** Description. @default - none */
  readonly description?: string;
  /** Organization. @default - the enclosing platform defaults' */
  readonly orgId?: string;
  /** Project (with IaCM enabled). @default - the enclosing platform defaults' */
  readonly projectId?: string;
  /** OpenTofu or Terraform. */
  readonly provisioner: IacmProvisioner;
  /** Version of the provisioner, e.g. `1.9.1`. */
  readonly provisionerVersion: string;
  /** Where the configuration is fetched from. */
  readonly repository: IacmWorkspaceRepository;
  /**
   * Terraform variables with plain values, e.g. `{ harness_account_id: 'abc123' }`. Never a credential.
   * @default - none
   */
  readonly variables?: Readonly<Record<string, string>>;
  /**
   * Terraform variables whose values are Harness secrets, e.g.
   * `{ harness_platform_api_key: SecretRef.fromIdentifier('account.idp_delivery_api_key') }`.
   * @default - none
   */
  readonly secrets?: Readonly<Record<string, SecretRef>>;
  /** Environment variables of the runs, e.g. `{ TF_CLI_ARGS_apply: '-parallelism=4' }`. @default - none */
  readonly environmentVariables?: Readonly<Record<string, string>>;
  /** Tags (`key:value` text). @default - none */
  readonly tags?: readonly string[];
  /** Provider to use. @default - the stack's default harness provider */
  readonly provider?: TerraformProvider;
}

/** Terraform variable names (and environment variable names): letters, digits, `_` and `-`, not starting with a digit. */
const VARIABLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Provisioner versions: `major.minor.patch`. */
const VERSION = /^\d+\.\d+\.\d+$/;

/**
 * A Harness IaCM workspace (`harness_platform_workspace`): a Terraform configuration in a Git repository, the
 * provisioner that runs it, its variables (plain values and secret references) and its own state, which Harness
 * keeps. Pipelines with an IACM stage plan and apply it.
 * @see https://developer.harness.io/docs/infra-as-code-management/workspaces/create-workspace
 */
export class IacmWorkspace extends Construct {
  /** The workspace identifier. */
  public readonly identifier: string;
  /** Organization of the workspace. */
  public readonly orgId: string;
  /** Project of the workspace. */
  public readonly projectId: string;
  /** The `harness_platform_workspace` resource. */
  public readonly resource: PlatformWorkspace;

  /** Creates the `harness_platform_workspace` in `scope`; its props are checked at once and a mistake throws a `ValidationError`. */
  constructor(scope: Construct, id: string, props: IacmWorkspaceProps) {
    super(scope, childId(scope, id, 'IacmWorkspace'));
    constructProps(this, props, "{ identifier: 'payments_network', ... }");
    const where = this.node.path;
    checkWorkspace(props, where);
    const platform = PlatformDefaults.of(this);
    const orgId = props.orgId ?? platform?.orgId;
    const projectId = props.projectId ?? platform?.projectId;
    if (orgId === undefined || projectId === undefined) {
      failIn(
        where,
        'projectId',
        'the workspace has no organization/project',
        'pass orgId and projectId, or create it inside a HarnessPlatformStack',
      );
    }
    this.identifier = props.identifier;
    this.orgId = orgId;
    this.projectId = projectId;
    claimIdentity(this, {
      kind: 'IaCM workspace',
      orgId,
      projectId,
      identifier: props.identifier,
      fix: 'give one of them another identifier, or create it in another project',
    });
    const vars = (values: Readonly<Record<string, string>>, valueType: string) =>
      Object.entries(values).map(([key, value]) => ({ key, value, valueType }));
    const secrets = Object.entries(props.secrets ?? {}).map(([key, ref]) => ({ key, value: ref.identifier, valueType: 'secret' }));
    const terraformVariable = [...vars(props.variables ?? {}, 'string'), ...secrets];
    const environmentVariable = vars(props.environmentVariables ?? {}, 'string');
    this.resource = withUserCreationStacks(
      () =>
        new PlatformWorkspace(
          this,
          'resource',
          terraformArgs({
            provider: props.provider,
            identifier: props.identifier,
            name: props.name ?? props.identifier,
            description: props.description,
            orgId,
            projectId,
            provisionerType: props.provisioner,
            provisionerVersion: props.provisionerVersion,
            repository: props.repository.name,
            repositoryBranch: props.repository.branch,
            repositoryConnector: props.repository.connectorRef,
            repositoryPath: props.repository.path,
            terraformVariable: terraformVariable.length > 0 ? terraformVariable : undefined,
            environmentVariable: environmentVariable.length > 0 ? environmentVariable : undefined,
            tags: props.tags ? [...props.tags] : undefined,
          }),
        ),
    );
  }
}

/** The workspace's own props (docs/rules.md#iacm-workspace-settings, docs/rules.md#iacm-workspace-variables). */
function checkWorkspace(props: IacmWorkspaceProps, where: string): void {
  validateIdentifier(props.identifier, where);
  if (!Object.values(IacmProvisioner).includes(props.provisioner)) {
    failIn(
      where,
      'provisioner',
      `'${String(props.provisioner)}' is not an IaCM provisioner`,
      'use IacmProvisioner.OPENTOFU or IacmProvisioner.TERRAFORM',
    );
  }
  if (typeof props.provisionerVersion !== 'string' || !VERSION.test(props.provisionerVersion)) {
    failIn(where, 'provisionerVersion', `'${String(props.provisionerVersion)}' is not a version`, "give the exact version, e.g. '1.9.1'");
  }
  const repo = props.repository;
  if (typeof repo?.connectorRef !== 'string' || !SCOPED_IDENTIFIER_PATTERN.test(repo.connectorRef)) {
    failIn(
      where,
      'repository.connectorRef',
      `'${String(repo?.connectorRef)}' is not a connector reference`,
      "give the Git connector, e.g. 'account.github_gitops'",
    );
  }
  if (typeof repo.name !== 'string' || repo.name.trim() === '' || /\s/.test(repo.name)) {
    failIn(
      where,
      'repository.name',
      `'${String(repo.name)}' is not a repository name`,
      "give the repository's name, e.g. 'platform-gitops'",
    );
  }
  if (!isGitBranchName(repo.branch)) {
    failIn(where, 'repository.branch', `'${String(repo.branch)}' is not a Git branch name`, "use a branch name such as 'main'");
  }
  if (!isRepositoryPath(repo.path)) {
    failIn(
      where,
      'repository.path',
      `'${String(repo.path)}' is not a folder inside the repository`,
      "use a relative path without '..', '.' or empty segments",
    );
  }
  checkVariables(props, where);
}

/** Variable names are Terraform names, a name is either plain or secret, and no plain value is a credential. */
function checkVariables(props: IacmWorkspaceProps, where: string): void {
  const groups = { variables: props.variables ?? {}, secrets: props.secrets ?? {}, environmentVariables: props.environmentVariables ?? {} };
  for (const [field, values] of Object.entries(groups)) {
    for (const [key, value] of Object.entries(values)) {
      if (!VARIABLE_KEY.test(key))
        failIn(where, `${field}.${key}`, 'is not a variable name', 'use letters, digits, _ and -, not starting with a digit');
      if (field === 'secrets') {
        if (!(value instanceof SecretRef)) {
          failIn(
            where,
            `secrets.${key}`,
            'a secret variable takes a secret reference',
            "pass SecretRef.fromIdentifier('account.<secret identifier>')",
          );
        }
        if (key in groups.variables) {
          failIn(where, `secrets.${key}`, 'is also a plain variable', `set '${key}' in variables or in secrets, not both`);
        }
      } else {
        if (typeof value !== 'string') failIn(where, `${field}.${key}`, `expects text, got ${typeof value}`, 'pass the value as a string');
        const credential = credentialIn(value, key);
        if (credential !== undefined) {
          const { problem, fix } = credentialProblem(credential);
          failIn(where, `${field}.${key}`, problem, fix.replace('instead', `in secrets.${key} instead`));
        }
      }
    }
  }
}
