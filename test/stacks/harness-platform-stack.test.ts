import { App, Testing } from 'cdktf';
import { stackToHcl } from '../../src/terraform/hcl-export';
import { CredentialSource, HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';

function synth(stack: HarnessPlatformStack): any {
  return JSON.parse(Testing.synth(stack));
}

describe('HarnessPlatformStack', () => {
  test('wires the Harness provider to an account variable and a sensitive API-key variable', () => {
    const stack = new HarnessPlatformStack(Testing.app(), 'platform', { orgId: 'default', projectId: 'idp_workflows' });
    const json = synth(stack);
    expect(json.provider.harness).toEqual([
      {
        endpoint: 'https://app.harness.io/gateway',
        account_id: '${var.harness_account_id}',
        platform_api_key: '${var.harness_platform_api_key}',
      },
    ]);
    expect(json.variable.harness_platform_api_key.sensitive).toBe(true);
    expect(json.variable.harness_account_id.sensitive).toBeUndefined();
    expect(json.terraform.required_providers.harness).toEqual({ source: 'harness/harness', version: '0.45.1' });
    expect(stack.uiBaseUrl).toBe('https://app.harness.io');
  });

  test('leaves the API key to HARNESS_PLATFORM_API_KEY in environment mode and takes a literal account id', () => {
    const stack = new HarnessPlatformStack(Testing.app(), 'platform', {
      orgId: 'default',
      projectId: 'p',
      accountId: 'acc123',
      apiKey: CredentialSource.ENVIRONMENT,
      endpoint: 'https://harness.example.com/gateway',
    });
    const json = synth(stack);
    expect(json.provider.harness).toEqual([{ endpoint: 'https://harness.example.com/gateway', account_id: 'acc123' }]);
    expect(json.variable).toBeUndefined();
    expect(stack.accountId).toBe('acc123');
  });

  test('adds the GitHub provider with a sensitive token variable, or none in environment mode', () => {
    const withVar = synth(
      new HarnessPlatformStack(Testing.app(), 'a', { orgId: 'o', projectId: 'p', accountId: 'x', github: { owner: 'acme' } }),
    );
    expect(withVar.provider.github).toEqual([{ owner: 'acme', token: '${var.github_token}' }]);
    expect(withVar.variable.github_token.sensitive).toBe(true);
    const withEnv = synth(
      new HarnessPlatformStack(Testing.app(), 'b', {
        orgId: 'o',
        projectId: 'p',
        accountId: 'x',
        github: { owner: 'acme', token: CredentialSource.ENVIRONMENT },
      }),
    );
    expect(withEnv.provider.github).toEqual([{ owner: 'acme' }]);
  });

  test("cdktf synth --hcl writes the HCL of stackToHcl, with CDKTF's metadata", () => {
    const stack = new HarnessPlatformStack(Testing.app(), 'platform', { orgId: 'default', projectId: 'p' });
    expect(Testing.synthHcl(stack)).toBe(stackToHcl(stack));
    expect(Testing.synthHcl(stack)).toContain('provider "harness" {\n  account_id       = var.harness_account_id\n');
    expect(Testing.synthHcl(stack, false, true)['//'].metadata.stackName).toBe('platform');
  });

  test('maybeOf finds the enclosing stack', () => {
    const stack = new HarnessPlatformStack(new App(), 'platform', { orgId: 'o', projectId: 'p', accountId: 'x' });
    expect(HarnessPlatformStack.maybeOf(stack.harnessProvider)).toBe(stack);
  });

  test('rejects invalid scope identifiers and base URLs', () => {
    expect(() => new HarnessPlatformStack(Testing.app(), 's', { orgId: 'my-org', projectId: 'p' })).toThrow(
      /s: orgId: 'my-org' is not a valid Harness identifier.*Fix: use for example 'my_org'/,
    );
    expect(
      () => new HarnessPlatformStack(Testing.app(), 's', { orgId: 'o', projectId: 'p', uiBaseUrl: 'https://app.harness.io/ng' }),
    ).toThrow("s: uiBaseUrl: 'https://app.harness.io/ng' is not a base URL. Fix: use scheme and host only, e.g. 'https://app.harness.io'");
  });
});
