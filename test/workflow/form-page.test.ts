import { formatProblem } from '../../src/core/errors';
import { FormField } from '../../src/workflow/form-field';
import { FormPage, FormPageType } from '../../src/workflow/form-page';
import { UiField } from '../../src/workflow/ui-field';
import { WorkflowInput } from '../../src/workflow/workflow-input';

const name = (): WorkflowInput => WorkflowInput.string('name', { title: 'Name' });

describe('FormPage', () => {
  test('renders title, description, required (computed), properties', () => {
    const page = new FormPage({
      title: 'Details',
      description: 'About the service',
      inputs: [
        name(),
        WorkflowInput.string('desc', { title: 'Description', required: false }),
        FormField.boolean('confirm', { title: 'Confirm' }),
      ],
    });
    expect(page.toObject()).toEqual({
      title: 'Details',
      description: 'About the service',
      required: ['name', 'confirm'],
      properties: {
        name: { title: 'Name', type: 'string' },
        desc: { title: 'Description', type: 'string' },
        confirm: { title: 'Confirm', type: 'boolean' },
      },
    });
  });

  test('page type: object and extra keys (rendered last, over typed keys)', () => {
    const page = new FormPage({
      title: 'Files',
      type: FormPageType.OBJECT,
      inputs: [name()],
      extraProperties: { 'ui:order': ['name', '*'], title: 'Upload files' },
    });
    const obj = page.toObject();
    expect(obj).toEqual({
      title: 'Upload files',
      type: 'object',
      required: ['name'],
      properties: { name: { title: 'Name', type: 'string' } },
      'ui:order': ['name', '*'],
    });
    expect(Object.keys(obj)).toEqual(['title', 'type', 'required', 'properties', 'ui:order']);
    expect(() => new FormPage({ title: 'P', type: 'array' as any })).toThrow(
      "form page 'P': type: 'array' is not a page type. Fix: use FormPageType.OBJECT ('object'), or leave it out",
    );
  });

  test('omits required when nothing is required, and puts leading fields first', () => {
    const page = new FormPage({ title: 'P', inputs: [WorkflowInput.string('a', { title: 'A', required: false })] });
    const obj = page.toObject([FormField.authToken()]);
    expect(obj).not.toHaveProperty('required');
    expect(Object.keys(obj.properties as object)).toEqual(['token', 'a']);
  });

  test('addInput appends fields in order', () => {
    const page = new FormPage({ title: 'P' }).addInput(name()).addInput(FormField.string('b', { title: 'B' }));
    expect(page.inputs.map((i) => i.id)).toEqual(['name', 'b']);
  });

  test('picker dependencies sit next to properties (HarnessUserGroupPicker)', () => {
    const org = FormField.string('orgId', { title: 'Org', uiField: UiField.harnessOrgPicker() });
    const project = FormField.string('projectId', { title: 'Project', uiField: UiField.harnessProjectPicker() });
    const page = new FormPage({
      title: 'Group',
      inputs: [WorkflowInput.string('userGroup', { title: 'User group', uiField: UiField.harnessUserGroupPicker() })],
      pickerDependencies: { orgPicker: org, projectPicker: project },
    });
    const obj = page.toObject();
    expect(obj.dependencies).toEqual({ orgPickerKey: 'orgId', projectPickerKey: 'projectId' });
    expect(Object.keys(obj)).toEqual(['title', 'required', 'properties', 'dependencies']);
  });

  test('conditional dependencies are rendered and pass the dependency checks when indented correctly', () => {
    const tech = FormField.enum('technology', { title: 'Tech', values: ['java', 'go'] });
    const dependencies = {
      technology: {
        oneOf: [
          {
            properties: { technology: { enum: ['java'] }, java_version: { type: 'string', enum: ['java8', 'java11'] } },
            required: ['java_version'],
          },
        ],
      },
    };
    const page = new FormPage({ title: 'P', inputs: [tech], dependencies });
    expect(page.validate("workflow 'w'", 'spec.parameters[0]')).toEqual([]);
    expect(page.toObject().dependencies).toEqual(dependencies);
  });

  test('a mis-indented branch, a key that is no field of the page, a bad required list', () => {
    const tech = FormField.enum('technology', { title: 'Tech', values: ['java', 'go'] });
    const page = new FormPage({
      title: 'P',
      inputs: [tech],
      dependencies: {
        technology: { oneOf: [{ java_version: { type: 'string' }, required: 'java_version' }] },
        elsewhere: ['technology'],
      },
    });
    const messages = page.validate("workflow 'w'", 'spec.parameters[0]').map(formatProblem);
    expect(messages).toEqual([
      "workflow 'w': spec.parameters[0].dependencies.technology.oneOf[0].java_version: 'java_version' is not a schema keyword; a field definition at this level is mis-indented. Fix: move 'java_version' under the branch's properties (oneOf: [ { properties: { java_version: ... } } ])",
      "workflow 'w': spec.parameters[0].dependencies.technology.oneOf[0].required: required must be a list of field names. Fix: write required: [name, ...] at the level of properties",
      "workflow 'w': spec.parameters[0].dependencies.elsewhere: dependencies key 'elsewhere' is not a field of this page (dependencies are keyed by the controlling field and sit next to properties). Fix: use one of: technology, or move the dependency to the page that has 'elsewhere'",
    ]);
  });

  test('oneOf must be a list; a dependency value must be a list or schema; picker keys go through pickerDependencies', () => {
    const tech = FormField.string('technology', { title: 'Tech' });
    const page = new FormPage({
      title: 'P',
      inputs: [tech],
      dependencies: { technology: { oneOf: { properties: {} } }, orgPickerKey: 'orgId' },
    });
    expect(page.validate("workflow 'w'", 'spec.parameters[0]').map((p) => `${p.field}: ${p.problem}`)).toEqual([
      'spec.parameters[0].dependencies.technology.oneOf: oneOf must be a list of branches',
      "spec.parameters[0].dependencies.orgPickerKey: 'orgPickerKey' is a picker dependency",
    ]);
    const bad = new FormPage({ title: 'P', inputs: [tech], dependencies: { technology: 'x' } });
    expect(bad.validate('w', 'p')[0].problem).toBe('a dependency must be a list of field names or a schema (oneOf/allOf/anyOf)');
    const branches = new FormPage({ title: 'P', inputs: [tech], dependencies: { technology: { anyOf: ['x', { properties: [] }] } } });
    expect(branches.validate('w', 'p').map((p) => `${p.field}: ${p.problem}`)).toEqual([
      'p.dependencies.technology.anyOf[0]: a branch must be an object with properties/required',
      'p.dependencies.technology.anyOf[1].properties: properties must be a map of fields',
    ]);
    const list = new FormPage({ title: 'P', inputs: [tech], dependencies: { technology: ['nope'] } });
    expect(list.validate('w', 'p')[0].problem).toBe("'nope' is not a field of this page");
  });

  test('rejects a page without title and a field declared twice', () => {
    expect(() => new FormPage({ title: '' })).toThrow(
      /^form page: title: the page has no title\. Fix: give every page a title; it labels the form step$/,
    );
    const n = name();
    expect(() => new FormPage({ title: 'P', inputs: [n, WorkflowInput.string('name', { title: 'Other' })] })).toThrow(
      /^form page 'P': properties\.name: property 'name' is declared twice on the page\. Fix: declare each field once$/,
    );
  });
});
