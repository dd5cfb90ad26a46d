import { PipelineVariable, VariableType } from '../../src/pipeline/variable';
import { DerivedInput } from '../../src/workflow/derived-input';
import { FormField } from '../../src/workflow/form-field';
import { FormPage } from '../../src/workflow/form-page';
import { InputsetValue } from '../../src/workflow/inputset-value';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowInput } from '../../src/workflow/workflow-input';

const replicas = () => FormField.number('replicas', { title: 'Replicas' });

describe('DerivedInput', () => {
  test('a runtime-input pipeline variable with the given type, description, default, allowed values and regex', () => {
    const d = WorkflowInput.derived('env_lower', InputsetValue.of(FormField.enum('env', { title: 'Env', values: ['Prod'] })).lower(), {
      description: 'Lower-case environment',
      required: false,
      allowedValues: ['prod', 'dev'],
      pattern: '^[a-z]+$',
      default: 'prod',
    });
    expect(d).toBeInstanceOf(DerivedInput);
    expect(d).toBeInstanceOf(PipelineVariable);
    expect(d.toObject()).toEqual({
      name: 'env_lower',
      type: 'String',
      description: 'Lower-case environment',
      required: false,
      value: '<+input>.default(prod).allowedValues(prod,dev).regex(^[a-z]+$)',
    });
    expect(d.describe()).toBe("derived input 'env_lower'");
    expect(d.source.render()).toBe('${{ parameters.env | lower }}');
    const n = WorkflowInput.derived('count', InputsetValue.of(replicas()), {
      type: VariableType.NUMBER,
      default: 1e-7,
      allowedValues: [1e-7, 1e21],
    });
    expect(n.toObject()).toEqual({
      name: 'count',
      type: 'Number',
      required: true,
      value: '<+input>.default(0.0000001).allowedValues(0.0000001,1000000000000000000000)',
    });
  });

  test('is read as a pipeline variable in steps, and added to the workflow once', () => {
    const d = WorkflowInput.derived('source', InputsetValue.fixed('idp'));
    expect(d.resolve()).toBe('<+pipeline.variables.source>');
    const w = new Workflow({
      identifier: 'w',
      type: 'operations',
      pages: [new FormPage({ title: 'P', inputs: [WorkflowInput.string('a', { title: 'A' })] })],
      trigger: new PipelineTrigger({
        name: 'Run',
        url: PipelineUrl.inline({ accountId: 'a', orgId: 'o', projectId: 'p', pipelineId: 'x' }),
      }),
    });
    w.addDerivedInput(d);
    expect(w.derivedInputs).toEqual([d]);
    expect(w.pipelineVariables.map((v) => v.name)).toEqual(['a', 'source']);
    expect(() => w.addDerivedInput(d)).toThrow(
      "workflow 'w': derivedInputs: derived input 'source' is added twice. Fix: add each derived input once",
    );
    expect(() => w.addDerivedInput(WorkflowInput.string('b', { title: 'B' }) as any)).toThrow(
      /^workflow 'w': derivedInputs: .* is not a DerivedInput\. Fix: declare it with WorkflowInput.derived\(name, value\)$/,
    );
  });

  test('rules: a plain name, an InputsetValue, a String or Number variable that can take the value', () => {
    expect(() => WorkflowInput.derived('repo-name', InputsetValue.fixed('x'))).toThrow(
      "derived input 'repo-name': name: 'repo-name' cannot be fed by a workflow (pattern ^[a-zA-Z_][0-9a-zA-Z_]{0,127}$; '.', '$' and '-' are misread in inputset keys and expressions). Fix: use letters, digits and _ only, e.g. 'repo_name'",
    );
    expect(() => WorkflowInput.derived('x', '${{ parameters.a }}' as any)).toThrow(
      "derived input 'x': source: ${{ parameters.a }} is not an InputsetValue. Fix: pass InputsetValue.of(field) (with filters) or InputsetValue.fixed(value)",
    );
    expect(() => WorkflowInput.derived('x', InputsetValue.fixed('a'), { type: VariableType.SECRET })).toThrow(
      "derived input 'x': type: a derived value is text or a number, not a Secret. Fix: use VariableType.STRING or VariableType.NUMBER",
    );
    expect(() => WorkflowInput.derived('x', InputsetValue.fixed('a'), { type: VariableType.NUMBER })).toThrow(
      "derived input 'x': type: a Number variable cannot take the fixed value 'a', which is a text. Fix: read a number field without text filters, or make the variable a String",
    );
    expect(() =>
      WorkflowInput.derived('x', InputsetValue.of(FormField.string('url', { title: 'U' })).parseRepoUrl(), { type: VariableType.NUMBER }),
    ).toThrow(/^derived input 'x': type: a Number variable cannot take \$\{\{ parameters.url \| parseRepoUrl \}\}, which is an object\./);
  });
});
