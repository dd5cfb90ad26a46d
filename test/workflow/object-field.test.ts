import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { FormCondition } from '../../src/workflow/form-condition';
import { FormField } from '../../src/workflow/form-field';
import { FormPage, FormPageType } from '../../src/workflow/form-page';
import { ObjectField } from '../../src/workflow/object-field';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { UiField } from '../../src/workflow/ui-field';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowExpr } from '../../src/workflow/workflow-expression';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { WorkflowOutput } from '../../src/workflow/workflow-output';

const URL = PipelineUrl.inline({ accountId: 'acc', orgId: 'default', projectId: 'idp', pipelineId: 'ops' });
const resourceType = () => WorkflowInput.enum('resource_type', { title: 'Resource Type', values: ['s3', 'vpc', 'sns'] });

describe('ObjectField rendering', () => {
  test('type: object with its own properties, required and dependencies', () => {
    const type = resourceType();
    const operation = FormField.enum('operation', { title: 'Operation', values: ['create', 'delete'], required: false });
    const infra = new ObjectField('infracomponent', {
      title: 'Infra Component',
      description: 'What to provision',
      properties: [type],
      conditions: [FormCondition.allOf(type, [{ values: ['s3', 'vpc'], fields: [operation] }])],
      default: { resource_type: 's3' },
      uiOptions: { collapsed: true },
    });
    expect(infra.schema.toProperty()).toEqual({
      title: 'Infra Component',
      type: 'object',
      description: 'What to provision',
      properties: { resource_type: { title: 'Resource Type', type: 'string', enum: ['s3', 'vpc', 'sns'] } },
      required: ['resource_type'],
      dependencies: {
        resource_type: {
          allOf: [
            {
              if: { properties: { resource_type: { enum: ['s3', 'vpc'] } } },
              // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON-schema keyword of if/then
              then: { properties: { operation: { title: 'Operation', type: 'string', enum: ['create', 'delete'] } } },
            },
          ],
        },
      },
      default: { resource_type: 's3' },
      'ui:options': { collapsed: true },
    });
    expect(Object.keys(infra.schema.toProperty()).slice(0, 6)).toEqual([
      'title',
      'type',
      'description',
      'properties',
      'required',
      'dependencies',
    ]);
    expect(infra.fields).toEqual([type]);
    expect(infra.conditions.map((c) => c.controller)).toEqual([type]);
    expect(infra.describe()).toBe("object field 'infracomponent'");
  });

  test('its fields are read below it: parameters.<object>.<field>, also in objects inside objects', () => {
    const type = resourceType();
    const region = FormField.string('region', { title: 'Region' });
    const placement = new ObjectField('placement', { title: 'Placement', properties: [region] });
    const infra = new ObjectField('infracomponent', { title: 'Infra', properties: [type, placement] });
    expect(type.schema.path).toBe('infracomponent.resource_type');
    expect(type.inputsetValue).toBe('${{ parameters.infracomponent.resource_type }}');
    expect(String(WorkflowExpr.equals(region, 'eu').resolve())).toBe("${{ parameters.infracomponent.placement.region == 'eu' }}");
    expect(infra.parameter.resolve()).toBe('${{ parameters.infracomponent }}');
    expect(placement.schema.parameterText()).toBe('${{ parameters.infracomponent.placement }}');
  });

  test('in a workflow: the nested input is fed as parameters.<object>.<field>; Backstage accepts the template', async () => {
    const type = resourceType();
    const w = new Workflow({
      identifier: 'infra',
      type: 'resource',
      pages: [
        new FormPage({
          title: 'Infrastructure Provisioning',
          type: FormPageType.OBJECT,
          inputs: [
            FormField.string('owner', { title: 'Owner', uiField: UiField.ownerPicker({ allowedKinds: ['Group'] }) }),
            new ObjectField('infracomponent', { title: 'Infra Component', properties: [type] }),
          ],
        }),
      ],
      trigger: new PipelineTrigger({ name: 'Provision', url: URL }),
      outputs: [WorkflowOutput.text('Type', `Provisioning ${type}`)],
    });
    expect(w.validate()).toEqual([]);
    expect(w.inputs).toEqual([type]);
    const doc = w.toBackstageObject() as any;
    expect(doc.spec.steps[0].input.inputset).toEqual({ resource_type: '${{ parameters.infracomponent.resource_type }}' });
    expect(doc.spec.output.text[0].content).toBe('Provisioning ${{ parameters.infracomponent.resource_type }}');
    await expect(templateEntityV1beta3Validator.check(doc)).resolves.toBe(true);
  });
});

describe('ObjectField rules', () => {
  test('an object needs fields, each once, and not the token field', () => {
    expect(() => new ObjectField('infra', { title: 'Infra', properties: [] })).toThrow(
      "object field 'infra': properties: an object field needs its fields. Fix: list the fields of the object in properties",
    );
    expect(() => new ObjectField('infra', { title: 'Infra', properties: [{} as any] })).toThrow(
      "object field 'infra': properties: [object Object] is not a form field. Fix: pass FormField, WorkflowInput or ObjectField objects",
    );
    const a = FormField.string('a', { title: 'A' });
    expect(() => new ObjectField('infra', { title: 'Infra', properties: [a, FormField.string('a', { title: 'A2' })] })).toThrow(
      "object field 'infra': properties.a: property 'a' is declared twice in the object. Fix: declare each field once",
    );
    expect(() => new ObjectField('infra', { title: 'Infra', properties: [FormField.authToken()] })).toThrow(
      "object field 'infra': properties.token: the HarnessAuthToken field cannot sit inside an object field. Fix: put the token field on page 1",
    );
    expect(() => new ObjectField('infra', { properties: [a] } as any)).toThrow(/^object field 'infra': title: the field has no title/);
  });

  test('conditions look at a field of the object and add other fields', () => {
    const type = resourceType();
    const other = FormField.enum('kind', { title: 'Kind', values: ['a', 'b'] });
    const extra = FormField.string('extra', { title: 'Extra' });
    expect(
      () => new ObjectField('infra', { title: 'Infra', properties: [type], conditions: [FormCondition.whenPresent(other, [extra])] }),
    ).toThrow(
      "object field 'infra': dependencies.kind: form condition on 'kind' looks at 'kind', which is not a field of the object. Fix: list 'kind' in properties",
    );
    const dup = FormField.string('region', { title: 'Region' });
    expect(
      () =>
        new ObjectField('infra', {
          title: 'Infra',
          properties: [type, dup],
          conditions: [FormCondition.whenPresent(type, [FormField.string('region', { title: 'Region again' })])],
        }),
    ).toThrow(
      "object field 'infra': dependencies.resource_type: 'region' is both a field of the object and of form condition on 'resource_type'. Fix: declare 'region' in one place",
    );
  });

  test('a field belongs to one object, and is placed before its parameter is read', () => {
    const region = FormField.string('region', { title: 'Region' });
    new ObjectField('first', { title: 'First', properties: [region] });
    expect(() => new ObjectField('second', { title: 'Second', properties: [region] })).toThrow(
      "object field 'second': properties.region: form field 'region' is already a field of object field 'first'. Fix: declare a field per object",
    );
    const zone = FormField.string('zone', { title: 'Zone' });
    expect(zone.parameter.resolve()).toBe('${{ parameters.zone }}');
    expect(() => new ObjectField('placement', { title: 'Placement', properties: [zone] })).toThrow(
      "object field 'placement': properties.zone: the parameter of form field 'zone' was read as ${{ parameters.zone }} before the field was put into this object. Fix: create the object field before reading the parameter of its fields",
    );
  });
});
