import { Expr } from '../../src/core/expr';
import type { StepOutput } from '../../src/core/expression';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';
import { FormField } from '../../src/workflow/form-field';
import { UiField } from '../../src/workflow/ui-field';
import {
  nunjucksReferences,
  resolveWorkflowValue,
  TriggerOutputExpression,
  WorkflowExpr,
  WorkflowExpression,
  WORKFLOW_KINDS,
  type WorkflowResolveContext,
} from '../../src/workflow/workflow-expression';
import { VariableReference } from '../../src/core/variable-reference';
import type { Step } from '../../src/pipeline/step';
import { WorkflowInput } from '../../src/workflow/workflow-input';

function placedRun(): RunStep {
  const run = new RunStep({ identifier: 'export', command: 'echo', outputVariables: ['url'] });
  new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 's', steps: [run] }));
  return run;
}

/** A resolve context like a workflow's: its inputs, and the steps of the pipeline it triggers. */
function ctx(inputs: WorkflowInput[] = [], steps: readonly Step[] = []): WorkflowResolveContext {
  return {
    path: "workflow 'w'",
    triggerId: 'trigger',
    parameterText: (ref) =>
      inputs.find((i) => i === ref || (ref instanceof VariableReference && i.variableId === ref.variableId))?.schema.parameterText(),
    resolver: (callbacks) => ({ ...callbacks, kinds: WORKFLOW_KINDS, producer: (id) => steps.find((s) => s.producerId === id) }),
  };
}

describe('WorkflowExpression / WorkflowExpr', () => {
  test('WorkflowExpression resolves to its text, also inside template literals', () => {
    const e = new WorkflowExpression('${{ parameters.x }}');
    expect(resolveWorkflowValue(`value: ${e}`, 'f', ctx()).value).toBe('value: ${{ parameters.x }}');
  });

  test('parameter, equals and notEquals build Nunjucks conditions', () => {
    const env = FormField.enum('environment', { title: 'Env', values: ['dev', 'production'] });
    const count = FormField.number('count', { title: 'Count' });
    expect(WorkflowExpr.parameter(env).resolve()).toBe('${{ parameters.environment }}');
    expect(WorkflowExpr.equals(env, 'production').resolve()).toBe("${{ parameters.environment == 'production' }}");
    expect(WorkflowExpr.notEquals(count, 3).resolve()).toBe('${{ parameters.count != 3 }}');
    expect(WorkflowExpr.equals(env, "it's").resolve()).toBe("${{ parameters.environment == 'it\\'s' }}");
  });

  test('a Secret field is read through secrets', () => {
    const pw = FormField.string('password', { title: 'Password', uiField: UiField.secret() });
    expect(WorkflowExpr.parameter(pw).resolve()).toBe('${{ secrets.password }}');
    expect(WorkflowExpr.equals(pw, 'x').resolve()).toBe("${{ secrets.password == 'x' }}");
  });
});

describe('TriggerOutputExpression', () => {
  test('fqn and short forms', () => {
    const url = placedRun().outputVariable('url');
    expect(new TriggerOutputExpression('trigger', url, 'fqn').resolve()).toBe(
      "${{ steps.trigger.output['pipeline.stages.s.spec.execution.steps.export.output.outputVariables.url'] }}",
    );
    expect(new TriggerOutputExpression('go', url, 'short').resolve()).toBe('${{ steps.go.output.url }}');
  });
});

describe('resolveWorkflowValue', () => {
  test('turns a bare StepOutput into a trigger output read and reports it', () => {
    const url = placedRun().outputVariable('url');
    const r = resolveWorkflowValue({ links: [{ url }] }, 'spec.output', ctx());
    expect(r.value).toEqual({
      links: [{ url: "${{ steps.trigger.output['pipeline.stages.s.spec.execution.steps.export.output.outputVariables.url'] }}" }],
    });
    expect(r.stepOutputs).toEqual([url]);
    expect(r.problems).toEqual([]);
  });

  test('turns a workflow input (a pipeline variable) into its parameter', () => {
    const project = WorkflowInput.string('projectId', { title: 'Project', variableName: 'harness_project' });
    const r = resolveWorkflowValue(`Project ${project}`, 'spec.output.text[0].content', ctx([project]));
    expect(r.value).toBe('Project ${{ parameters.projectId }}');
  });

  test('reports a pipeline variable that is not an input of the workflow', () => {
    const v = PipelineVariable.string('other');
    const r = resolveWorkflowValue({ content: `x ${v}` }, 'spec.output.text[0]', ctx());
    expect(r.problems).toEqual([
      {
        path: "workflow 'w'",
        field: 'spec.output.text[0].content',
        problem: "uses pipeline variable 'other', which is not an input of this workflow",
        fix: "pass a WorkflowInput that is on a page of this workflow, or a FormField's parameter",
      },
    ]);
  });

  test('reports Harness expressions, which IDP does not evaluate', () => {
    const r = resolveWorkflowValue({ url: `${Expr.EXECUTION_URL}` }, 'spec.output.links[0]', ctx());
    expect(r.problems.map((p) => `${p.field}: ${p.problem}`)).toEqual([
      "spec.output.links[0].url: contains the Harness expression '<+pipeline.executionUrl>', which IDP workflows do not evaluate",
    ]);
  });

  test('TriggerOutputExpressions are reported as step outputs too', () => {
    const url: StepOutput = placedRun().outputVariable('url');
    const r = resolveWorkflowValue([new TriggerOutputExpression('trigger', url, 'short')], 'x', ctx());
    expect(r.value).toEqual(['${{ steps.trigger.output.url }}']);
    expect(r.stepOutputs).toEqual([url]);
  });
});

describe('nunjucksReferences', () => {
  test('finds parameters, secrets and steps, dotted and indexed', () => {
    const refs = nunjucksReferences("a ${{ parameters.x }} b ${{ parameters['y'] if secrets.s else steps.trigger.output.url }}");
    expect(refs.parameters).toEqual(['x', 'y']);
    expect(refs.secrets).toEqual(['s']);
    expect(refs.steps).toEqual(['trigger']);
    expect(refs.blocks).toHaveLength(2);
  });

  test('ignores text inside string literals and outside ${{ }}', () => {
    const refs = nunjucksReferences("parameters.outside ${{ steps.trigger.output['pipeline.stages.parameters.x'] }}");
    expect(refs.parameters).toEqual([]);
    expect(refs.steps).toEqual(['trigger']);
  });

  test('method calls on parameters', () => {
    expect(nunjucksReferences("${{ parameters.envs.join(',') }}").parameters).toEqual(['envs']);
  });
});

describe('resolveWorkflowValue with a step that is not placed', () => {
  test('reports the unplaced producer where its output is used', () => {
    const run = new RunStep({ identifier: 'loose', command: 'echo', outputVariables: ['url'] });
    const r = resolveWorkflowValue({ url: run.outputVariable('url') }, 'spec.output.links[0]', ctx());
    expect(r.problems).toEqual([
      {
        path: "workflow 'w'",
        field: 'spec.output.links[0].url',
        problem: "step 'loose': an output of this step is referenced, but the step has not been added to a stage",
        fix: 'add the step to a stage before rendering the pipeline',
      },
    ]);
  });
});
