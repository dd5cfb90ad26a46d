import { exec } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type TerraformStack, Testing } from 'cdktf';
import { parse } from 'yaml';
import { defineStacks } from '../../examples/app';
import { PaymentsTeamStack } from '../../examples/stacks/payments-team';
import { synthDocuments } from '../../src/testing/synth-documents';
import { systemTmpdirEnv } from '../support/scratch-tmpdir';
import { evaluateWithTerraform, yamlAttributes } from '../support/terraform';

function payments(): PaymentsTeamStack {
  return new PaymentsTeamStack(Testing.app(), 'payments', {
    orgId: 'default',
    projectId: 'payments',
    github: { owner: 'acme-platform' },
    gitOpsRepository: 'platform-gitops',
  });
}

describe('example platform repo', () => {
  test('the payments stack has the seven workflows, each with its pipeline', () => {
    const docs = synthDocuments(payments());
    const ids = [
      'idp_service_onboarding',
      'idp_infra_provisioning',
      'idp_feature_flag_toggle',
      'idp_rotate_token',
      'idp_k8s_rollback',
      'idp_k8s_scale',
      'idp_k8s_restart',
    ];
    expect(Object.keys(docs).sort()).toEqual(
      [
        ...ids.map((id) => `payments/diagrams/${id}.md`),
        ...ids.map((id) => `payments/pipelines/${id}.yaml`),
        ...ids.filter((id) => id !== 'idp_service_onboarding').map((id) => `payments/workflows/${id}.yaml`),
        'payments/workflows/idp_service_onboarding.yaml',
      ].sort(),
    );
  });

  test('every pipeline validates against the official schema and every inputset matches its runtime inputs', () => {
    const docs = synthDocuments(payments());
    for (const [key, text] of Object.entries(docs)) {
      if (!key.includes('/pipelines/')) continue;
      expect(text).toBeValidHarnessPipeline();
      const id = key
        .split('/')
        .pop()!
        .replace(/\.yaml$/, '');
      const pipeline = parse(text).pipeline;
      const workflow = parse(docs[`payments/workflows/${id}.yaml`]);
      const runtimeInputs = pipeline.variables
        .filter((v: any) => String(v.value).startsWith('<+input>'))
        .map((v: any) => v.name)
        .sort();
      expect(Object.keys(workflow.spec.steps[0].input.inputset).sort()).toEqual(runtimeInputs);
    }
  });

  test('the onboarding workflow is committed through GitOps, the others are inline', () => {
    const json = JSON.parse(Testing.synth(payments(), true));
    const files = Object.values(json.resource.github_repository_file) as Record<string, unknown>[];
    expect(files.map((f) => [f.repository, f.file])).toEqual([
      ['platform-gitops', 'workflows/default/payments/idp_service_onboarding.yaml'],
    ]);
    const entities = Object.values(json.resource.harness_platform_idp_catalog_entity) as Record<string, unknown>[];
    expect(entities.filter((e) => e.import_from_git === true).map((e) => e.identifier)).toEqual(['idp_service_onboarding']);
    expect(entities.filter((e) => typeof e.yaml === 'string')).toHaveLength(6);
  });

  test('no credential appears in the synthesized configuration', () => {
    const text = Testing.synth(payments(), true);
    expect(text).not.toMatch(/(pat|sat)\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}|xox[bap]-|ghp_[A-Za-z0-9]{20,}/);
    const json = JSON.parse(text);
    expect(json.variable.harness_platform_api_key.sensitive).toBe(true);
    expect(json.variable.github_token.sensitive).toBe(true);
  });

  test('Terraform evaluates every YAML attribute of the example to exactly the rendered YAML', () => {
    const stack = payments();
    const docs = synthDocuments(stack, { diagrams: false });
    const evaluated = evaluateWithTerraform(yamlAttributes(Testing.synth(stack, true)), { harness_account_id: 'ACC123' });
    const expected = Object.values(docs)
      .map((d) => d.split('${var.harness_account_id}').join('ACC123'))
      .sort();
    expect(Object.values(evaluated).sort()).toEqual(expected);
  });

  test('the platform stack pins IDP images', () => {
    const json = JSON.parse(Testing.synth(exampleStack('platform'), true));
    const images = Object.values(json.resource.harness_platform_default_images) as Record<string, unknown>[];
    expect(images.map((i) => [i.kind, i.infra_type, i.field, i.value]).sort()).toEqual([
      ['idp', 'K8', 'cookieCutter', 'registry.acme.example/harness/cookiecutter:1.9.0'],
      ['idp', 'K8', 'createRepo', 'registry.acme.example/harness/createrepo:1.9.0'],
      ['idp', 'K8', 'registerCatalog', 'registry.acme.example/harness/registercatalog:1.9.0'],
      ['idp', 'VM', 'cookieCutter', undefined],
    ]);
  });

  test('the platform stack delivers payments and checkout on Harness IaCM, payments with a plan approval', () => {
    const platform = exampleStack('platform');
    const json = JSON.parse(Testing.synth(platform, true));
    const workspaces = Object.values(json.resource.harness_platform_workspace) as Record<string, any>[];
    expect(workspaces.map((w) => [w.identifier, w.repository, w.repository_path, w.terraform_variable.map((v: any) => v.key)])).toEqual([
      ['idp_stack_checkout', 'platform-gitops', 'cdktf.out/stacks/checkout', ['harness_account_id', 'harness_platform_api_key']],
      [
        'idp_stack_payments',
        'platform-gitops',
        'cdktf.out/stacks/payments',
        ['harness_account_id', 'harness_platform_api_key', 'github_token'],
      ],
    ]);
    const docs = synthDocuments(platform);
    const pipelines = Object.entries(docs).filter(([k]) => k.includes('/pipelines/'));
    expect(pipelines.map(([k]) => k)).toEqual([
      'platform/pipelines/idp_stack_checkout_delivery.yaml',
      'platform/pipelines/idp_stack_payments_delivery.yaml',
    ]);
    for (const [, text] of pipelines) expect(text).toBeValidHarnessPipeline();
    const approvals = pipelines.map(([, text]) => text.includes('type: IACMApproval'));
    expect(approvals).toEqual([false, true]);
    const triggers = Object.keys(docs).filter((k) => k.includes('harness_platform_triggers'));
    expect(triggers).toHaveLength(2);
  });

  test('the checkout stack has its three workflows, schema-valid', () => {
    const docs = synthDocuments(exampleStack('checkout'));
    expect(Object.keys(docs).sort()).toEqual([
      'checkout/diagrams/idp_feature_flag_toggle.md',
      'checkout/diagrams/idp_k8s_restart.md',
      'checkout/diagrams/idp_k8s_scale.md',
      'checkout/pipelines/idp_feature_flag_toggle.yaml',
      'checkout/pipelines/idp_k8s_restart.yaml',
      'checkout/pipelines/idp_k8s_scale.yaml',
      'checkout/workflows/idp_feature_flag_toggle.yaml',
      'checkout/workflows/idp_k8s_restart.yaml',
      'checkout/workflows/idp_k8s_scale.yaml',
    ]);
    for (const [key, text] of Object.entries(docs)) if (key.includes('/pipelines/')) expect(text).toBeValidHarnessPipeline();
  });

  test('HARNESS_IDP_STACK=payments builds and writes the payments stack alone, byte for byte as in the whole app; team stacks keep no state file', async () => {
    const [one, all] = await Promise.all([synthExampleApp({ HARNESS_IDP_STACK: 'payments' }), synthExampleApp({})]);
    expect(Object.keys(one)).toEqual(['payments']);
    expect(Object.keys(all).sort()).toEqual(['bootstrap', 'checkout', 'payments', 'platform']);
    expect(one.payments).toBe(all.payments);
    // The team stacks leave their state to their IaCM workspaces; the platform stack keeps a local file.
    const backends = ['platform', 'payments', 'checkout'].map((id) => Object.keys(JSON.parse(all[id]).terraform.backend ?? {}));
    expect(backends).toEqual([['local'], [], []]);
  }, 60_000);
});

/** One stack of the example app, built as `main.ts` builds it (every stack selected). */
function exampleStack(id: string): TerraformStack {
  const stacks = defineStacks(Testing.app(), { env: {} });
  return stacks.stack(id)!;
}

/** Runs the example app as `cdktf synth` does (the `app` command of cdktf.json) and returns each stack's cdk.tf.json. */
async function synthExampleApp(env: Record<string, string>): Promise<Record<string, string>> {
  const examples = join(__dirname, '..', '..', 'examples');
  const outdir = mkdtempSync(join(tmpdir(), 'example-one-'));
  try {
    const app = (JSON.parse(readFileSync(join(examples, 'cdktf.json'), 'utf8')) as { app: string }).app;
    const { HARNESS_IDP_STACK: _ignored, ...base } = process.env;
    await promisify(exec)(app, {
      cwd: examples,
      env: { ...base, ...systemTmpdirEnv(), ...env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' },
    });
    return Object.fromEntries(
      readdirSync(join(outdir, 'stacks')).map((id) => [id, readFileSync(join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8')]),
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
