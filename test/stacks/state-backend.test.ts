import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, NamedCloudWorkspace, NamedRemoteWorkspace, PgBackend, TaggedCloudWorkspaces, TerraformOutput, Testing } from 'cdktf';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { StateBackend } from '../../src/stacks/state-backend';
import { stackToHcl } from '../../src/terraform/hcl-export';
import { terraformFmtCheck } from '../support/hcl';
import { runTerraform } from '../support/terraform';

const props = { orgId: 'default', projectId: 'payments', accountId: 'acc' };

/** Runs `body` with the working directory in a fresh app directory (cdktf runs the app from the folder of cdktf.json). */
function inAppDir<T>(body: (appDir: string) => T): T {
  const appDir = realpathSync(mkdtempSync(join(tmpdir(), 'state-app-')));
  const saved = process.cwd();
  process.chdir(appDir);
  try {
    return body(appDir);
  } finally {
    process.chdir(saved);
    rmSync(appDir, { recursive: true, force: true });
  }
}

/** `cdk.tf.json` of a stack after a full `app.synth()`. */
function synthesized(app: App, stack: string): any {
  app.synth();
  return JSON.parse(readFileSync(join(resolve(app.outdir), 'stacks', stack, 'cdk.tf.json'), 'utf8'));
}

describe('HarnessPlatformStack state', () => {
  test('by default the state file is terraform.<stack>.tfstate in the app directory, as a relative path', () => {
    inAppDir((appDir) => {
      const app = new App({ outdir: 'cdktf.out' });
      new HarnessPlatformStack(app, 'payments', props);
      const json = synthesized(app, 'payments');
      expect(json.terraform.backend).toEqual({ local: { path: '../../../terraform.payments.tfstate' } });
      expect(resolve(appDir, 'cdktf.out/stacks/payments', json.terraform.backend.local.path)).toBe(
        join(appDir, 'terraform.payments.tfstate'),
      );
    });
  });

  test('Terraform, run in the stack working directory, writes the state into the app directory', () => {
    inAppDir((appDir) => {
      const app = new App({ outdir: 'cdktf.out' });
      new HarnessPlatformStack(app, 'payments', props);
      const { backend } = synthesized(app, 'payments').terraform;
      // The synthesized backend with a provider-free body: `terraform init` needs no registry.
      const workingDir = join(appDir, 'cdktf.out/stacks/payments');
      writeFileSync(join(workingDir, 'cdk.tf.json'), JSON.stringify({ terraform: { backend }, output: { ok: { value: 'yes' } } }));
      runTerraform(workingDir, ['init', '-input=false', '-no-color']);
      runTerraform(workingDir, ['apply', '-auto-approve', '-input=false', '-no-color']);
      const state = JSON.parse(readFileSync(join(appDir, 'terraform.payments.tfstate'), 'utf8'));
      expect(state.outputs.ok.value).toBe('yes');
      expect(existsSync(join(workingDir, 'terraform.tfstate'))).toBe(false);
    });
  });

  test('an output folder outside the app directory still points back into the app directory', () => {
    inAppDir((appDir) => {
      const outdir = join(appDir, 'build', 'out');
      mkdirSync(outdir, { recursive: true });
      const app = new App({ outdir });
      new HarnessPlatformStack(app, 'team', {
        ...props,
        backend: StateBackend.local({ path: 'state/team.tfstate', workspaceDir: 'state/ws' }),
      });
      const json = synthesized(app, 'team');
      expect(json.terraform.backend).toEqual({ local: { path: '../../../../state/team.tfstate', workspace_dir: '../../../../state/ws' } });
    });
  });

  test.each([
    [
      's3',
      StateBackend.s3({ bucket: 'acme-tf-state', key: 'harness-idp/payments.tfstate', region: 'eu-west-1', dynamodbTable: 'tf-locks' }),
    ],
    ['gcs', StateBackend.gcs({ bucket: 'acme-tf-state', prefix: 'harness-idp/payments' })],
    [
      'azurerm',
      StateBackend.azurerm({
        resourceGroupName: 'tfstate',
        storageAccountName: 'acmetfstate',
        containerName: 'tfstate',
        key: 'payments.tfstate',
      }),
    ],
    ['remote', StateBackend.remote({ organization: 'acme', workspaces: new NamedRemoteWorkspace('harness-idp-payments') })],
    ['http', StateBackend.http({ address: 'https://gitlab.example.com/api/v4/projects/1/terraform/state/payments' })],
  ])('the %s backend is written as configured, and the default is left out', (type, backend) => {
    const app = Testing.app();
    const stack = new HarnessPlatformStack(app, 'payments', { ...props, backend });
    expect(backend.type).toBe(type);
    const expected: Record<string, unknown> = {
      s3: { bucket: 'acme-tf-state', key: 'harness-idp/payments.tfstate', region: 'eu-west-1', dynamodb_table: 'tf-locks' },
      gcs: { bucket: 'acme-tf-state', prefix: 'harness-idp/payments' },
      azurerm: { resource_group_name: 'tfstate', storage_account_name: 'acmetfstate', container_name: 'tfstate', key: 'payments.tfstate' },
      remote: { organization: 'acme', workspaces: { name: 'harness-idp-payments' } },
      http: { address: 'https://gitlab.example.com/api/v4/projects/1/terraform/state/payments' },
    };
    expect(synthesized(app, 'payments').terraform.backend).toEqual({ [type]: expected[type] });
    expect(stack.ensureBackendExists().node.id).toBe('backend');
  });

  test('the cloud block, and any other cdktf backend through a factory', () => {
    const cloud = Testing.app();
    new HarnessPlatformStack(cloud, 'payments', {
      ...props,
      backend: StateBackend.cloud({ organization: 'acme', workspaces: new NamedCloudWorkspace('harness-idp') }),
    });
    const json = synthesized(cloud, 'payments');
    expect(json.terraform.cloud).toEqual({ organization: 'acme', workspaces: { name: 'harness-idp' } });
    expect(json.terraform.backend).toBeUndefined();

    const pg = Testing.app();
    new HarnessPlatformStack(pg, 'payments', { ...props, backend: (stack) => new PgBackend(stack, { connStr: 'postgres://db/tf' }) });
    expect(synthesized(pg, 'payments').terraform.backend).toEqual({ pg: { conn_str: 'postgres://db/tf' } });
    expect(StateBackend.from((stack) => new PgBackend(stack, { connStr: 'x' })).type).toBe('custom');
  });

  test('the HCL export writes backend settings as arguments and workspaces as a block, as Terraform reads them', () => {
    const hclOf = (backend: StateBackend): string => stackToHcl(new HarnessPlatformStack(Testing.app(), 'payments', { ...props, backend }));
    const s3 = hclOf(
      StateBackend.s3({
        bucket: 'acme-tf-state',
        key: 'harness-idp/payments.tfstate',
        region: 'eu-west-1',
        encrypt: true,
        assumeRole: { roleArn: 'arn:aws:iam::123456789012:role/tf', tags: { team: 'platform' } },
      }),
    );
    const remote = hclOf(StateBackend.remote({ organization: 'acme', workspaces: new NamedRemoteWorkspace('harness-idp') }));
    const cloud = hclOf(StateBackend.cloud({ organization: 'acme', workspaces: new TaggedCloudWorkspaces(['idp', 'platform']) }));
    expect(s3).toContain(
      [
        '  backend "s3" {',
        '    bucket  = "acme-tf-state"',
        '    key     = "harness-idp/payments.tfstate"',
        '    region  = "eu-west-1"',
        '    encrypt = true',
        '    assume_role = {',
        '      role_arn = "arn:aws:iam::123456789012:role/tf"',
        '      tags = {',
        '        team = "platform"',
        '      }',
        '    }',
        '  }',
      ].join('\n'),
    );
    expect(remote).toContain(
      ['  backend "remote" {', '    organization = "acme"', '    workspaces {', '      name = "harness-idp"', '    }', '  }'].join('\n'),
    );
    expect(cloud).toContain(
      ['  cloud {', '    organization = "acme"', '    workspaces {', '      tags = ["idp", "platform"]', '    }', '  }'].join('\n'),
    );
    expect(terraformFmtCheck({ s3, remote, cloud })).toBe('');
  });

  test('Harness IaCM keeps the state: no backend block in cdk.tf.json nor in the HCL export', () => {
    const app = Testing.app();
    const stack = new HarnessPlatformStack(app, 'payments', { ...props, backend: StateBackend.harnessIacm() });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(json.terraform)).toEqual(['required_providers']);
    expect(stackToHcl(stack)).not.toMatch(/backend|cloud \{/);
    expect(terraformFmtCheck({ hcl: stackToHcl(stack) })).toBe('');
    expect(StateBackend.harnessIacm().type).toBe('harness-iacm');
  });

  test('another stack cannot read an IaCM-kept state as a backend', () => {
    const app = Testing.app();
    const payments = new HarnessPlatformStack(app, 'payments', {
      orgId: 'default',
      projectId: 'payments',
      backend: StateBackend.harnessIacm(),
    });
    const other = new HarnessPlatformStack(app, 'other', { ...props, projectId: 'other' });
    new TerraformOutput(other, 'account', { value: payments.accountId });
    expect(() => app.synth()).toThrow(
      "payments/backend: backend: stack 'payments' keeps its state in a Harness IaCM workspace, which other stacks cannot read as a backend. Fix: do not refer to its resources from another stack: look them up with a data source, or pass the values as variables",
    );
  });

  test('a local path must be relative to the app directory and not empty', () => {
    expect(() => StateBackend.local({ path: '/var/state/x.tfstate' })).toThrow(
      "StateBackend.local: path: '/var/state/x.tfstate' is absolute. Fix: give a path relative to the app directory (the folder of cdktf.json), e.g. 'state/platform.tfstate'",
    );
    expect(() => StateBackend.local({ workspaceDir: ' ' })).toThrow(
      "StateBackend.local: workspaceDir: ' ' is empty. Fix: give a path relative to the app directory (the folder of cdktf.json), e.g. 'state/platform.tfstate'",
    );
  });
});
