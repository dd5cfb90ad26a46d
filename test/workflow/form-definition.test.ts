import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { formatProblem } from '../../src/core/errors';
import { FormCondition } from '../../src/workflow/form-condition';
import { FormDefinition, RefField } from '../../src/workflow/form-definition';
import { FormField } from '../../src/workflow/form-field';
import { FormPage, FormPageType } from '../../src/workflow/form-page';
import { ObjectField } from '../../src/workflow/object-field';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowInput } from '../../src/workflow/workflow-input';

const URL = PipelineUrl.inline({ accountId: 'acc', orgId: 'default', projectId: 'idp', pipelineId: 'ops' });

function operation(): FormDefinition {
  const region = FormField.enum('ChooseRegion', { title: 'Region', values: ['Region A', 'Region B'], required: false });
  return new FormDefinition('myregion/operation', new ObjectField('operation', { title: 'region', properties: [region], required: false }));
}

describe('FormDefinition and RefField', () => {
  test('a page stores the schema at its path; a field references it with $ref (the flows-input advanced example)', async () => {
    const def = operation();
    const resource = FormField.enum('resource_type', { title: 'resource_type', values: ['s3', 'vpc', 'sns'] });
    const page = new FormPage({
      title: 'Infrastructure Provisioning',
      type: FormPageType.OBJECT,
      inputs: [resource],
      conditions: [
        FormCondition.oneOf(resource, [
          { values: ['s3', 'vpc'], fields: [new RefField('Operationtype', def, { required: false })] },
          { values: ['sns'] },
        ]),
      ],
      definitions: [def],
    });
    const obj = page.toObject();
    expect((obj.dependencies as any).resource_type.oneOf[0].properties.Operationtype).toEqual({ $ref: '#/myregion/operation' });
    expect(obj.myregion).toEqual({
      operation: {
        title: 'region',
        type: 'object',
        properties: { ChooseRegion: { title: 'Region', type: 'string', enum: ['Region A', 'Region B'] } },
      },
    });
    expect(def.ref).toBe('#/myregion/operation');
    const w = new Workflow({
      identifier: 'infra',
      type: 'resource',
      pages: [page],
      trigger: new PipelineTrigger({ name: 'Run', url: URL }),
    });
    expect(w.validate()).toEqual([]);
    await expect(templateEntityV1beta3Validator.check(w.toBackstageObject() as any)).resolves.toBe(true);
  });

  test('a ref field may carry its own title and description', () => {
    const f = new RefField('op', operation(), { title: 'Operation', description: 'Where' });
    expect(f.schema.toProperty()).toEqual({ $ref: '#/myregion/operation', title: 'Operation', description: 'Where' });
    expect(f.schema.title).toBe('Operation');
    expect(new RefField('op', operation()).schema.title).toBe('region');
    expect(f.parameter.resolve()).toBe('${{ parameters.op }}');
    expect(f.describe()).toBe("form field 'op'");
  });

  test('rules: a path of names beside the page keys, a form-only schema, no overlapping definitions', () => {
    const field = FormField.string('x', { title: 'X' });
    expect(() => new FormDefinition('my region/op', field)).toThrow(
      "form definition 'my region/op': path: 'my region/op' is not a definition path. Fix: use names joined by '/', e.g. 'myregion/operation'",
    );
    expect(() => new FormDefinition('properties/op', field)).toThrow(
      "form definition 'properties/op': path: 'properties' is a key of the page schema itself. Fix: store definitions under a key of their own, e.g. 'definitions/operation'",
    );
    expect(() => new FormDefinition('defs/x', WorkflowInput.string('x', { title: 'X' }))).toThrow(
      "form definition 'defs/x': field: workflow input 'x' feeds a pipeline variable, but a definition has no parameter path of its own. Fix: use FormFields in definitions, and derived inputs to send their values",
    );
    expect(() => new FormDefinition('defs/x', undefined as any)).toThrow(
      "form definition 'defs/x': field: undefined is not a form field. Fix: pass a FormField or ObjectField",
    );
    expect(
      () =>
        new FormPage({
          title: 'P',
          definitions: [new FormDefinition('defs', field), new FormDefinition('defs/x', FormField.string('y', { title: 'Y' }))],
        }),
    ).toThrow("form page 'P': definitions: definitions 'defs' and 'defs/x' overlap. Fix: store each definition at a path of its own");
    expect(() => new RefField('op', 'myregion/operation' as any)).toThrow(
      "form field 'op': $ref: myregion/operation is not a FormDefinition. Fix: pass new FormDefinition(path, field)",
    );
  });

  test('a $ref resolves within its page', () => {
    const def = operation();
    const w = new Workflow({
      identifier: 'infra',
      type: 'resource',
      pages: [
        new FormPage({ title: 'One', inputs: [FormField.string('a', { title: 'A' })], definitions: [def] }),
        new FormPage({ title: 'Two', inputs: [new RefField('op', def)] }),
      ],
      trigger: new PipelineTrigger({ name: 'Run', url: URL }),
    });
    expect(w.validate().map(formatProblem)).toEqual([
      "workflow 'infra': spec.parameters[1].properties.op.$ref: '#/myregion/operation' points at a definition that form page 'Two' does not hold; a $ref resolves within its page. Fix: add the FormDefinition to the definitions of form page 'Two'",
    ]);
  });
});
