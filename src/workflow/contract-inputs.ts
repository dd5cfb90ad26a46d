import type { ValidationProblem } from '../core/errors';
import type { Pipeline } from '../pipeline/pipeline';
import type { PipelineVariable } from '../pipeline/variable';
import { type InputsetEntry, sentValueProblems } from './inputset-rules';
import { WorkflowInput } from './workflow-input';

/**
 * Runtime inputs fed by workflow inputs, both directions (docs/rules.md#contract-runtime-inputs-fed); a webhook
 * trigger runs the pipeline with a stored input set instead (docs/rules.md#trigger-webhook).
 * @param workflowPath the workflow, for messages
 * @param entries the trigger's inputset entries
 */
export function inputContractProblems(
  workflowPath: string,
  entries: readonly InputsetEntry[],
  pipeline: Pipeline,
  webhook: boolean,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const byName = new Map(entries.map((e) => [e.feeder.name, e]));
  for (const v of pipeline.variables) {
    const where = `${pipeline.describe()} > variable '${v.name}'`;
    if (v.isRuntimeInput && !byName.has(v.name) && !webhook) {
      problems.push({
        path: where,
        field: 'value',
        problem: `is a runtime input that no input of ${workflowPath} feeds, so the trigger sends no value for it`,
        fix:
          `declare WorkflowInput.string('${v.name}', {...}) (or number/boolean/enum) on a page of the workflow ` +
          'and add that input to the pipeline in place of this variable, or give the variable a fixed value',
      });
    }
    if (v.runtimeInput?.isExecutionInput) {
      problems.push({
        path: where,
        field: 'value',
        problem: 'is an execution-time input (.executionInput()); a workflow-triggered pipeline cannot stop to ask for it',
        fix: 'drop .executionInput(): the workflow supplies the value when it triggers the pipeline',
      });
    }
  }
  for (const entry of webhook ? [] : entries) problems.push(...entryProblems(workflowPath, entry, pipeline));
  return problems;
}

/** The pipeline variable an inputset entry feeds: declared, a runtime input, and alike (type, default, values, regex). */
function entryProblems(workflowPath: string, entry: InputsetEntry, pipeline: Pipeline): ValidationProblem[] {
  const input = entry.feeder;
  const v = pipeline.variables.find((x) => x.name === input.name);
  const where = `${workflowPath} > ${input.describe()}`;
  const field = input instanceof WorkflowInput ? 'variableName' : 'name';
  if (!v) {
    return [
      {
        path: where,
        field,
        problem: `feeds pipeline variable '${input.name}', which ${pipeline.describe()} does not declare`,
        fix:
          input instanceof WorkflowInput
            ? 'add the input to the pipeline: pipeline.addVariable(input) (or new Pipeline({ variables: workflow.inputs }))'
            : 'add the derived input to the pipeline: pipeline.addVariable(input) ' +
              '(or new Pipeline({ variables: workflow.pipelineVariables }))',
      },
    ];
  }
  if (!v.isRuntimeInput) {
    return [
      {
        path: where,
        field,
        problem: `feeds pipeline variable '${input.name}', which has the fixed value '${String(v.value)}', so the value sent is ignored`,
        fix: `add the ${input instanceof WorkflowInput ? 'WorkflowInput' : 'DerivedInput'} itself to the pipeline as the variable`,
      },
    ];
  }
  const problems: ValidationProblem[] = [];
  if (input instanceof WorkflowInput && v !== input) problems.push(...compareVariable(where, input, v));
  problems.push(...sentValueProblems(workflowPath, entry, v));
  return problems;
}

/** Type, default, allowed values and regex of a separately declared pipeline variable vs. the input. */
function compareVariable(where: string, input: WorkflowInput, v: PipelineVariable): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  const fix = 'add the WorkflowInput itself to the pipeline instead of a separate variable, so both sides come from one declaration';
  if (v.type !== input.type) {
    out.push({
      path: where,
      field: 'type',
      problem: `the form sends a ${input.schema.type} but pipeline variable '${v.name}' is a ${v.type} (expected ${input.type})`,
      fix,
    });
  }
  const theirs = v.runtimeInput!;
  const mine = input.runtimeInput!;
  if (theirs.defaultValue !== undefined || mine.defaultValue !== undefined) {
    if (String(theirs.defaultValue) !== String(mine.defaultValue)) {
      out.push({
        path: where,
        field: 'default',
        problem:
          `the form default is '${mine.defaultValue ?? '(none)'}' ` +
          `but pipeline variable '${v.name}' defaults to '${theirs.defaultValue ?? '(none)'}'`,
        fix,
      });
    }
  }
  if (theirs.allowed !== undefined) {
    const allowed = theirs.allowed.map(String);
    const offered = mine.allowed?.map(String);
    if (offered === undefined) {
      out.push({
        path: where,
        field: 'enum',
        problem: `pipeline variable '${v.name}' allows only [${allowed.join(', ')}] but the form accepts any value`,
        fix,
      });
    } else {
      const extra = offered.filter((x) => !allowed.includes(x));
      if (extra.length > 0) {
        out.push({
          path: where,
          field: 'enum',
          problem: `the form offers [${extra.join(', ')}], which pipeline variable '${v.name}' does not allow ([${allowed.join(', ')}])`,
          fix,
        });
      }
    }
  }
  if (theirs.pattern !== undefined && theirs.pattern !== mine.pattern) {
    out.push({
      path: where,
      field: 'pattern',
      problem: `pipeline variable '${v.name}' requires regex '${theirs.pattern}' but the form pattern is '${mine.pattern ?? '(none)'}'`,
      fix,
    });
  }
  return out;
}
