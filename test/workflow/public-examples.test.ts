// Shapes of Harness' public workflow examples (the flows-input page of the Harness docs, harness-community/idp-samples)
// rebuilt through the typed API with no escape hatch; the expected objects restate those shapes.
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { FormCondition } from '../../src/workflow/form-condition';
import { FormDefinition, RefField } from '../../src/workflow/form-definition';
import { FormField } from '../../src/workflow/form-field';
import { FormPage, FormPageType } from '../../src/workflow/form-page';
import { ObjectField } from '../../src/workflow/object-field';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { UiField } from '../../src/workflow/ui-field';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowFormat } from '../../src/workflow/workflow-format';
import { WorkflowInput } from '../../src/workflow/workflow-input';

const URL = PipelineUrl.inline({ accountId: 'acc', orgId: 'default', projectId: 'idptestproject', pipelineId: 'idpnewcustomaction' });

describe('public workflow examples, typed', () => {
  test('flows-input: a field shown while a checkbox is ticked (allOf if/then)', () => {
    const includeName = FormField.boolean('includeName', { title: 'Include Name?', default: true, required: false });
    const lastName = FormField.string('lastName', { title: 'Last Name', required: false });
    const page = new FormPage({
      title: 'Fill in some steps',
      inputs: [includeName],
      conditions: [FormCondition.allOf(includeName, [{ values: [true], fields: [lastName] }])],
    });
    expect(page.toObject()).toEqual({
      title: 'Fill in some steps',
      properties: { includeName: { title: 'Include Name?', type: 'boolean', default: true } },
      dependencies: {
        includeName: {
          allOf: [
            {
              if: { properties: { includeName: { const: true } } },
              // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON-schema keyword of if/then
              then: { properties: { lastName: { title: 'Last Name', type: 'string' } } },
            },
          ],
        },
      },
    });
  });

  test('flows-input advanced: an object field whose resource type shows a $ref field; every value needs a branch', () => {
    const resourceType = () =>
      WorkflowInput.enum('resource_type', {
        title: 'resource_type',
        description: 'Name of the resource that you want to provision',
        values: ['s3', 'vpc', 'sns', 'glue', 'sqs'],
      });
    const region = FormField.enum('ChooseRegion', { title: 'ChooseRegion', values: ['Region A', 'Region B', 'Region C'], required: false });
    const operation = new FormDefinition('myregion/operation', new ObjectField('operation', { title: 'region', properties: [region] }));
    // The docs' example lists a branch for s3 and vpc only: sns, glue and sqs would match no oneOf branch.
    const type = resourceType();
    expect(
      () =>
        new ObjectField('infracomponent', {
          title: 'infra component',
          properties: [type],
          conditions: [FormCondition.oneOf(type, [{ values: ['s3', 'vpc'], fields: [new RefField('Operationtype', operation)] }])],
        }),
    ).toThrow(/values 'sns', 'glue', 'sqs' of 'resource_type' select no branch, so the form refuses them/);
    const fixed = resourceType();
    const infra = new ObjectField('infracomponent', {
      title: 'infra component',
      properties: [fixed],
      conditions: [
        FormCondition.oneOf(fixed, [
          { values: ['s3', 'vpc'], fields: [new RefField('Operationtype', operation)] },
          { values: ['sns', 'glue', 'sqs'] },
        ]),
      ],
    });
    const w = new Workflow({
      identifier: 'infra',
      type: 'service',
      owner: 'group:account/platform',
      pages: [
        new FormPage({
          title: 'Infrastructure Provisioning',
          type: FormPageType.OBJECT,
          inputs: [
            FormField.string('owner', {
              title: 'Choose an Owner for the Service',
              uiField: UiField.ownerPicker({ allowedKinds: ['Group'] }),
            }),
            WorkflowInput.enum('environment_type', {
              title: 'environment_type',
              description: 'Name of the environment where you want to provision a resource',
              values: ['dev', 'staging', 'prod'],
            }),
            infra,
          ],
          definitions: [operation],
        }),
      ],
      trigger: new PipelineTrigger({ name: 'Provision', url: URL }),
    });
    expect(w.validate()).toEqual([]);
    const page = (w.toObject() as any).spec.parameters[0];
    expect(page.myregion.operation.properties.ChooseRegion.enum).toEqual(['Region A', 'Region B', 'Region C']);
    expect(page.properties.infracomponent.dependencies.resource_type.oneOf[0]).toEqual({
      properties: { resource_type: { enum: ['s3', 'vpc'] }, Operationtype: { $ref: '#/myregion/operation' } },
      required: ['Operationtype'],
    });
    expect((w.toObject() as any).spec.steps[0].input.inputset).toEqual({
      environment_type: '${{ parameters.environment_type }}',
      resource_type: '${{ parameters.infracomponent.resource_type }}',
    });
  });

  test('idp-samples workflows-ca-inputset: the webhook trigger with input set and trigger fields', async () => {
    const inputSetName = FormField.string('inputSetName', { title: 'Name your Input Set', description: 'Unique Name for Inputset' });
    const triggerName = FormField.string('triggerName', { title: 'Name for Trigger', description: 'Name for Trigger' });
    const w = new Workflow({
      identifier: 'test-custom-action',
      name: 'Test New Custom Actions',
      type: 'service',
      owner: 'user:default/debabrata.panigrahi',
      description: 'New custom action to trigger harness pipeline using inputset',
      tags: ['inputset'],
      pages: [
        new FormPage({
          title: 'Service Details',
          inputs: [
            inputSetName,
            triggerName,
            FormField.string('owner', {
              title: 'Owner',
              description: 'Owner of the component',
              required: false,
              uiField: UiField.ownerPicker({ catalogFilter: { kind: 'Group' } }),
            }),
            FormField.authToken(),
          ],
        }),
      ],
      trigger: new PipelineTrigger({ name: 'Creating your react app', url: URL, webhook: { inputSetName, triggerName } }),
    });
    const doc = w.toBackstageObject() as any;
    expect(doc.metadata).toEqual({
      name: 'test-custom-action',
      title: 'Test New Custom Actions',
      description: 'New custom action to trigger harness pipeline using inputset',
      tags: ['inputset'],
    });
    expect(doc.spec.parameters).toEqual([
      {
        title: 'Service Details',
        required: ['inputSetName', 'triggerName'],
        properties: {
          inputSetName: { title: 'Name your Input Set', type: 'string', description: 'Unique Name for Inputset' },
          triggerName: { title: 'Name for Trigger', type: 'string', description: 'Name for Trigger' },
          owner: {
            title: 'Owner',
            type: 'string',
            description: 'Owner of the component',
            'ui:field': 'OwnerPicker',
            'ui:options': { catalogFilter: { kind: 'Group' } },
          },
          token: { title: 'Harness Token', type: 'string', 'ui:widget': 'password', 'ui:field': 'HarnessAuthToken' },
        },
      },
    ]);
    expect(doc.spec.steps[0]).toEqual({
      id: 'trigger',
      name: 'Creating your react app',
      action: 'trigger:trigger-pipeline-with-webhook',
      input: {
        url: URL.url,
        inputSetName: '${{ parameters.inputSetName }}',
        triggerName: '${{ parameters.triggerName }}',
        apikey: '${{ parameters.token }}',
      },
    });
    expect(doc.spec.output).toEqual({ links: [{ title: 'Pipeline Details', url: '${{ steps.trigger.output.PipelineUrl }}' }] });
    await expect(templateEntityV1beta3Validator.check(doc)).resolves.toBe(true);
    expect(w.render(WorkflowFormat.IDP_2).problems.map((p) => p.field)).toEqual(['identifier']);
  });
});
