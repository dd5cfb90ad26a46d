import { Testing } from 'cdktf';
import { BootstrapStack, EXAMPLE_PREREQUISITES } from '../../examples/stacks/bootstrap';
import { CheckoutTeamStack } from '../../examples/stacks/checkout-team';
import { PaymentsTeamStack } from '../../examples/stacks/payments-team';
import { PrerequisiteLookups } from '../../src/constructs/prerequisite-lookups';

function bootstrap(): any {
  const stack = new BootstrapStack(Testing.app(), 'bootstrap', { orgId: 'default', projectId: 'payments', ...EXAMPLE_PREREQUISITES });
  return JSON.parse(Testing.synth(stack, true));
}

/** Identifiers of each resource (or data source) type of a synthesized stack. */
function identifiers(blocks: Record<string, Record<string, { identifier: string }>> = {}): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(blocks).map(([type, byName]) => [
      type,
      Object.values(byName)
        .map((b) => b.identifier)
        .sort(),
    ]),
  );
}

describe('example bootstrap stack', () => {
  test('creates the projects in the org, the account secrets and the approvers user groups', () => {
    const json = bootstrap();
    expect(identifiers(json.resource)).toEqual({
      harness_platform_project: ['checkout', 'idp_platform', 'payments'],
      harness_platform_secret_text: [
        'github_gitops_token',
        'idp_delivery_api_key',
        'idp_onboarding_pat',
        'slack_bot_token',
        'token_rotation_admin_pat',
      ],
      harness_platform_usergroup: ['checkout_approvers', 'platform_security_approvers', 'sre_approvers'],
    });
    expect(Object.values(json.resource.harness_platform_project).map((p: any) => p.org_id)).toEqual(['default', 'default', 'default']);
    expect(json.resource.harness_platform_usergroup.usergroup_sre_approvers).toEqual({
      identifier: 'sre_approvers',
      name: 'SRE approvers',
      description: 'Approve Kubernetes rollbacks and scaling',
      user_emails: '${var.usergroup_sre_approvers_emails}',
    });
    expect(json.variable.usergroup_sre_approvers_emails).toEqual({
      type: 'list(string)',
      default: [],
      description: 'E-mail addresses of the members of the user group account.sre_approvers',
    });
  });

  test('each secret value comes from a sensitive variable, never from code', () => {
    const json = bootstrap();
    expect(json.resource.harness_platform_secret_text.secret_text_slack_bot_token).toEqual({
      identifier: 'slack_bot_token',
      name: 'Slack bot token',
      description: 'chat:write, chat:write.public, users:read, users:read.email',
      secret_manager_identifier: 'harnessSecretManager',
      value_type: 'Inline',
      value: '${var.secret_slack_bot_token}',
    });
    for (const [name, secret] of Object.entries<any>(json.resource.harness_platform_secret_text)) {
      const variable = secret.value.replace(/^\$\{var\.(\w+)\}$/, '$1');
      expect({ name, sensitive: json.variable[variable]?.sensitive }).toEqual({ name, sensitive: true });
    }
  });

  test('creates every secret and user group the team stacks look up, and the secrets of their IaCM workspaces; the connectors are the ones left to create by hand', () => {
    const payments = new PaymentsTeamStack(Testing.app(), 'payments', {
      orgId: 'default',
      projectId: 'payments',
      github: { owner: 'acme-platform' },
      gitOpsRepository: 'platform-gitops',
      prerequisites: PrerequisiteLookups.dataSources(),
    });
    const checkout = new CheckoutTeamStack(Testing.app(), 'checkout', {
      orgId: 'default',
      projectId: 'checkout',
      prerequisites: PrerequisiteLookups.dataSources(),
    });
    const looked = identifiers(JSON.parse(Testing.synth(payments, true)).data);
    const lookedByCheckout = identifiers(JSON.parse(Testing.synth(checkout, true)).data);
    const both = (type: string) => [...new Set([...(looked[type] ?? []), ...(lookedByCheckout[type] ?? [])])].sort();
    const created = identifiers(bootstrap().resource);
    // The delivery's workspaces read the last two (examples/stacks/platform-team.ts, examples/app.ts).
    expect(created.harness_platform_secret_text).toEqual(
      [...both('harness_platform_secret_text'), 'github_gitops_token', 'idp_delivery_api_key'].sort(),
    );
    expect(created.harness_platform_usergroup).toEqual(both('harness_platform_usergroup'));
    expect(lookedByCheckout.harness_platform_usergroup).toEqual(['checkout_approvers']);
    expect(Object.keys(looked).sort()).toEqual([
      'harness_platform_connector_github',
      'harness_platform_connector_jira',
      'harness_platform_secret_text',
      'harness_platform_usergroup',
    ]);
    expect(looked.harness_platform_connector_github).toEqual(['github_gitops', 'github_org_connector']);
    expect(looked.harness_platform_connector_jira).toEqual(['jira_connector']);
  });
});
