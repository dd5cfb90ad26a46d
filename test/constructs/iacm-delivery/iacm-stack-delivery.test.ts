import { type App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { parse } from 'yaml';
import { SynthFormat } from '../../../src/constructs/iacm-delivery/delivery-pipeline';
import { IacmStackDelivery, type IacmStackDeliveryProps } from '../../../src/constructs/iacm-delivery/iacm-stack-delivery';
import { IacmProvisioner } from '../../../src/constructs/iacm-workspace';
import { StackSelection } from '../../../src/constructs/stack-selection';
import { SecretRef } from '../../../src/core/secret-ref';
import { GitProvider } from '../../../src/pipeline/triggers/git-push-trigger';
import { HarnessPlatformStack } from '../../../src/stacks/harness-platform-stack';
import { StateBackend } from '../../../src/stacks/state-backend';
import { synthDocuments } from '../../../src/testing/synth-documents';

const apiKey = SecretRef.fromIdentifier('account.idp_delivery_api_key');

/** The props of a delivery of `payments` and `checkout` from the repository `platform-gitops`. */
function deliveryProps(p: Partial<IacmStackDeliveryProps> = {}): IacmStackDeliveryProps {
  return {
    repository: { connectorRef: 'account.github_gitops', name: 'platform-gitops' },
    provisionerVersion: '1.9.1',
    variables: { harness_account_id: 'acc' },
    secrets: { harness_platform_api_key: apiKey },
    stacks: [
      { stack: 'payments', watch: ['stacks/payments-team.ts'], requireApproval: true },
      { stack: 'checkout', watch: ['stacks/checkout/'] },
    ],
    ...p,
  };
}

/** An app with a platform stack and the team stacks `ids` (state kept by IaCM unless `local`). */
function app(ids: readonly string[] = ['payments', 'checkout'], local = false): { app: App; platform: HarnessPlatformStack } {
  const a = Testing.app();
  const platform = new HarnessPlatformStack(a, 'platform', { orgId: 'default', projectId: 'idp_platform', accountId: 'acc' });
  for (const id of ids) {
    new HarnessPlatformStack(a, id, { orgId: 'default', projectId: id, backend: local ? undefined : StateBackend.harnessIacm() });
  }
  return { app: a, platform };
}

function docs(platform: HarnessPlatformStack): Record<string, string> {
  return synthDocuments(platform);
}

function resources(platform: HarnessPlatformStack, type: string): Record<string, any>[] {
  return Object.values(JSON.parse(Testing.synth(platform, true)).resource[type]);
}

describe('IacmStackDelivery', () => {
  test('creates a workspace, a delivery pipeline and a push trigger per team stack', () => {
    const { platform } = app();
    const delivery = new IacmStackDelivery(platform, 'delivery', deliveryProps());
    expect(delivery.deliveries.map((d) => [d.stack, d.workspace.identifier, d.pipeline.pipelineId])).toEqual([
      ['payments', 'idp_stack_payments', 'idp_stack_payments_delivery'],
      ['checkout', 'idp_stack_checkout', 'idp_stack_checkout_delivery'],
    ]);
    const workspaces = resources(platform, 'harness_platform_workspace');
    expect(workspaces.map((w) => [w.identifier, w.provisioner_type, w.provisioner_version, w.repository, w.repository_path])).toEqual([
      ['idp_stack_checkout', 'opentofu', '1.9.1', 'platform-gitops', 'cdktf.out/stacks/checkout'],
      ['idp_stack_payments', 'opentofu', '1.9.1', 'platform-gitops', 'cdktf.out/stacks/payments'],
    ]);
    expect(workspaces[1].terraform_variable).toEqual([
      { key: 'harness_account_id', value: 'acc', value_type: 'string' },
      { key: 'harness_platform_api_key', value: 'account.idp_delivery_api_key', value_type: 'secret' },
    ]);
    const triggers = resources(platform, 'harness_platform_triggers');
    expect(triggers.map((t) => [t.identifier, t.target_id, t.org_id, t.project_id])).toEqual([
      ['on_change', 'idp_stack_checkout_delivery', 'default', 'idp_platform'],
      ['on_change', 'idp_stack_payments_delivery', 'default', 'idp_platform'],
    ]);
    const pipelines = resources(platform, 'harness_platform_pipeline');
    expect(pipelines.map((p) => p.depends_on)).toEqual([
      ['harness_platform_workspace.delivery_checkout_workspace_resource_15B62B25'],
      ['harness_platform_workspace.delivery_payments_workspace_resource_1A28BFE5'],
    ]);
    expect(triggers.map((t) => t.depends_on)).toEqual([
      ['harness_platform_pipeline.delivery_checkout_pipeline_resource_A6AB3BED'],
      ['harness_platform_pipeline.delivery_payments_pipeline_resource_F4BC6E0F'],
    ]);
  });

  test('pipeline: synthesize only the stack, init, plan, approval for production, apply; schema-valid', () => {
    const { platform } = app();
    new IacmStackDelivery(platform, 'delivery', deliveryProps());
    const d = docs(platform);
    for (const id of ['idp_stack_payments_delivery', 'idp_stack_checkout_delivery']) {
      expect(d[`platform/pipelines/${id}.yaml`]).toBeValidHarnessPipeline();
    }
    const steps = (id: string) =>
      parse(d[`platform/pipelines/${id}.yaml`]).pipeline.stages[0].stage.spec.execution.steps.map((s: any) => [
        s.step.type,
        s.step.identifier,
      ]);
    expect(steps('idp_stack_payments_delivery')).toEqual([
      ['Run', 'synth'],
      ['IACMOpenTofuPlugin', 'init'],
      ['IACMOpenTofuPlugin', 'plan'],
      ['IACMApproval', 'approve'],
      ['IACMOpenTofuPlugin', 'apply'],
    ]);
    expect(steps('idp_stack_checkout_delivery').map((s: string[]) => s[1])).toEqual(['synth', 'init', 'plan', 'apply']);
    const stage = parse(d['platform/pipelines/idp_stack_payments_delivery.yaml']).pipeline.stages[0].stage;
    expect([stage.type, stage.spec.workspace]).toEqual(['IACM', 'idp_stack_payments']);
    expect(stage.spec.execution.steps[0].step.spec).toEqual({
      image: 'node:22',
      shell: 'Bash',
      command: "set -euo pipefail\nnpm ci --no-audit --no-fund\nnpx cdktf synth\ntest -f 'cdktf.out/stacks/payments/cdk.tf.json'",
      envVariables: { HARNESS_IDP_STACK: 'payments', CHECKPOINT_DISABLE: '1' },
    });
    expect(d['platform/pipelines/idp_stack_payments_delivery.yaml']).toMatchSnapshot();
  });

  test('trigger: pushes to the branch that change the team files or the shared files', () => {
    const { platform } = app();
    new IacmStackDelivery(platform, 'delivery', deliveryProps({ sharedPaths: ['main.ts', 'package-lock.json'] }));
    const trigger = Object.entries(docs(platform)).find(([k]) => k.includes('harness_platform_triggers.delivery_payments'))![1];
    expect(trigger).toMatchSnapshot();
    const push = parse(trigger).trigger.source.spec.spec.spec;
    expect(push.payloadConditions).toEqual([
      { key: 'targetBranch', operator: 'Equals', value: 'main' },
      { key: 'changedFiles', operator: 'Regex', value: '^(stacks/payments-team\\.ts|main\\.ts|package-lock\\.json)$' },
    ]);
    expect(push.autoAbortPreviousExecutions).toBe(false);
  });

  test('an app in a folder of the repository: paths, watch patterns and the synth step follow it', () => {
    const { platform } = app();
    const delivery = new IacmStackDelivery(
      platform,
      'delivery',
      deliveryProps({
        repository: {
          connectorRef: 'account.gitlab',
          name: 'infra',
          branch: 'release',
          provider: GitProvider.GITLAB,
          appDirectory: 'idp/',
        },
        provisioner: IacmProvisioner.TERRAFORM,
        provisionerVersion: '1.5.7',
        synth: {
          format: SynthFormat.HCL,
          image: 'registry.acme.example/node:22',
          connectorRef: 'account.registry',
          installCommand: 'npm ci',
        },
      }),
    );
    const [payments] = delivery.deliveries;
    const ws = resources(platform, 'harness_platform_workspace').find((w) => w.identifier === 'idp_stack_payments')!;
    expect([ws.repository, ws.repository_branch, ws.repository_path, ws.provisioner_type]).toEqual([
      'infra',
      'release',
      'idp/cdktf.out/stacks/payments',
      'terraform',
    ]);
    expect(payments.steps.synth.toObject()).toMatchObject({
      step: {
        spec: {
          connectorRef: 'account.registry',
          image: 'registry.acme.example/node:22',
          command: "set -euo pipefail\ncd 'idp'\nnpm ci\nnpx cdktf synth --hcl\ntest -f 'cdktf.out/stacks/payments/cdk.tf'",
        },
      },
    });
    expect([payments.steps.init.type, payments.steps.apply.type]).toEqual(['IACMTerraformPlugin', 'IACMTerraformPlugin']);
    const trigger = parse(payments.trigger.yaml).trigger.source.spec;
    expect([trigger.type, trigger.spec.spec.payloadConditions[0].value, trigger.spec.spec.payloadConditions[1].value]).toEqual([
      'Gitlab',
      'release',
      '^(idp/stacks/payments-team\\.ts)$',
    ]);
    expect(docs(platform)['platform/pipelines/idp_stack_payments_delivery.yaml']).toBeValidHarnessPipeline();
  });

  test("a stack's own variables and secrets go over the delivery's; parallelism throttles plan and apply", () => {
    const { platform } = app();
    new IacmStackDelivery(
      platform,
      'delivery',
      deliveryProps({
        parallelism: 2,
        variables: { harness_account_id: 'acc', tier: 'gold' },
        stacks: [
          {
            stack: 'payments',
            watch: ['stacks/payments-team.ts'],
            variables: { tier: 'silver' },
            secrets: {
              harness_account_id: SecretRef.fromIdentifier('account.acc_id'),
              harness_platform_api_key: SecretRef.fromIdentifier('account.payments_delivery_key'),
            },
          },
        ],
      }),
    );
    const [ws] = resources(platform, 'harness_platform_workspace');
    expect(ws.terraform_variable).toEqual([
      { key: 'tier', value: 'silver', value_type: 'string' },
      { key: 'harness_platform_api_key', value: 'account.payments_delivery_key', value_type: 'secret' },
      { key: 'harness_account_id', value: 'account.acc_id', value_type: 'secret' },
    ]);
    expect(ws.environment_variable).toEqual([
      { key: 'TF_CLI_ARGS_plan', value: '-parallelism=2', value_type: 'string' },
      { key: 'TF_CLI_ARGS_apply', value: '-parallelism=2', value_type: 'string' },
    ]);
  });

  describe('checks against the delivered stacks', () => {
    test('a stack the app does not have fails the synth; one the selection leaves out of this synthesis does not', () => {
      const { platform } = app(['payments']);
      new IacmStackDelivery(platform, 'delivery', deliveryProps());
      expect(() => Testing.synth(platform, true)).toThrow(
        "platform/delivery: stacks[1].stack: the app has no stack 'checkout'. Fix: create the stack with the id 'checkout' (or register it with StackSelection.add), or remove it from stacks",
      );

      const a = Testing.app();
      const selection = StackSelection.of(a, { env: { HARNESS_IDP_STACK: 'platform' } });
      const built = selection.add(
        'platform',
        (scope, id) => new HarnessPlatformStack(scope, id, { orgId: 'o', projectId: 'p', accountId: 'a' }),
      )!;
      new IacmStackDelivery(built, 'delivery', deliveryProps());
      for (const id of ['payments', 'checkout']) selection.add(id, (scope, stackId) => new TerraformStack(scope, stackId));
      expect(() => Testing.synth(built, true)).not.toThrow();
    });

    test('the stack of the delivery itself is refused', () => {
      const { platform } = app();
      new IacmStackDelivery(platform, 'delivery', deliveryProps({ stacks: [{ stack: 'platform', watch: ['main.ts'] }] }));
      expect(() => Testing.synth(platform, true)).toThrow(
        "platform/delivery: stacks[0].stack: stack 'platform' holds this delivery, so it would create the workspace that applies it. Fix: deliver team stacks from the platform stack, and apply the platform stack itself from outside IaCM",
      );
    });

    test('a stack that keeps its state in a local file is refused', () => {
      const { platform } = app(['payments', 'checkout'], true);
      new IacmStackDelivery(platform, 'delivery', deliveryProps({ stacks: [{ stack: 'payments', watch: ['p.ts'] }] }));
      expect(() => Testing.synth(platform, true)).toThrow(
        "platform/delivery: stacks[0].stack: stack 'payments' keeps its state in a local file, which the runner of workspace 'idp_stack_payments' discards after each run. Fix: create the stack with backend: StateBackend.harnessIacm() (Harness keeps the workspace's state), or a remote backend",
      );
    });

    test('every variable without a default is set, a sensitive one from a secret', () => {
      const { app: a, platform } = app(['payments']);
      const payments = a.node.findChild('payments') as HarnessPlatformStack;
      new TerraformVariable(payments, 'region', { type: 'string' });
      new TerraformVariable(payments, 'tier', { type: 'string', default: 'gold' });
      new IacmStackDelivery(
        platform,
        'delivery',
        deliveryProps({
          variables: { harness_account_id: 'acc', harness_platform_api_key: 'plain' },
          secrets: {},
          stacks: [{ stack: 'payments', watch: ['p.ts'] }],
        }),
      );
      expect(() => Testing.synth(platform, true)).toThrow(
        [
          '2 problems:',
          "  - platform/delivery: stacks[0].variables.harness_platform_api_key: stack 'payments' declares 'harness_platform_api_key' sensitive, but the workspace would hold it as plain text. Fix: pass it in secrets: { harness_platform_api_key: SecretRef.fromIdentifier('account.<secret identifier>') }",
          "  - platform/delivery: stacks[0].variables: stack 'payments' declares the variable 'region' without a default, which workspace 'idp_stack_payments' does not set. Fix: pass it in variables: { region: '...' } (or in secrets, for a credential)",
        ].join('\n'),
      );
    });
  });

  describe('validation', () => {
    const make = (p: Partial<IacmStackDeliveryProps>) => () => new IacmStackDelivery(app().platform, 'delivery', deliveryProps(p));

    test('stacks: at least one, each once, with an id and watched files', () => {
      expect(make({ stacks: [] })).toThrow(
        "platform/delivery: stacks: no stack is given. Fix: list the team stacks to deliver, e.g. [{ stack: 'payments', watch: ['stacks/payments.ts'] }]",
      );
      expect(
        make({
          stacks: [
            { stack: 'a', watch: ['a.ts'] },
            { stack: 'a', watch: ['b.ts'] },
          ],
        }),
      ).toThrow("platform/delivery: stacks: stack 'a' is listed twice. Fix: list each stack once");
      expect(make({ stacks: [{ stack: 'team a', watch: ['a.ts'] }] })).toThrow(
        "platform/delivery: stacks[0].stack: 'team a' is not a stack id. Fix: use the stack's id: letters, digits, _ and -",
      );
      expect(make({ stacks: [{ stack: 'payments', watch: [] }] })).toThrow(
        "platform/delivery: stacks[0].watch: no file of stack 'payments' is watched, so no push would deliver it. Fix: list the team's files, e.g. ['stacks/payments-team.ts']",
      );
      expect(make({ stacks: [{ stack: 'payments', watch: ['../x.ts'] }] })).toThrow(
        "platform/delivery: trigger 'on_change': changedFiles: '../x.ts' is not a path inside the repository. Fix: use a relative path without '..', '.' or empty segments, e.g. 'stacks/payments.ts' or the folder 'stacks/payments/'",
      );
    });

    test('the app directory and the parallelism', () => {
      expect(make({ repository: { connectorRef: 'account.g', name: 'r', appDirectory: 'my app' } })).toThrow(
        "platform/delivery: repository.appDirectory: 'my app' is not a folder inside the repository. Fix: use a relative path of letters, digits, '.', '_', '-' and '/', without '..', e.g. 'platform'",
      );
      expect(make({ parallelism: 0 })).toThrow(
        'platform/delivery: parallelism: 0 is not a number of operations from 1 to 256. Fix: pass a whole number such as 4',
      );
    });

    test('two deliveries of one stack claim one workspace, pipeline and trigger', () => {
      const { platform } = app();
      new IacmStackDelivery(platform, 'a', deliveryProps({ stacks: [{ stack: 'payments', watch: ['p.ts'] }] }));
      new IacmStackDelivery(platform, 'b', deliveryProps({ stacks: [{ stack: 'payments', watch: ['p.ts'] }] }));
      expect(() => Testing.synth(platform, true)).toThrow(
        "platform/b/payments/workspace: identifier: IaCM workspace 'idp_stack_payments' in org 'default' / project 'idp_platform' is also created by platform/a/payments/workspace",
      );
      expect(() => Testing.synth(platform, true)).toThrow(
        "platform/b/payments/trigger: identifier: trigger 'idp_stack_payments_delivery/on_change' in org 'default' / project 'idp_platform' is also created by platform/a/payments/trigger; the second would overwrite the first. Fix: give one of the pipeline's triggers another identifier",
      );
    });
  });
});
