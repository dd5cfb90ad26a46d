import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { formatProblem } from '../../src/core/errors';
import { FormCondition, FormConditionKind } from '../../src/workflow/form-condition';
import { FormField } from '../../src/workflow/form-field';
import { FormPage } from '../../src/workflow/form-page';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowInput } from '../../src/workflow/workflow-input';

const environment = () => WorkflowInput.enum('environment', { title: 'Select Environment', values: ['non-prod', 'prod'] });
const envType = () => FormField.enum('environment_type', { title: 'Select environment type', values: ['dev', 'test', 'stage', 'prod'] });

describe('FormCondition rendering', () => {
  test('oneOf: one branch per group of values, the controller enum first in each branch', () => {
    const env = environment();
    const nonProd = FormField.enum('environment_type', { title: 'Select environment type', values: ['dev', 'test'] });
    const prod = FormField.enum('environment_type', { title: 'Select environment type', values: ['stage', 'prod'], required: false });
    const c = FormCondition.oneOf(env, [
      { values: ['non-prod'], fields: [nonProd] },
      { values: ['prod'], fields: [prod] },
    ]);
    expect(c.kind).toBe(FormConditionKind.ONE_OF);
    expect(c.render()).toEqual({
      oneOf: [
        {
          properties: {
            environment: { enum: ['non-prod'] },
            environment_type: { title: 'Select environment type', type: 'string', enum: ['dev', 'test'] },
          },
          required: ['environment_type'],
        },
        {
          properties: {
            environment: { enum: ['prod'] },
            environment_type: { title: 'Select environment type', type: 'string', enum: ['stage', 'prod'] },
          },
        },
      ],
    });
    expect([c.branchPath(0), c.branchPath(1)]).toEqual(['oneOf[0]', 'oneOf[1]']);
    expect(c.describe()).toBe("form condition on 'environment'");
  });

  test('allOf: if/then with const for one value, enum for several', () => {
    const include = FormField.boolean('includeName', { title: 'Include Name?', default: true });
    const lastName = FormField.string('lastName', { title: 'Last Name', required: false });
    expect(FormCondition.allOf(include, [{ values: [true], fields: [lastName] }]).render()).toEqual({
      allOf: [
        {
          if: { properties: { includeName: { const: true } } },
          // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON-schema keyword of if/then
          then: { properties: { lastName: { title: 'Last Name', type: 'string' } } },
        },
      ],
    });
    const tier = FormField.enum('tier', { title: 'Tier', values: ['gold', 'silver', 'bronze'] });
    const sla = FormField.string('sla', { title: 'SLA' });
    const c = FormCondition.allOf(tier, [{ values: ['gold', 'silver'], fields: [sla] }]);
    expect(c.render()).toEqual({
      allOf: [
        {
          if: { properties: { tier: { enum: ['gold', 'silver'] } } },
          // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON-schema keyword of if/then
          then: { properties: { sla: { title: 'SLA', type: 'string' } }, required: ['sla'] },
        },
      ],
    });
    expect(c.branchPath(0)).toBe('allOf[0].then');
  });

  test('whenPresent: the fields appear once the field has any value', () => {
    const owner = FormField.string('owner', { title: 'Owner' });
    const deputy = FormField.string('deputy', { title: 'Deputy' });
    const c = FormCondition.whenPresent(owner, [deputy]);
    expect(c.render()).toEqual({ properties: { deputy: { title: 'Deputy', type: 'string' } }, required: ['deputy'] });
    expect(c.branchPath(0)).toBe('');
  });

  test('on a page: dependencies next to properties, in an IDP 1.0 template Backstage accepts', async () => {
    const env = environment();
    const type = envType();
    const page = new FormPage({
      title: 'Page1',
      inputs: [env],
      conditions: [FormCondition.oneOf(env, [{ values: ['non-prod', 'prod'], fields: [type] }])],
    });
    expect(page.toObject().dependencies).toEqual({
      environment: {
        oneOf: [
          {
            properties: { environment: { enum: ['non-prod', 'prod'] }, environment_type: type.schema.toProperty() },
            required: ['environment_type'],
          },
        ],
      },
    });
    const w = new Workflow({
      identifier: 'env_select',
      type: 'resource',
      pages: [page],
      trigger: new PipelineTrigger({
        name: 'Run',
        url: PipelineUrl.inline({ accountId: 'acc', orgId: 'default', projectId: 'idp', pipelineId: 'ops' }),
      }),
    });
    await expect(templateEntityV1beta3Validator.check(w.toBackstageObject() as any)).resolves.toBe(true);
  });
});

describe('FormCondition rules', () => {
  test('the controlling field is a string, number or boolean form field', () => {
    expect(() => FormCondition.whenPresent(undefined as any, [envType()])).toThrow(
      'form condition: controller: undefined is not a form field. Fix: pass the field whose value decides',
    );
    const list = FormField.array('regions', { title: 'Regions' });
    expect(() => FormCondition.whenPresent(list, [envType()])).toThrow(
      "form condition on 'regions': controller: a condition looks at a string, number or boolean field, not a array field. Fix: choose another field",
    );
  });

  test('branches: at least one, each with values of the field, and fields', () => {
    const env = environment();
    expect(() => FormCondition.allOf(env, [])).toThrow(
      "form condition on 'environment': branches: the condition has no branches. Fix: give at least one branch",
    );
    expect(() => FormCondition.whenPresent(env, [])).toThrow(
      "form condition on 'environment': fields: the condition shows no fields. Fix: list the fields that appear once the field has a value",
    );
    expect(() => FormCondition.allOf(env, [{ values: [], fields: [envType()] }])).toThrow(
      "form condition on 'environment': branches[0].values: the branch names no value of the field. Fix: list the values that show the branch",
    );
    expect(() => FormCondition.allOf(env, [{ values: [true], fields: [envType()] }])).toThrow(
      "form condition on 'environment': branches[0].values: true is not a string, but 'environment' is a string field. Fix: give string values",
    );
    expect(() => FormCondition.allOf(env, [{ values: ['staging'], fields: [envType()] }])).toThrow(
      "form condition on 'environment': branches[0].values: 'staging' is not one of the values of 'environment' [non-prod, prod]. Fix: use values of the field",
    );
  });

  test('branch fields: not the controller, not the token, once per branch, one input per id', () => {
    const env = environment();
    expect(() => FormCondition.allOf(env, [{ values: ['prod'], fields: [env] }])).toThrow(
      "form condition on 'environment': branches[0].fields: 'environment' is the field the condition looks at. Fix: list only the fields that depend on it",
    );
    expect(() => FormCondition.allOf(env, [{ values: ['prod'], fields: [FormField.authToken()] }])).toThrow(
      "form condition on 'environment': branches[0].fields: the HarnessAuthToken field cannot be conditional. Fix: put the token field on page 1, outside conditions",
    );
    const t = envType();
    expect(() => FormCondition.allOf(env, [{ values: ['prod'], fields: [t, t] }])).toThrow(
      "form condition on 'environment': branches[0].fields: 'environment_type' is listed twice in the branch. Fix: list each field once",
    );
    expect(() => FormCondition.allOf(env, [{ values: ['prod'], fields: ['x' as any] }])).toThrow(
      "form condition on 'environment': branches[0].fields: x is not a form field. Fix: pass FormField or WorkflowInput objects",
    );
    const a = WorkflowInput.string('tier', { title: 'Tier' });
    const b = WorkflowInput.string('tier', { title: 'Tier' });
    expect(() =>
      FormCondition.oneOf(env, [
        { values: ['prod'], fields: [a] },
        { values: ['non-prod'], fields: [b] },
      ]),
    ).toThrow(
      "form condition on 'environment': branches: two different fields named 'tier' feed a pipeline variable. Fix: declare one WorkflowInput and list it in each branch (form-only FormField variants may differ)",
    );
  });

  test('oneOf: a field with a fixed set of values, each selecting exactly one branch', () => {
    const free = FormField.string('name', { title: 'Name' });
    expect(() => FormCondition.oneOf(free, [{ values: ['x'], fields: [envType()] }])).toThrow(
      "form condition on 'name': controller: oneOf needs a field with a fixed set of values, but 'name' accepts any value. Fix: give the field enum values, or use FormCondition.allOf or FormCondition.whenPresent",
    );
    const env = environment();
    expect(() => FormCondition.oneOf(env, [{ values: ['prod'], fields: [envType()] }, { values: ['prod', 'non-prod'] }])).toThrow(
      "form condition on 'environment': branches[1].values: 'prod' selects branches 0 and 1; oneOf needs exactly one. Fix: list each value in one branch",
    );
    expect(() => FormCondition.oneOf(env, [{ values: ['prod'], fields: [envType()] }])).toThrow(
      "form condition on 'environment': branches: value 'non-prod' of 'environment' selects no branch, so the form refuses it (oneOf needs exactly one). Fix: add a branch for it, with no fields if it adds none",
    );
    const flag = FormField.boolean('custom', { title: 'Custom?' });
    expect(() => FormCondition.oneOf(flag, [{ values: [true], fields: [envType()] }])).toThrow(
      /value 'false' of 'custom' selects no branch/,
    );
    expect(FormCondition.oneOf(flag, [{ values: [true], fields: [envType()] }, { values: [false] }]).fields.map((f) => f.id)).toEqual([
      'environment_type',
    ]);
  });

  test('a page or object holds one condition per field', () => {
    const env = environment();
    const c = FormCondition.whenPresent(env, [envType()]);
    expect(
      () =>
        new FormPage({
          title: 'P',
          inputs: [env],
          conditions: [c, FormCondition.whenPresent(env, [FormField.string('x', { title: 'X' })])],
        }),
    ).toThrow(
      "form page 'P': dependencies.environment: two conditions look at 'environment'; dependencies holds one entry per field. Fix: merge them into one condition with several branches",
    );
    expect(() => new FormPage({ title: 'P', inputs: [env], conditions: [{} as any] })).toThrow(
      "form page 'P': conditions: [object Object] is not a FormCondition. Fix: use FormCondition.oneOf(), .allOf() or .whenPresent()",
    );
  });

  test('at render: the controller is a field of the page; no raw dependency and no field of the page take its keys', () => {
    const env = environment();
    const type = envType();
    const page = new FormPage({
      title: 'P',
      inputs: [type],
      conditions: [FormCondition.whenPresent(env, [type])],
      dependencies: { environment: ['environment_type'] },
    });
    expect(page.validate('workflow', 'spec.parameters[0]').map(formatProblem)).toEqual([
      "workflow: spec.parameters[0].dependencies.environment: form condition on 'environment' looks at 'environment', which is not a field here (a condition sits next to the properties of its field). Fix: add 'environment' to the fields, or move the condition to where 'environment' is",
      "workflow: spec.parameters[0].dependencies.environment: raw dependencies and form condition on 'environment' both write dependencies.environment. Fix: express the dependency once: as a FormCondition, or in dependencies",
      "workflow: spec.parameters[0].dependencies.environment.environment_type: 'environment_type' is both an unconditional field and a field of form condition on 'environment'. Fix: declare 'environment_type' in one place",
      "workflow: spec.parameters[0].dependencies.environment: dependencies key 'environment' is not a field of this page (dependencies are keyed by the controlling field and sit next to properties). Fix: use one of: environment_type, or move the dependency to the page that has 'environment'",
    ]);
  });
});
