import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { StepGroup } from '../../src/pipeline/step-group';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { HttpMethod, HttpStep } from '../../src/pipeline/steps/custom/http';
import { ShellScriptStep } from '../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable } from '../../src/pipeline/variable';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { type BadInput, failureOf } from './support';

// Words Harness reserves, where Harness reserves them: identifiers (pipelines, stages, steps, step groups), variable
// names (the JEXL keywords of the expression language, `shellScriptProvisioner`, `class`), and the names a workflow
// feeds (both lists: an inputset key is an identifier and a variable name at once).

const identifierFix = (word: string) => `choose another identifier, for example '${word}_1'`;
const variableMessage = (where: string, field: string, word: string) =>
  `${where}: ${field}: '${word}' is a reserved word in Harness expressions and cannot be a variable name (<+pipeline.variables.${word}> would not parse). Fix: choose another name, for example '${word}_value'`;
const inputMessage = (id: string, word = id) =>
  `workflow input '${id}': variableName: '${word}' is a reserved word in Harness; the workflow feeds the input as an inputset key and pipeline variable, which follow the identifier rules. Fix: choose another name, for example '${word}_id' (or set variableName)`;

describe('identifier-reserved-words', () => {
  const cases: BadInput[] = [
    [
      "pipeline 'account'",
      () => new Pipeline({ identifier: 'account' }),
      `pipeline 'account': identifier: 'account' is a reserved word in Harness. Fix: ${identifierFix('account')}`,
    ],
    [
      "stage 'parallel'",
      () => new CustomStage({ identifier: 'parallel' }),
      `stage 'parallel': identifier: 'parallel' is a reserved word in Harness. Fix: ${identifierFix('parallel')}`,
    ],
    [
      "step 'status'",
      () => new RunStep({ identifier: 'status', command: 'echo' }),
      `step 'status': identifier: 'status' is a reserved word in Harness. Fix: ${identifierFix('status')}`,
    ],
    [
      "step group 'stepGroup'",
      () => new StepGroup({ identifier: 'stepGroup' }),
      `stepGroup 'stepGroup': identifier: 'stepGroup' is a reserved word in Harness. Fix: ${identifierFix('stepGroup')}`,
    ],
    [
      "pipeline project 'org'",
      () => new Pipeline({ identifier: 'p', orgIdentifier: 'default', projectIdentifier: 'org' }),
      `pipeline 'p': projectIdentifier: 'org' is a reserved word in Harness. Fix: ${identifierFix('org')}`,
    ],
    [
      "step 'liteEngineTask'",
      () => new RunStep({ identifier: 'liteEngineTask', command: 'echo' }),
      `step 'liteEngineTask': identifier: 'liteEngineTask' is a reserved word in Harness. Fix: ${identifierFix('liteEngineTask')}`,
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});

describe('variable-reserved-words', () => {
  const cases: BadInput[] = [
    ["pipeline variable 'new'", () => PipelineVariable.string('new'), variableMessage("variable 'new'", 'name', 'new')],
    ["number variable 'class'", () => PipelineVariable.number('class'), variableMessage("variable 'class'", 'name', 'class')],
    ["secret variable 'return'", () => PipelineVariable.secret('return'), variableMessage("variable 'return'", 'name', 'return')],
    [
      "ShellScript environment variable 'var'",
      () => new ShellScriptStep({ identifier: 'sh', script: 'echo', environmentVariables: [{ name: 'var', value: 'x' }] }),
      variableMessage("step 'sh'", 'spec.environmentVariables[0].name', 'var'),
    ],
    [
      "ShellScript output variable 'null'",
      () => new ShellScriptStep({ identifier: 'sh', script: 'echo', outputVariables: ['null'] }),
      variableMessage("step 'sh'", 'spec.outputVariables[0].name', 'null'),
    ],
    [
      "Http output variable 'shellScriptProvisioner'",
      () =>
        new HttpStep({
          identifier: 'call',
          url: 'https://example.com',
          method: HttpMethod.GET,
          outputVariables: [{ name: 'shellScriptProvisioner', value: '<+httpResponseCode>' }],
        }),
      variableMessage("step 'call'", 'spec.outputVariables[0].name', 'shellScriptProvisioner'),
    ],
    [
      "Run output variable 'and'",
      () => new RunStep({ identifier: 'run', command: 'and=1', outputVariables: ['and'] }),
      variableMessage("step 'run'", 'spec.outputVariables', 'and'),
    ],
    ["pipeline variable 'true'", () => PipelineVariable.string('true'), variableMessage("variable 'true'", 'name', 'true')],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));

  test('names that merely contain a reserved word are fine', () => {
    expect(PipelineVariable.string('new_version').name).toBe('new_version');
    expect(PipelineVariable.string('classification').name).toBe('classification');
    expect(PipelineVariable.string('account').name).toBe('account');
  });
});

describe('workflow-input-reserved-words', () => {
  const cases: BadInput[] = [
    ["input 'account'", () => WorkflowInput.string('account', { title: 'Account' }), inputMessage('account')],
    ["input 'org'", () => WorkflowInput.string('org', { title: 'Org' }), inputMessage('org')],
    ["input 'new'", () => WorkflowInput.boolean('new', { title: 'New?' }), inputMessage('new')],
    ["input 'status'", () => WorkflowInput.enum('status', { title: 'Status', values: ['on', 'off'] }), inputMessage('status')],
    ["input 'class'", () => WorkflowInput.number('class', { title: 'Class' }), inputMessage('class')],
    [
      "variableName 'step'",
      () => WorkflowInput.string('step_name', { title: 'Step', variableName: 'step' }),
      inputMessage('step_name', 'step'),
    ],
  ];
  test.each(cases)('%s', (_label, attempt, message) => expect(failureOf(attempt)).toBe(message));
});
