import { App, Testing } from 'cdktf';
import { parse } from 'yaml';
import { PaymentsTeamStack } from '../../examples/stacks/payments-team';
import { PlatformTeamStack } from '../../examples/stacks/platform-team';
import { synthDocuments } from '../../src/testing/synth-documents';
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
    const stack = new PlatformTeamStack(new App(), 'platform', { orgId: 'default', projectId: 'idp_platform', accountId: 'acc' });
    const json = JSON.parse(Testing.synth(stack, true));
    const images = Object.values(json.resource.harness_platform_default_images) as Record<string, unknown>[];
    expect(images.map((i) => [i.kind, i.infra_type, i.field, i.value]).sort()).toEqual([
      ['idp', 'K8', 'cookieCutter', 'registry.acme.example/harness/cookiecutter:1.9.0'],
      ['idp', 'K8', 'createRepo', 'registry.acme.example/harness/createrepo:1.9.0'],
      ['idp', 'K8', 'registerCatalog', 'registry.acme.example/harness/registercatalog:1.9.0'],
      ['idp', 'VM', 'cookieCutter', undefined],
    ]);
  });
});
