import 'cdktf/lib/testing/adapters/jest';
import { TerraformStack, Testing } from 'cdktf';
import { PlatformWorkspace } from '../../.gen/providers/harness/platform-workspace';
import { HarnessProvider } from '../../.gen/providers/harness/provider';
import { IacmProvisioner, IacmWorkspace, type IacmWorkspaceProps } from '../../src/constructs/iacm-workspace';
import { SecretRef } from '../../src/core/secret-ref';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';

Testing.setupJest();

const props: IacmWorkspaceProps = {
  identifier: 'payments_stack',
  provisioner: IacmProvisioner.OPENTOFU,
  provisionerVersion: '1.9.1',
  repository: { connectorRef: 'account.github_gitops', name: 'platform-gitops', branch: 'main', path: 'cdktf.out/stacks/payments' },
};

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'platform');
  new HarnessProvider(s, 'harness', {});
  return s;
}

function workspaceJson(s: TerraformStack): Record<string, unknown> {
  const json = JSON.parse(Testing.synth(s, true));
  return Object.values(json.resource.harness_platform_workspace)[0] as Record<string, unknown>;
}

describe('IacmWorkspace', () => {
  test('creates harness_platform_workspace with provisioner, repository, variables, secrets and environment', () => {
    const s = stack();
    new IacmWorkspace(s, 'ws', {
      ...props,
      name: 'Payments stack',
      description: 'The payments team stack',
      orgId: 'default',
      projectId: 'idp_platform',
      variables: { harness_account_id: 'abc123' },
      secrets: { harness_platform_api_key: SecretRef.fromIdentifier('account.idp_delivery_api_key') },
      environmentVariables: { TF_CLI_ARGS_apply: '-parallelism=4' },
      tags: ['stack:payments'],
    });
    const { '//': _metadata, ...ws } = workspaceJson(s);
    expect(ws).toEqual({
      identifier: 'payments_stack',
      name: 'Payments stack',
      description: 'The payments team stack',
      org_id: 'default',
      project_id: 'idp_platform',
      provisioner_type: 'opentofu',
      provisioner_version: '1.9.1',
      repository: 'platform-gitops',
      repository_branch: 'main',
      repository_connector: 'account.github_gitops',
      repository_path: 'cdktf.out/stacks/payments',
      terraform_variable: [
        { key: 'harness_account_id', value: 'abc123', value_type: 'string' },
        { key: 'harness_platform_api_key', value: 'account.idp_delivery_api_key', value_type: 'secret' },
      ],
      environment_variable: [{ key: 'TF_CLI_ARGS_apply', value: '-parallelism=4', value_type: 'string' }],
      tags: ['stack:payments'],
    });
  });

  test('takes org and project from the enclosing platform stack; no empty variable blocks', () => {
    const s = new HarnessPlatformStack(Testing.app(), 'platform', { orgId: 'default', projectId: 'idp_platform', accountId: 'acc' });
    const ws = new IacmWorkspace(s, 'ws', { ...props, provisioner: IacmProvisioner.TERRAFORM });
    expect([ws.identifier, ws.orgId, ws.projectId]).toEqual(['payments_stack', 'default', 'idp_platform']);
    expect(Testing.synth(s, true)).toHaveResourceWithProperties(PlatformWorkspace, {
      org_id: 'default',
      project_id: 'idp_platform',
      provisioner_type: 'terraform',
      name: 'payments_stack',
    });
    const json = workspaceJson(s);
    expect([json.terraform_variable, json.environment_variable, json.tags]).toEqual([undefined, undefined, undefined]);
  });

  test('a Terraform reference as a variable value stays a reference', () => {
    const s = new HarnessPlatformStack(Testing.app(), 'platform', { orgId: 'default', projectId: 'idp_platform' });
    new IacmWorkspace(s, 'ws', { ...props, variables: { harness_account_id: s.accountId } });
    expect(workspaceJson(s).terraform_variable).toEqual([
      { key: 'harness_account_id', value: '${var.harness_account_id}', value_type: 'string' },
    ]);
  });

  test('two workspaces with one identifier in one project fail the synth, naming both', () => {
    const s = stack();
    new IacmWorkspace(s, 'a', { ...props, orgId: 'default', projectId: 'p' });
    new IacmWorkspace(s, 'b', { ...props, orgId: 'default', projectId: 'p' });
    expect(() => Testing.synth(s, true)).toThrow(
      "platform/b: identifier: IaCM workspace 'payments_stack' in org 'default' / project 'p' is also created by platform/a; the second would overwrite the first. Fix: give one of them another identifier, or create it in another project",
    );
  });

  describe('validation', () => {
    const make = (p: Partial<IacmWorkspaceProps>) => () => new IacmWorkspace(stack(), 'ws', { ...props, orgId: 'o', projectId: 'p', ...p });

    test('provisioner, version and scope', () => {
      expect(make({ provisioner: 'pulumi' as any })).toThrow(
        "platform/ws: provisioner: 'pulumi' is not an IaCM provisioner. Fix: use IacmProvisioner.OPENTOFU or IacmProvisioner.TERRAFORM",
      );
      expect(make({ provisionerVersion: 'latest' })).toThrow(
        "platform/ws: provisionerVersion: 'latest' is not a version. Fix: give the exact version, e.g. '1.9.1'",
      );
      expect(() => new IacmWorkspace(stack(), 'ws', props)).toThrow(
        'platform/ws: projectId: the workspace has no organization/project. Fix: pass orgId and projectId, or create it inside a HarnessPlatformStack',
      );
    });

    test('the repository: connector, name, branch and a folder inside it', () => {
      const repo = props.repository;
      expect(make({ repository: { ...repo, connectorRef: 'github gitops' } })).toThrow(
        "platform/ws: repository.connectorRef: 'github gitops' is not a connector reference. Fix: give the Git connector, e.g. 'account.github_gitops'",
      );
      expect(make({ repository: { ...repo, name: '' } })).toThrow(
        "platform/ws: repository.name: '' is not a repository name. Fix: give the repository's name, e.g. 'platform-gitops'",
      );
      expect(make({ repository: { ...repo, branch: 'a b' } })).toThrow(
        "platform/ws: repository.branch: 'a b' is not a Git branch name. Fix: use a branch name such as 'main'",
      );
      expect(make({ repository: { ...repo, path: '../other' } })).toThrow(
        "platform/ws: repository.path: '../other' is not a folder inside the repository. Fix: use a relative path without '..', '.' or empty segments",
      );
    });

    test('variables: Terraform names, plain or secret, never a credential as plain text', () => {
      expect(make({ variables: { 'bad name': 'x' } })).toThrow(
        'platform/ws: variables.bad name: is not a variable name. Fix: use letters, digits, _ and -, not starting with a digit',
      );
      expect(make({ variables: { k: 'x' }, secrets: { k: SecretRef.fromIdentifier('account.k') } })).toThrow(
        "platform/ws: secrets.k: is also a plain variable. Fix: set 'k' in variables or in secrets, not both",
      );
      expect(make({ secrets: { k: 'account.k' as any } })).toThrow(
        "platform/ws: secrets.k: a secret variable takes a secret reference. Fix: pass SecretRef.fromIdentifier('account.<secret identifier>')",
      );
      expect(make({ variables: { harness_platform_api_key: ['pat', 'abcdefghijkl', 'mnopqrstuvwx', 'yzABCDEFGHIJ'].join('.') } })).toThrow(
        "platform/ws: variables.harness_platform_api_key: holds what looks like a Harness API key (PAT/SAT) (value not shown); credentials must never be written into code, Git or pipeline YAML. Fix: store it as a Harness secret and pass SecretRef.fromIdentifier('account.<secret identifier>') in secrets.harness_platform_api_key instead",
      );
      expect(make({ environmentVariables: { N: 4 as any } })).toThrow(
        'platform/ws: environmentVariables.N: expects text, got number. Fix: pass the value as a string',
      );
    });
  });
});
