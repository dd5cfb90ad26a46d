// The service onboarding and K8s scale example workflows (test/fixtures/reference/), rebuilt from the model and
// compared field by field with the fixtures (and the pipeline variables with the example pipelines).
import { parse } from 'yaml';
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { k8sScale, serviceOnboarding } from './fixtures';
import { referenceDocument } from '../support/reference-examples';

function variablesByName(vars: Array<Record<string, unknown>>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(vars.map((v) => [v.name as string, v]));
}

describe('example workflow: K8s scale', () => {
  test('the IDP 2.0 entity equals k8s-scale.idp2.yaml', () => {
    const expected = referenceDocument('k8s-scale.idp2.yaml');
    expect(k8sScale().workflow.toObject()).toEqual(expected);
  });

  test('the rendered YAML parses back to the example document', () => {
    expect(parse(k8sScale().workflow.toYaml())).toEqual(referenceDocument('k8s-scale.idp2.yaml'));
  });

  test('the inputs are the pipeline variables of k8s-scale.pipeline.yaml', () => {
    const expected = referenceDocument('k8s-scale.pipeline.yaml').pipeline.variables;
    const actual = k8sScale().workflow.inputs.map((i) => i.toObject());
    expect(actual).toEqual(expected);
  });

  test('page by page, field by field', () => {
    const expected = referenceDocument('k8s-scale.idp2.yaml');
    const actual = k8sScale().workflow.toObject() as any;
    for (const id of Object.keys(expected.spec.parameters[0].properties)) {
      expect([id, actual.spec.parameters[0].properties[id]]).toEqual([id, expected.spec.parameters[0].properties[id]]);
    }
    expect(actual.spec.steps[0].input).toEqual(expected.spec.steps[0].input);
  });
});

describe('example workflow: service onboarding', () => {
  test('the IDP 2.0 entity equals service-onboarding.idp2.yaml', () => {
    const expected = referenceDocument('service-onboarding.idp2.yaml');
    const { workflow } = serviceOnboarding('idp2');
    expect(workflow.validate()).toEqual([]);
    expect(workflow.toObject()).toEqual(expected);
  });

  test('root key order follows the example', () => {
    const expected = referenceDocument('service-onboarding.idp2.yaml');
    const actual = serviceOnboarding('idp2').workflow.toObject();
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    expect(Object.keys(actual.spec as object)).toEqual(Object.keys(expected.spec));
    expect(Object.keys((actual.spec as any).steps[0].input)).toEqual(Object.keys(expected.spec.steps[0].input));
  });

  test('the IDP 1.0 template equals service-onboarding.idp1.yaml (its metadata.name holds -)', () => {
    const expected = referenceDocument('service-onboarding.idp1.yaml');
    expect(expected.metadata.name).toBe('idp-service-onboarding');
    const { workflow } = serviceOnboarding('idp1', 'idp-service-onboarding');
    expect(workflow.toBackstageObject()).toEqual(expected);
    // the same model with a Harness identifier renders both formats
    expect(serviceOnboarding('idp1').workflow.toBackstageObject()).toEqual({
      ...expected,
      metadata: { ...expected.metadata, name: 'idp_service_onboarding' },
    });
  });

  test('the IDP 1.0 template passes Backstage templateEntityV1beta3Validator', async () => {
    const doc = serviceOnboarding('idp1').workflow.toBackstageObject();
    await expect(templateEntityV1beta3Validator.check(doc as any)).resolves.toBe(true);
    const hyphen = serviceOnboarding('idp1', 'idp-service-onboarding').workflow.toBackstageObject();
    await expect(templateEntityV1beta3Validator.check(hyphen as any)).resolves.toBe(true);
    // the validator is live: the same document without spec.type is rejected
    const broken = { ...doc, spec: { ...(doc.spec as object), type: undefined } };
    await expect(templateEntityV1beta3Validator.check(JSON.parse(JSON.stringify(broken)))).rejects.toThrow(
      /must have required property 'type'/,
    );
  });

  test('the inputs are the pipeline variables of service-onboarding.pipeline.yaml (plus the form pattern as regex)', () => {
    const expected = variablesByName(referenceDocument('service-onboarding.pipeline.yaml').pipeline.variables);
    const actual = variablesByName(serviceOnboarding().workflow.inputs.map((i) => i.toObject()));
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    // The example pipeline leaves project_name a bare <+input>; the model carries the form's pattern.
    expect(expected.project_name.value).toBe('<+input>');
    expect(actual.project_name.value).toBe('<+input>.regex(^[a-zA-Z_][0-9a-zA-Z_]{0,62}$)');
    expect({ ...actual, project_name: { ...actual.project_name, value: '<+input>' } }).toEqual(expected);
  });

  test('the pipeline built from the same inputs satisfies the contract', () => {
    const { workflow, pipeline } = serviceOnboarding();
    expect(workflow.contractWarnings()).toEqual([]);
    expect(pipeline.toObject()).toBeDefined();
  });
});
