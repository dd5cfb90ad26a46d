// Issue 12: every reference pipeline and workflow (test/fixtures/reference) imports to TypeScript that compiles
// under strict, is formatted as Biome writes it, and synthesizes exactly the YAML it was made from.
import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { synthDocuments } from '../../src/testing/synth-documents';
import { typedShare } from '../../src/importer/report';
import { type GeneratedApp, generate, typeErrors, unformatted } from '../support/imported-code';
import { REFERENCE_FIXTURES, referenceFiles, referenceText } from '../support/reference-examples';

const yaml = (text: string): unknown => parse(text, { version: '1.1' });
const sources = (files: readonly string[]) =>
  files.map((f) => ({ name: `${REFERENCE_FIXTURES}/${f}`.replace(/^.*test\//, 'test/'), text: referenceText(f) }));

let app: GeneratedApp;
let idp1: GeneratedApp;
const idp2AndPipelines = referenceFiles().filter((f) => !f.endsWith('.idp1.yaml'));

beforeAll(() => {
  app = generate(sources(idp2AndPipelines), { stackName: 'Reference' });
  idp1 = generate(sources(['service-onboarding.idp1.yaml']));
});

afterAll(() => {
  app.remove();
  idp1.remove();
});

describe('import of the reference fixtures', () => {
  test('writes one module per document and the stack module', () => {
    expect(app.result.files.map((f) => f.fileName).sort()).toEqual(
      [...idp2AndPipelines.map((f) => f.replace(/\.yaml$/, '.ts')), 'reference-stack.ts'].sort(),
    );
  });

  test('the generated code compiles under strict', () => {
    expect(typeErrors([app.dir, idp1.dir])).toEqual([]);
  }, 120_000);

  test('the generated code is formatted as the project formatter writes it', () => {
    expect(
      unformatted(
        app.dir,
        app.result.files.map((f) => f.fileName),
      ),
    ).toEqual([]);
  });

  test('the stack synthesizes every pipeline and workflow exactly as its YAML (key order aside)', () => {
    const { ReferenceStack } = app.load('reference-stack.ts');
    const stack = new ReferenceStack(Testing.app(), 'reference', { orgId: 'default', projectId: 'idp_workflows' });
    const docs = synthDocuments(stack);
    for (const f of idp2AndPipelines) {
      const input = yaml(referenceText(f)) as any;
      const id = input.pipeline?.identifier ?? input.identifier;
      const key = `reference/${input.pipeline ? 'pipelines' : 'workflows'}/${id}.yaml`;
      expect([f, yaml(docs[key])]).toEqual([f, input]);
    }
  });

  test('pairs each workflow with the pipeline it triggers: one SelfServiceWorkflow, the form fields declared once', () => {
    const stack = app.result.files.find((f) => f.fileName === 'reference-stack.ts')!.text;
    expect(stack).toContain("new SelfServiceWorkflow(this, 'idp_k8s_scale', {");
    expect(stack).toContain('pipeline: idpK8sScalePipeline(idpK8sScaleForm)');
    // token-rotation.idp2.yaml triggers the pipeline in org secops, project token_ops: not the fixture's pipeline
    expect(stack).toContain("new IdpWorkflow(this, 'idp_rotate_token', { workflow: idpRotateTokenWorkflow() });");
    const pipeline = app.result.files.find((f) => f.fileName === 'k8s-scale.pipeline.ts')!.text;
    expect(pipeline).toContain('export function idpK8sScalePipeline(fields: IdpK8sScaleFields): Pipeline {');
    expect(pipeline).toContain('variables: [fields.serviceId, fields.environmentId, fields.infraId, fields.workload, fields.replicas],');
  });

  test('prints the typed share and the overrides of every document', () => {
    const lines = app.result.reports.map(
      (r) => `${r.fileName}: ${typedShare(r.report)} ${r.report.overrides.map((o) => `${o.owner}.${o.path}`).join(', ')}`,
    );
    expect(lines).toEqual([
      'feature-flag-toggle.idp2.ts: 100.0% ',
      // the form's pattern is not on the example pipeline's variable: the import keeps the variable as it is
      'feature-flag-toggle.pipeline.ts: 98.3% pipeline.variables.0.value',
      'infra-provisioning.idp2.ts: 100.0% ',
      'infra-provisioning.pipeline.ts: 100.0% ',
      'k8s-restart.idp2.ts: 100.0% ',
      'k8s-restart.pipeline.ts: 100.0% ',
      'k8s-rollback.idp2.ts: 100.0% ',
      // the form's enum is not on the example pipeline's variable
      'k8s-rollback.pipeline.ts: 98.0% pipeline.variables.1.value',
      'k8s-scale.idp2.ts: 100.0% ',
      'k8s-scale.pipeline.ts: 100.0% ',
      'service-onboarding.idp2.ts: 100.0% ',
      // CreateResourceStep writes the secret identifier in xApiKey; UpdateCatalogProperty writes Harness' `Entity` type
      'service-onboarding.pipeline.ts: 98.2% createCiPipeline.spec.xApiKey, updateCatalogProperty.spec.type, pipeline.variables.0.value',
      'token-rotation-approval-stage.pipeline.ts: 100.0% ',
      'token-rotation.idp2.ts: 100.0% ',
      'token-rotation.pipeline.ts: 100.0% ',
    ]);
  });

  test('an IDP 1.0 template renders its Backstage YAML; the identifier the library rejects is reported by its rule', () => {
    const { idpServiceOnboardingWorkflow } = idp1.load('service-onboarding.idp1.ts');
    expect(idpServiceOnboardingWorkflow().toBackstageObject()).toEqual(yaml(referenceText('service-onboarding.idp1.yaml')));
    const [report] = idp1.result.reports;
    expect(report.report.problems).toEqual([
      "workflow 'idp-service-onboarding': identifier: 'idp-service-onboarding' is not a valid Harness identifier (must match ^[a-zA-Z_][0-9a-zA-Z_]{0,127}$: a letter or _ first, then letters, digits or _, at most 128 characters; no '-', '.', '$' or spaces). Fix: use for example 'idp_service_onboarding'",
    ]);
    expect(idp1.result.files[0].text).toContain(`  // TODO: ${report.report.problems[0]}\n  const workflow = new Workflow({`);
    expect(report.report.overrides.map((o) => o.path)).toEqual(['metadata.name']);
  });
});
