import { describeValue } from '../core/arguments';

import { childId, constructProps } from '../constructs/construct-args';
import { GithubProvider } from '@cdktf/provider-github/lib/provider';
import { TerraformBackend, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct, type IConstruct } from 'constructs';
import { HarnessProvider } from '../../.gen/providers/harness/provider';
import { PlatformDefaults } from '../constructs/platform-defaults';
import type { PrerequisiteDataSources, PrerequisiteLookups } from '../constructs/prerequisite-lookups';
import { stackToHcl } from '../terraform/hcl-export';
import { fail } from '../core/errors';
import { validateIdentifier } from '../core/identifier';
import { terraformArgs } from '../terraform/terraform-args';
import { StateBackend, type StateBackendFactory } from './state-backend';
import { withUserCreationStacks } from '../terraform/user-creation-stacks';

/** Where a credential comes from. Never a literal in code. */
export enum CredentialSource {
  /** A sensitive Terraform variable (`TF_VAR_<name>` or a `.tfvars` file outside Git). */
  TERRAFORM_VARIABLE = 'variable',
  /** The provider's own environment variable (`HARNESS_PLATFORM_API_KEY`, `GITHUB_TOKEN`). */
  ENVIRONMENT = 'environment',
}

/** GitHub provider settings, for workflows registered through GitOps. */
export interface GithubSettings {
  /** Organization or user that owns the GitOps repository. */
  readonly owner: string;
  /**
   * Where the GitHub token comes from.
   * @default CredentialSource.TERRAFORM_VARIABLE (sensitive variable `github_token`)
   */
  readonly token?: CredentialSource;
}

/** Props of a {@link HarnessPlatformStack}. */
export interface HarnessPlatformStackProps {
  /** Harness organization the stack's pipelines and workflows belong to. */
  readonly orgId: string;
  /** Harness project the stack's pipelines and workflows belong to. */
  readonly projectId: string;
  /**
   * Harness account identifier. Not a secret; it appears in workflow trigger URLs.
   * @default - the Terraform variable `harness_account_id`
   */
  readonly accountId?: string;
  /** Harness API gateway. @default 'https://app.harness.io/gateway' */
  readonly endpoint?: string;
  /** Harness UI base URL used in workflow trigger URLs. @default 'https://app.harness.io' */
  readonly uiBaseUrl?: string;
  /**
   * Where the Harness platform API key comes from.
   * @default CredentialSource.TERRAFORM_VARIABLE (sensitive variable `harness_platform_api_key`)
   */
  readonly apiKey?: CredentialSource;
  /** Configure the GitHub provider (needed for GitOps-registered workflows). @default - no GitHub provider */
  readonly github?: GithubSettings;
  /**
   * Where Terraform keeps the stack's state: `StateBackend.s3({...})`, `gcs`, `azurerm`, `remote`, `cloud`, `http`,
   * `local({ path })`, or a factory of any cdktf backend construct. Keep a team's state remote.
   * @default StateBackend.local(): `terraform.<stack id>.tfstate` in the app directory, written as a path relative
   *   to the stack's working directory (never an absolute path of the machine that synthesized)
   */
  readonly backend?: StateBackend | StateBackendFactory;
  /**
   * Look up the connectors, secrets and user groups the stack's workflows refer to, with Terraform data sources
   * (`PrerequisiteLookups.dataSources()`), so that a missing or misspelled one fails `terraform plan` instead of the
   * first workflow run. The plan then needs read access to them.
   * @default - no lookups
   */
  readonly prerequisites?: PrerequisiteLookups;
}

/**
 * A ready stack for one Harness org/project: wires the Harness provider (and optionally the GitHub
 * provider) with credentials from sensitive Terraform variables or the environment, never literals.
 * Add workflows to it; they pick up org, project, account and UI URL from here.
 * `cdktf synth --hcl` writes HCL that Terraform evaluates exactly as `cdk.tf.json` (see `stackToHcl`).
 */
export class HarnessPlatformStack extends TerraformStack {
  /** The enclosing HarnessPlatformStack of a construct, if any. */
  public static maybeOf(scope: IConstruct): HarnessPlatformStack | undefined {
    if (!Construct.isConstruct(scope)) {
      fail('HarnessPlatformStack.maybeOf', 'scope', `expects a construct, got ${describeValue(scope)}`, 'pass a construct of the stack');
    }
    let node: IConstruct | undefined = scope;
    while (node) {
      if (node instanceof HarnessPlatformStack) return node;
      node = node.node.scope;
    }
    return undefined;
  }

  /** Organization of the stack's pipelines and workflows. */
  public readonly orgId: string;
  /** Project of the stack's pipelines and workflows. */
  public readonly projectId: string;
  /** Account identifier: the literal, or a reference to the `harness_account_id` variable. */
  public readonly accountId: string;
  /** Harness UI base URL of the workflow trigger URLs. */
  public readonly uiBaseUrl: string;
  /** The Harness provider (the stack's default). */
  public readonly harnessProvider: HarnessProvider;
  /** The GitHub provider, with `github` settings. */
  public readonly githubProvider?: GithubProvider;
  /** The data sources of the `prerequisites` lookups, if asked for. */
  public readonly prerequisiteLookups?: PrerequisiteDataSources;

  /**
   * Creates the stack with the Harness provider (and the GitHub provider when `github` is given) and its state backend; organization and
   * project are checked at once.
   */
  constructor(scope: Construct, id: string, props: HarnessPlatformStackProps) {
    super(scope, childId(scope, id, 'HarnessPlatformStack'));
    constructProps(this, props, "{ orgId: 'default', projectId: 'payments' }");
    validateIdentifier(props.orgId, this.node.path, 'orgId');
    validateIdentifier(props.projectId, this.node.path, 'projectId');
    if (props.uiBaseUrl !== undefined && !/^https?:\/\/[^/\s]+$/.test(props.uiBaseUrl)) {
      fail(
        this.node.path,
        'uiBaseUrl',
        `'${props.uiBaseUrl}' is not a base URL`,
        "use scheme and host only, e.g. 'https://app.harness.io'",
      );
    }
    this.orgId = props.orgId;
    this.projectId = props.projectId;
    this.uiBaseUrl = props.uiBaseUrl ?? 'https://app.harness.io';
    this.accountId =
      props.accountId ??
      this.stringVariable('harness_account_id', {
        description: 'Harness account identifier (not a secret; appears in workflow trigger URLs)',
      });
    PlatformDefaults.declare(this, { orgId: this.orgId, projectId: this.projectId, accountId: this.accountId, uiBaseUrl: this.uiBaseUrl });
    this.harnessProvider = this.harnessProviderOf(props);
    if (props.github) this.githubProvider = this.githubProviderOf(props.github);
    if (props.backend !== undefined) StateBackend.from(props.backend).bind(this);
    this.prerequisiteLookups = props.prerequisites?.bind(this);
  }

  /** The Harness provider: the endpoint, the account, and the API key from a Terraform variable unless set elsewhere. */
  private harnessProviderOf(props: HarnessPlatformStackProps): HarnessProvider {
    const apiKey = this.credential(
      props.apiKey,
      'harness_platform_api_key',
      'Harness platform API key (pat.* or sat.*); set TF_VAR_harness_platform_api_key, never commit it',
    );
    const endpoint = props.endpoint ?? 'https://app.harness.io/gateway';
    return withUserCreationStacks(
      () => new HarnessProvider(this, 'harness', terraformArgs({ endpoint, accountId: this.accountId, platformApiKey: apiKey })),
    );
  }

  /** The GitHub provider of the owner, with its token from a Terraform variable unless set elsewhere. */
  private githubProviderOf(github: GithubSettings): GithubProvider {
    const token = this.credential(
      github.token,
      'github_token',
      'GitHub token with contents:write on the GitOps repository; set TF_VAR_github_token, never commit it',
    );
    return withUserCreationStacks(() => new GithubProvider(this, 'github', terraformArgs({ owner: github.owner, token })));
  }

  /** A credential: a sensitive variable of the stack when it comes from one (the default), else none. */
  private credential(source: CredentialSource | undefined, id: string, description: string): string | undefined {
    const fromVariable = (source ?? CredentialSource.TERRAFORM_VARIABLE) === CredentialSource.TERRAFORM_VARIABLE;
    return fromVariable ? this.stringVariable(id, { sensitive: true, description }) : undefined;
  }

  /** A string variable of the stack: a reference to its value. */
  private stringVariable(id: string, config: { readonly sensitive?: boolean; readonly description: string }): string {
    return withUserCreationStacks(() => new TerraformVariable(this, id, { type: 'string', ...config }).stringValue);
  }

  /**
   * Called by cdktf at synth: without a `backend` prop, the local backend with a relative path (cdktf's own
   * default writes the absolute path of the working directory into `cdk.tf.json`).
   */
  public ensureBackendExists(): TerraformBackend {
    return this.node.findAll().find(TerraformBackend.isBackend) ?? StateBackend.local().bind(this);
  }

  /**
   * Called by cdktf at synth (`app.synth()`), before the stack is written: CDKTF's preparing pass over every element,
   * which creates the tokens of the references between them (a `dependsOn` entry resolves to a reference to its
   * resource). Their creation stacks keep only the frames of the user's code, as for the resources the library creates
   * (`HARNESS_IDP_CREATION_STACKS=full` keeps every frame).
   */
  public prepareStack(): void {
    withUserCreationStacks(() => super.prepareStack());
  }

  /**
   * The stack's Terraform JSON, as CDKTF's; the references it creates when no preparing pass ran first
   * (`Testing.synth`) keep only the frames of the user's code, as in {@link prepareStack}
   * (`HARNESS_IDP_CREATION_STACKS=full` keeps every frame).
   */
  public toTerraform(): ReturnType<TerraformStack['toTerraform']> {
    return withUserCreationStacks(() => super.toTerraform());
  }

  /**
   * The HCL `cdktf synth --hcl` writes: CDKTF's metadata, with the configuration rendered by {@link stackToHcl}
   * (CDKTF 0.21's own HCL writer changes multi-line strings and is not `terraform fmt` output). The references it
   * creates keep only the frames of the user's code, as in {@link prepareStack}.
   */
  public toHclTerraform(): Record<string, unknown> {
    return withUserCreationStacks(() => ({ ...super.toHclTerraform(), hcl: stackToHcl(this) }));
  }
}
