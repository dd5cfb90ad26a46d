import { TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { PlatformProject } from '../../.gen/providers/harness/platform-project';
import { PlatformSecretText } from '../../.gen/providers/harness/platform-secret-text';
import { PlatformUsergroup } from '../../.gen/providers/harness/platform-usergroup';
import { HarnessPlatformStack, type HarnessPlatformStackProps, terraformArgs } from '../../src';

/** A Harness object to create: its identifier, display name and description. */
export interface BootstrapObject {
  /** Identifier, e.g. `sre_approvers`. */
  readonly identifier: string;
  /** Display name. */
  readonly name: string;
  /** What it is for. @default - none */
  readonly description?: string;
}

/** Props of the {@link BootstrapStack}. */
export interface BootstrapStackProps extends HarnessPlatformStackProps {
  /** Projects to create in `orgId` (the org itself is Harness' `default`, or one you create by hand). */
  readonly projects: readonly BootstrapObject[];
  /**
   * Account-level text secrets in the Harness Secret Manager. Each value comes from the sensitive Terraform variable
   * `secret_<identifier>` (`TF_VAR_secret_<identifier>`), never from code; it is kept in the Terraform state, so keep
   * the state remote and encrypted.
   */
  readonly secrets: readonly BootstrapObject[];
  /** Account-level user groups; members by e-mail from the variable `usergroup_<identifier>_emails` (default none). */
  readonly userGroups: readonly BootstrapObject[];
}

/**
 * What the team stacks' workflows refer to and Terraform can create: the projects, the secrets (values from
 * sensitive variables) and the approvers' user groups. Deploy it before the team stacks. Connectors, OPA policy
 * sets and the GitOps repository are left to the platform admin (see examples/README.md).
 */
export class BootstrapStack extends HarnessPlatformStack {
  constructor(scope: Construct, id: string, props: BootstrapStackProps) {
    super(scope, id, props);
    for (const p of props.projects) {
      new PlatformProject(
        this,
        `project_${p.identifier}`,
        terraformArgs({ identifier: p.identifier, name: p.name, description: p.description, orgId: props.orgId }),
      );
    }
    for (const s of props.secrets) {
      const value = new TerraformVariable(this, `secret_${s.identifier}`, {
        type: 'string',
        sensitive: true,
        description: `Value of the Harness secret account.${s.identifier}; set TF_VAR_secret_${s.identifier}, never commit it`,
      });
      new PlatformSecretText(
        this,
        `secret_text_${s.identifier}`,
        terraformArgs({
          identifier: s.identifier,
          name: s.name,
          description: s.description,
          secretManagerIdentifier: 'harnessSecretManager',
          valueType: 'Inline',
          value: value.stringValue,
        }),
      );
    }
    for (const g of props.userGroups) {
      const emails = new TerraformVariable(this, `usergroup_${g.identifier}_emails`, {
        type: 'list(string)',
        default: [],
        description: `E-mail addresses of the members of the user group account.${g.identifier}`,
      });
      new PlatformUsergroup(
        this,
        `usergroup_${g.identifier}`,
        terraformArgs({ identifier: g.identifier, name: g.name, description: g.description, userEmails: emails.listValue }),
      );
    }
  }
}

/**
 * The objects the example's `payments`, `checkout` and `platform` stacks refer to that Terraform can create
 * (examples/app.ts creates the bootstrap stack with them).
 */
export const EXAMPLE_PREREQUISITES: Pick<BootstrapStackProps, 'projects' | 'secrets' | 'userGroups'> = {
  projects: [
    { identifier: 'payments', name: 'Payments', description: 'The payments team: services and self-service workflows' },
    { identifier: 'checkout', name: 'Checkout', description: 'The checkout team: services and self-service workflows' },
    { identifier: 'idp_platform', name: 'IDP platform', description: 'Shared IDP settings of the platform team, IaCM delivery' },
  ],
  secrets: [
    { identifier: 'slack_bot_token', name: 'Slack bot token', description: 'chat:write, chat:write.public, users:read, users:read.email' },
    { identifier: 'idp_onboarding_pat', name: 'IDP onboarding PAT', description: 'Creates the CI pipeline of each onboarded service' },
    { identifier: 'token_rotation_admin_pat', name: 'Token rotation PAT', description: 'Rotates service account tokens' },
    { identifier: 'idp_delivery_api_key', name: 'IDP delivery API key', description: 'Team stack workspaces: Harness API key' },
    { identifier: 'github_gitops_token', name: 'GitOps repository token', description: 'Team stack workspaces: contents:write' },
  ],
  userGroups: [
    { identifier: 'sre_approvers', name: 'SRE approvers', description: 'Approve Kubernetes rollbacks and scaling' },
    { identifier: 'platform_security_approvers', name: 'Platform security approvers', description: 'Approve token rotations' },
    { identifier: 'checkout_approvers', name: 'Checkout approvers', description: 'Approve checkout scaling and restarts' },
  ],
};
