import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformDefaults, type PlatformDefaultsProps } from '../../src/constructs/platform-defaults';

const defaults: PlatformDefaultsProps = {
  orgId: 'default',
  projectId: 'payments',
  accountId: 'acc',
  uiBaseUrl: 'https://app.harness.io',
};

describe('PlatformDefaults', () => {
  test('constructs below a scope find the nearest declaration; other scopes find none', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    PlatformDefaults.declare(stack, defaults);
    const inner = new Construct(new Construct(stack, 'a'), 'b');
    expect(PlatformDefaults.of(inner)).toEqual(defaults);
    const team = new Construct(stack, 'team');
    PlatformDefaults.declare(team, { ...defaults, projectId: 'team' });
    expect(PlatformDefaults.of(new Construct(team, 'x'))?.projectId).toBe('team');
    expect(PlatformDefaults.of(new TerraformStack(Testing.app(), 'plain'))).toBeUndefined();
  });

  test('a scope declares its defaults once', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    PlatformDefaults.declare(stack, defaults);
    expect(() => PlatformDefaults.declare(stack, { ...defaults, orgId: 'other' })).toThrow(
      's: platformDefaults: the scope already declares platform defaults. Fix: declare them once per scope',
    );
    expect(PlatformDefaults.of(stack)?.orgId).toBe('default');
  });
});
