import { resolveValue } from '../../src/core/resolve';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable, VariableType } from '../../src/pipeline/variable';
import { UiField, UiWidget } from '../../src/workflow/ui-field';
import { WorkflowInput } from '../../src/workflow/workflow-input';

describe('WorkflowInput', () => {
  test('a string input is a form property and a runtime-input String variable', () => {
    const i = WorkflowInput.string('project_name', {
      title: 'Service name',
      description: 'Repo name',
      pattern: '^[a-z_]+$',
      default: 'svc',
    });
    expect(i).toBeInstanceOf(PipelineVariable);
    expect(i.schema.toProperty()).toEqual({
      title: 'Service name',
      type: 'string',
      description: 'Repo name',
      pattern: '^[a-z_]+$',
      default: 'svc',
    });
    expect(i.toObject()).toEqual({
      name: 'project_name',
      type: 'String',
      description: 'Repo name',
      required: true,
      value: '<+input>.default(svc).regex(^[a-z_]+$)',
    });
    expect(i.inputsetValue).toBe('${{ parameters.project_name }}');
  });

  test('an enum input carries its values as allowedValues', () => {
    const i = WorkflowInput.enum('stack', { title: 'Tech stack', values: ['java', 'nodejs', 'python', 'go'], default: 'java' });
    expect(i.schema.toProperty()).toEqual({
      title: 'Tech stack',
      type: 'string',
      enum: ['java', 'nodejs', 'python', 'go'],
      default: 'java',
    });
    expect(i.toObject()).toEqual({
      name: 'stack',
      type: 'String',
      description: 'Tech stack',
      required: true,
      value: '<+input>.default(java).allowedValues(java,nodejs,python,go)',
    });
  });

  test('a string input with enum is the same as an enum input', () => {
    const a = WorkflowInput.string('t', { title: 'T', enum: ['a', 'b'] });
    expect(a.toObject().value).toBe('<+input>.allowedValues(a,b)');
  });

  test('a number input is a Number variable', () => {
    const i = WorkflowInput.number('replicas', { title: 'Target replicas', minimum: 0, default: 2 });
    expect(i.type).toBe(VariableType.NUMBER);
    expect(i.schema.toProperty()).toEqual({ title: 'Target replicas', type: 'number', minimum: 0, default: 2 });
    expect(i.toObject()).toEqual({
      name: 'replicas',
      type: 'Number',
      description: 'Target replicas',
      required: true,
      value: '<+input>.default(2)',
    });
    expect(WorkflowInput.number('n', { title: 'N', enum: [1, 2] }).toObject().value).toBe('<+input>.allowedValues(1,2)');
  });

  test('number defaults JavaScript writes with an exponent (1e-7, 1e21) go to the pipeline as decimals', () => {
    const small = WorkflowInput.number('tolerance', { title: 'Tolerance', default: 1e-7 });
    expect(small.schema.toProperty()).toEqual({ title: 'Tolerance', type: 'number', default: 1e-7 });
    expect(small.toObject().value).toBe('<+input>.default(0.0000001)');
    const big = WorkflowInput.number('budget', { title: 'Budget', default: 1e21, enum: [1e21, 2.5e-8, 3] });
    expect(big.toObject().value).toBe('<+input>.default(1000000000000000000000).allowedValues(1000000000000000000000,0.000000025,3)');
    expect(WorkflowInput.number('neg', { title: 'Neg', default: -1.5e-7 }).toObject().value).toBe('<+input>.default(-0.00000015)');
  });

  test('a boolean input is a String variable restricted to true/false', () => {
    const i = WorkflowInput.boolean('dry_run', { title: 'Dry run', default: false });
    expect(i.type).toBe(VariableType.STRING);
    expect(i.schema.toProperty()).toEqual({ title: 'Dry run', type: 'boolean', default: false });
    expect(i.toObject().value).toBe('<+input>.default(false).allowedValues(true,false)');
    expect(WorkflowInput.boolean('b', { title: 'B' }).toObject().value).toBe('<+input>.allowedValues(true,false)');
  });

  test('an array input is joined into a String variable', () => {
    const i = WorkflowInput.array('regions', {
      title: 'Regions',
      items: { enum: ['eu', 'us'] },
      uniqueItems: true,
      uiWidget: UiWidget.CHECKBOXES,
      default: ['eu'],
    });
    expect(i.toObject()).toEqual({ name: 'regions', type: 'String', description: 'Regions', required: true, value: '<+input>' });
    expect(i.inputsetValue).toBe("${{ parameters.regions.join(',') }}");
  });

  test('feeds a differently named pipeline variable; steps read that variable', () => {
    const projectId = WorkflowInput.string('projectId', {
      title: 'Project',
      uiField: UiField.harnessProjectPicker(),
      variableName: 'harness_project',
      variableDescription: 'Project of the CI pipeline',
    });
    expect(projectId.id).toBe('projectId');
    expect(projectId.name).toBe('harness_project');
    expect(projectId.toObject()).toEqual({
      name: 'harness_project',
      type: 'String',
      description: 'Project of the CI pipeline',
      required: true,
      value: '<+input>',
    });
    const run = new RunStep({ identifier: 'echo', command: `echo ${projectId}` });
    const pipeline = new Pipeline({ identifier: 'p', variables: [projectId] }).addStage(new CustomStage({ identifier: 's', steps: [run] }));
    const doc = pipeline.toObject() as any;
    expect(doc.pipeline.stages[0].stage.spec.execution.steps[0].step.spec.command).toBe('echo <+pipeline.variables.harness_project>');
    expect(doc.pipeline.variables).toEqual([
      { name: 'harness_project', type: 'String', description: 'Project of the CI pipeline', required: true, value: '<+input>' },
    ]);
  });

  test('pipeline-side required and description can differ from the form', () => {
    const i = WorkflowInput.string('orgId', { title: 'Org', required: false, variableRequired: true });
    expect(i.schema.required).toBe(false);
    expect(i.required).toBe(true);
    expect(WorkflowInput.string('x', { title: 'X', required: false }).required).toBe(false);
  });

  test('parameter expression for the workflow side', () => {
    const i = WorkflowInput.string('env', { title: 'Env', variableName: 'environment' });
    expect(resolveValue(i.parameter)).toBe('${{ parameters.env }}');
    expect(resolveValue(i)).toBe('<+pipeline.variables.environment>');
    expect(i.describe()).toBe("workflow input 'env'");
  });

  test('a Secret field is sent as ${{ secrets.<id> }}', () => {
    expect(WorkflowInput.string('db_password', { title: 'DB password', uiField: UiField.secret() }).inputsetValue).toBe(
      '${{ secrets.db_password }}',
    );
  });
});

describe('WorkflowInput rules', () => {
  test('the variable name must be a plain name', () => {
    expect(() => WorkflowInput.string('a', { title: 'A', variableName: 'pipeline.variables.a' })).toThrow(
      /^workflow input 'a': variableName: 'pipeline.variables.a' cannot be fed by a workflow \(pattern .*; '\.', '\$' and '-' are misread in inputset keys and expressions\)\. Fix: use letters, digits and _ only, e\.g\. 'pipeline_variables_a'$/,
    );
    expect(() => WorkflowInput.string('a', { title: 'A', variableName: 'my-var' })).toThrow(
      /variableName: 'my-var' cannot be fed by a workflow/,
    );
  });

  test('the session token is never a pipeline input', () => {
    expect(() => WorkflowInput.string('token', { title: 'Token', uiField: UiField.harnessAuthToken() })).toThrow(
      "workflow input 'token': ui:field: the HarnessAuthToken field would send the user's session token to the pipeline as a variable. Fix: declare the token with FormField.authToken() (or TriggerAuth.userToken()), which stays in the form",
    );
  });

  test('enum values that .allowedValues() cannot carry are rejected', () => {
    expect(() => WorkflowInput.enum('vol', { title: 'Volume', values: ['General Purpose SSD (gp2)', 'io1'] })).toThrow(
      /variable 'vol': value: allowed value 'General Purpose SSD \(gp2\)' contains ',', '\(' or '\)', which \.allowedValues\(\) cannot carry\. Fix: use values without commas or parentheses/,
    );
  });

  test('form rules apply (field path names the input)', () => {
    expect(() => WorkflowInput.enum('e', { title: 'E', values: ['a', 'a'] })).toThrow(
      /^workflow input 'e': enum: value 'a' is listed twice/,
    );
    expect(() => WorkflowInput.number('e', { title: 'E', uiField: UiField.ownerPicker() })).toThrow(
      /^workflow input 'e': ui:field: OwnerPicker supports only type string/,
    );
  });
});
