import { ServiceNowImportSetStep } from '../../../../src/pipeline/steps/custom/servicenow-import-set';
import { customPipeline, renderedSteps, thrownMessage } from '../support';

const base = { connectorRef: 'account.servicenow', stagingTableName: 'u_harness_import' };

describe('ServiceNowImportSetStep', () => {
  test('renders a JSON row (an object is serialized) or fields', () => {
    const [a, b] = renderedSteps(
      customPipeline([
        new ServiceNowImportSetStep({ identifier: 'a', ...base, jsonBody: { u_name: 'payments' } }),
        new ServiceNowImportSetStep({ identifier: 'b', ...base, fields: [{ name: 'u_name', value: 'payments' }] }),
      ]),
    );
    expect(a.spec).toEqual({ ...base, importData: { type: 'Json', spec: { jsonBody: '{"u_name":"payments"}' } } });
    expect(b.spec).toEqual({ ...base, importData: { type: 'KeyValues', spec: { fields: [{ name: 'u_name', value: 'payments' }] } } });
  });

  test('exactly one of jsonBody and fields; JSON text is an object', () => {
    expect(thrownMessage(() => new ServiceNowImportSetStep({ identifier: 's', ...base }))).toBe(
      "step 's': spec.importData: neither jsonBody nor fields is set. Fix: give the row as jsonBody (JSON) or as fields (name/value pairs)",
    );
    expect(thrownMessage(() => new ServiceNowImportSetStep({ identifier: 's', ...base, jsonBody: '[1]' }))).toBe(
      'step \'s\': spec.importData.spec.jsonBody: is not a JSON object. Fix: give the row as a JSON object, e.g. {"u_name": "x"}',
    );
  });

  test('validates against the Harness schema', () => {
    expect(
      customPipeline([new ServiceNowImportSetStep({ identifier: 's', ...base, jsonBody: '{"u_name":"x"}' })]),
    ).toBeValidHarnessPipeline();
  });
});
