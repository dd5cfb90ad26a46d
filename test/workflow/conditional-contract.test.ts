// The workflow <-> pipeline contract for conditional fields (FormCondition) and derived inputset values
// (WorkflowInput.derived): for each shape, fed / not fed / absent field / filtered value.
import { formatProblem } from '../../src/core/errors';
import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';
import { checkWorkflowPipelineContract } from '../../src/workflow/contract';
import type { DerivedInput } from '../../src/workflow/derived-input';
import { FormCondition } from '../../src/workflow/form-condition';
import { FormField, type WorkflowParameter } from '../../src/workflow/form-field';
import { FormPage } from '../../src/workflow/form-page';
import { InputsetValue } from '../../src/workflow/inputset-value';
import { ObjectField } from '../../src/workflow/object-field';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { UiField } from '../../src/workflow/ui-field';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowInput } from '../../src/workflow/workflow-input';

function pipeline(variables: PipelineVariable[]): Pipeline {
  return new Pipeline({ identifier: 'ops', orgIdentifier: 'default', projectIdentifier: 'idp', variables }).addStage(
    new CustomStage({ identifier: 'main', steps: [new RunStep({ identifier: 'go', command: 'echo' })] }),
  );
}

/** A workflow whose trigger URL is built from `p` (so it checks the contract), or an inline URL. */
function workflow(
  inputs: WorkflowParameter[],
  conditions: FormCondition[],
  p: Pipeline | undefined,
  derivedInputs: DerivedInput[] = [],
): Workflow {
  const url = p
    ? PipelineUrl.forPipeline(p, { accountId: 'acc' })
    : PipelineUrl.inline({ accountId: 'acc', orgId: 'default', projectId: 'idp', pipelineId: 'ops' });
  return new Workflow({
    identifier: 'ops_wf',
    type: 'operations',
    pages: [new FormPage({ title: 'Target', inputs, conditions })],
    derivedInputs,
    trigger: new PipelineTrigger({ name: 'Run', url }),
  });
}

const inputset = (w: Workflow) => (w.render().document as any).spec.steps[0].input.inputset;
const messages = (w: Workflow) => w.validate().map(formatProblem);

describe('contract: conditional fields', () => {
  const environment = () => WorkflowInput.enum('environment', { title: 'Environment', values: ['non-prod', 'prod'] });

  test('fed: a conditional input counts as fed; while it is hidden the trigger sends its whenAbsent value', () => {
    const env = environment();
    const tier = WorkflowInput.enum('tier', { title: 'Tier', values: ['none', 'gold', 'silver'], whenAbsent: 'none' });
    const p = pipeline([env, tier]);
    const w = workflow([env], [FormCondition.oneOf(env, [{ values: ['prod'], fields: [tier] }, { values: ['non-prod'] }])], p);
    expect(checkWorkflowPipelineContract(w, p)).toEqual([]);
    expect(w.validate()).toEqual([]);
    expect(w.inputs).toEqual([env, tier]);
    expect(w.inputsetEntries().map((e) => [e.feeder.name, e.whenAbsent])).toEqual([
      ['environment', undefined],
      ['tier', 'none'],
    ]);
    expect(inputset(w)).toEqual({ environment: '${{ parameters.environment }}', tier: "${{ parameters.tier | default('none') }}" });
  });

  test('not fed: a conditional input the pipeline does not declare, a runtime input no conditional input feeds', () => {
    const env = environment();
    const tier = WorkflowInput.enum('tier', { title: 'Tier', values: ['gold'], whenAbsent: 'gold' });
    const p = pipeline([env, PipelineVariable.string('region')]);
    const w = workflow([env], [FormCondition.allOf(env, [{ values: ['prod'], fields: [tier] }])], p);
    expect(checkWorkflowPipelineContract(w, p).map(formatProblem)).toEqual([
      "pipeline 'ops' > variable 'region': value: is a runtime input that no input of workflow 'ops_wf' feeds, so the trigger sends no value for it. Fix: declare WorkflowInput.string('region', {...}) (or number/boolean/enum) on a page of the workflow and add that input to the pipeline in place of this variable, or give the variable a fixed value",
      "workflow 'ops_wf' > workflow input 'tier': variableName: feeds pipeline variable 'tier', which pipeline 'ops' does not declare. Fix: add the input to the pipeline: pipeline.addVariable(input) (or new Pipeline({ variables: workflow.inputs }))",
    ]);
  });

  test('absent field: the value sent while it is hidden is allowed, matches the regex, is a number, is not empty', () => {
    const env = environment();
    const tier = WorkflowInput.enum('tier', { title: 'Tier', values: ['gold', 'silver'] });
    const ticket = WorkflowInput.string('ticket', { title: 'Ticket', pattern: '^[A-Z]+-[0-9]+$', whenAbsent: 'none' });
    const replicas = WorkflowInput.number('replicas', { title: 'Replicas' });
    const reason = WorkflowInput.string('reason', { title: 'Reason' });
    const fields = [tier, ticket, replicas, reason];
    const p = pipeline([env, ...fields]);
    const w = workflow([env], [FormCondition.whenPresent(env, fields)], p);
    const expected = [
      "workflow 'ops_wf' > workflow input 'tier': whenAbsent: is shown only while a condition holds; while it is hidden the trigger sends '' (${{ parameters.tier | default('') }}), which pipeline variable 'tier' does not allow ([gold, silver]). Fix: set whenAbsent to a value the variable allows, e.g. 'gold'",
      "workflow 'ops_wf' > workflow input 'ticket': whenAbsent: is shown only while a condition holds; while it is hidden the trigger sends 'none' (${{ parameters.ticket | default('none') }}), which does not match regex '^[A-Z]+-[0-9]+$' of pipeline variable 'ticket'. Fix: set whenAbsent to a value that matches '^[A-Z]+-[0-9]+$'",
      "workflow 'ops_wf' > workflow input 'replicas': whenAbsent: is shown only while a condition holds; while it is hidden the trigger sends '' (${{ parameters.replicas | default('') }}), which is not a number, but pipeline variable 'replicas' is a Number. Fix: set whenAbsent to a number",
      "workflow 'ops_wf' > workflow input 'reason': whenAbsent: is shown only while a condition holds; while it is hidden the trigger sends '' (${{ parameters.reason | default('') }}), but pipeline variable 'reason' is required and Harness refuses an empty value. Fix: set whenAbsent to a value, or variableRequired: false",
    ];
    expect(checkWorkflowPipelineContract(w, p).map(formatProblem)).toEqual(expected);
    // without the pipeline model, the workflow checks the same against its own inputs
    expect(messages(workflow([env], [FormCondition.whenPresent(env, fields)], undefined))).toEqual(expected);
  });

  test('absent field: what is sent by default (the field default, false for a checkbox, an empty list)', () => {
    const env = environment();
    const size = WorkflowInput.enum('size', { title: 'Size', values: ['s', 'm'], default: 'm' });
    const confirm = WorkflowInput.boolean('confirm', { title: 'Confirm' });
    const regions = WorkflowInput.array('regions', { title: 'Regions', variableRequired: false });
    const note = WorkflowInput.string('note', { title: 'Note', variableRequired: false });
    const p = pipeline([env, size, confirm, regions, note]);
    const w = workflow([env], [FormCondition.whenPresent(env, [size, confirm, regions, note])], p);
    expect(w.validate()).toEqual([]);
    expect(inputset(w)).toEqual({
      environment: '${{ parameters.environment }}',
      size: "${{ parameters.size | default('m') }}",
      confirm: '${{ parameters.confirm | default(false) }}',
      regions: "${{ parameters.regions | default([]) | join(',') }}",
      note: "${{ parameters.note | default('') }}",
    });
  });

  test('absent field: inputs of an object field inside a condition, and conditions inside an object field', () => {
    const env = environment();
    const resource = WorkflowInput.enum('resource_type', { title: 'Resource', values: ['s3', 'vpc'], whenAbsent: 's3' });
    const op = WorkflowInput.enum('operation', { title: 'Operation', values: ['create', 'keep'], whenAbsent: 'keep' });
    const infra = new ObjectField('infracomponent', {
      title: 'Infra',
      properties: [resource],
      conditions: [FormCondition.allOf(resource, [{ values: ['vpc'], fields: [op] }])],
    });
    const p = pipeline([env, resource, op]);
    const w = workflow([env], [FormCondition.oneOf(env, [{ values: ['prod'], fields: [infra] }, { values: ['non-prod'] }])], p);
    expect(w.validate()).toEqual([]);
    expect(inputset(w)).toEqual({
      environment: '${{ parameters.environment }}',
      resource_type: "${{ parameters.infracomponent.resource_type | default('s3') }}",
      operation: "${{ parameters.infracomponent.operation | default('keep') }}",
    });
  });

  test('filtered value: a derived input reading a conditional field sends the fallback through its filters', () => {
    const env = environment();
    const tier = FormField.enum('tier', { title: 'Tier', values: ['Gold', 'Silver'] });
    const lowered = WorkflowInput.derived('tier_lower', InputsetValue.of(tier).lower(), { allowedValues: ['gold', 'silver'] });
    const p = pipeline([env, lowered]);
    const w = workflow([env], [FormCondition.whenPresent(env, [tier])], p, [lowered]);
    expect(inputset(w).tier_lower).toBe("${{ parameters.tier | default('') | lower }}");
    expect(checkWorkflowPipelineContract(w, p).map(formatProblem)).toEqual([
      "workflow 'ops_wf' > derived input 'tier_lower': source: can send '' (${{ parameters.tier | default('') | lower }}), which pipeline variable 'tier_lower' does not allow ([gold, silver]). Fix: change the filters, the field's values or the variable's allowedValues",
    ]);
    const fixed = WorkflowInput.derived('tier_lower', InputsetValue.of(tier).default('Gold').lower(), {
      allowedValues: ['gold', 'silver'],
    });
    const w2 = workflow([env], [FormCondition.whenPresent(env, [tier])], pipeline([env, fixed]), [fixed]);
    expect(w2.validate()).toEqual([]);
    expect(inputset(w2).tier_lower).toBe("${{ parameters.tier | default('Gold') | lower }}");
  });
});

describe('contract: derived inputs', () => {
  const repoUrl = () =>
    FormField.string('repoUrl', { title: 'Repository', uiField: UiField.repoUrlPicker({ allowedHosts: ['github.com'] }) });

  test('fed: filters, one field feeding several variables, a fixed value', () => {
    const url = repoUrl();
    const name = WorkflowInput.string('project_name', { title: 'Name' });
    const repo = WorkflowInput.derived('repo', InputsetValue.of(url).parseRepoUrl().pick('repo'), { description: 'Repository' });
    const owner = WorkflowInput.derived('github_org', InputsetValue.of(url).parseRepoUrl().pick('owner'));
    const slug = WorkflowInput.derived('slug', InputsetValue.of(name).lower().replace(' ', '-'));
    const source = WorkflowInput.derived('source', InputsetValue.fixed('idp'), { allowedValues: ['idp', 'api'] });
    const w = workflow([url, name], [], undefined, [repo, owner, slug, source]);
    const p = pipeline([...w.pipelineVariables]);
    const bound = workflow([url, name], [], p, [repo, owner, slug, source]);
    expect(checkWorkflowPipelineContract(bound, p)).toEqual([]);
    expect(bound.validate()).toEqual([]);
    expect(inputset(bound)).toEqual({
      project_name: '${{ parameters.project_name }}',
      repo: "${{ parameters.repoUrl | parseRepoUrl | pick('repo') }}",
      github_org: "${{ parameters.repoUrl | parseRepoUrl | pick('owner') }}",
      slug: "${{ parameters.project_name | lower | replace(' ', '-') }}",
      source: 'idp',
    });
    expect((p.toObject() as any).pipeline.variables).toEqual([
      { name: 'project_name', type: 'String', description: 'Name', required: true, value: '<+input>' },
      { name: 'repo', type: 'String', description: 'Repository', required: true, value: '<+input>' },
      { name: 'github_org', type: 'String', required: true, value: '<+input>' },
      { name: 'slug', type: 'String', required: true, value: '<+input>' },
      { name: 'source', type: 'String', required: true, value: '<+input>.allowedValues(idp,api)' },
    ]);
    expect(bound.derivedInputs).toEqual([repo, owner, slug, source]);
  });

  test('not fed: a derived input the pipeline lacks, or whose variable has a fixed value', () => {
    const url = repoUrl();
    const repo = WorkflowInput.derived('repo', InputsetValue.of(url).parseRepoUrl().pick('repo'));
    const source = WorkflowInput.derived('source', InputsetValue.fixed('idp'));
    const p = pipeline([PipelineVariable.string('source', { value: 'cli' })]);
    expect(checkWorkflowPipelineContract(workflow([url], [], p, [repo, source]), p).map(formatProblem)).toEqual([
      "workflow 'ops_wf' > derived input 'repo': name: feeds pipeline variable 'repo', which pipeline 'ops' does not declare. Fix: add the derived input to the pipeline: pipeline.addVariable(input) (or new Pipeline({ variables: workflow.pipelineVariables }))",
      "workflow 'ops_wf' > derived input 'source': name: feeds pipeline variable 'source', which has the fixed value 'cli', so the value sent is ignored. Fix: add the DerivedInput itself to the pipeline as the variable",
    ]);
  });

  test('filtered value: every value sent is allowed, matches the regex, is a number for a Number variable', () => {
    const env = FormField.enum('environment', { title: 'Environment', values: ['prod', 'dev'] });
    const upper = WorkflowInput.derived('env_upper', InputsetValue.of(env).upper());
    const lower = WorkflowInput.derived('env_lower', InputsetValue.of(env).lower());
    const free = FormField.string('team', { title: 'Team' });
    const team = WorkflowInput.derived('team', InputsetValue.of(free).lower());
    const count = WorkflowInput.derived('count', InputsetValue.fixed('many'));
    const p = pipeline([
      PipelineVariable.string('env_upper', { value: RuntimeInput.create().allowedValues(['prod', 'dev']) }),
      PipelineVariable.string('env_lower', { value: RuntimeInput.create().regex('^p') }),
      PipelineVariable.string('team', { value: RuntimeInput.create().allowedValues(['a', 'b']) }),
      PipelineVariable.number('count'),
    ]);
    expect(checkWorkflowPipelineContract(workflow([env, free], [], p, [upper, lower, team, count]), p).map(formatProblem)).toEqual([
      "workflow 'ops_wf' > derived input 'env_upper': source: can send 'PROD' (${{ parameters.environment | upper }}), which pipeline variable 'env_upper' does not allow ([prod, dev]). Fix: change the filters, the field's values or the variable's allowedValues",
      "workflow 'ops_wf' > derived input 'env_upper': source: can send 'DEV' (${{ parameters.environment | upper }}), which pipeline variable 'env_upper' does not allow ([prod, dev]). Fix: change the filters, the field's values or the variable's allowedValues",
      "workflow 'ops_wf' > derived input 'env_lower': source: can send 'dev' (${{ parameters.environment | lower }}), which does not match regex '^p' of pipeline variable 'env_lower'. Fix: change the filters or the regex",
      "workflow 'ops_wf' > derived input 'team': source: sends any value the form accepts (${{ parameters.team | lower }}), but pipeline variable 'team' allows only [a, b]. Fix: read an enum field (or send a fixed value) whose values the variable allows, or drop allowedValues",
      "workflow 'ops_wf' > derived input 'count': source: can send 'many' (many), which is not a number, but pipeline variable 'count' is a Number. Fix: send a number, or make the variable a String",
    ]);
    const text = WorkflowInput.derived('size', InputsetValue.of(free));
    const q = pipeline([PipelineVariable.number('size')]);
    expect(checkWorkflowPipelineContract(workflow([free], [], q, [text]), q).map(formatProblem)).toEqual([
      "workflow 'ops_wf' > derived input 'size': source: sends text (${{ parameters.team }}), but pipeline variable 'size' is a Number. Fix: read a number field without text filters, or make the variable a String",
    ]);
  });

  test('a list or an object is no variable value; a derived and a form input do not feed one variable', () => {
    const regions = FormField.array('regions', { title: 'Regions' });
    const url = repoUrl();
    const list = WorkflowInput.derived('regions', InputsetValue.of(regions));
    const parsed = WorkflowInput.derived('repo', InputsetValue.of(url).parseRepoUrl());
    const target = WorkflowInput.string('target', { title: 'Target' });
    const twice = WorkflowInput.derived('target', InputsetValue.fixed('x'));
    expect(messages(workflow([regions, url, target], [], undefined, [list, parsed, twice]))).toEqual([
      "workflow 'ops_wf': derivedInputs[2]: derived input 'target' and workflow input 'target' both feed pipeline variable 'target'. Fix: give each derived input its own name",
      "workflow 'ops_wf': spec.steps[0].input.inputset.regions: sends array field 'regions' as it is; pipeline variables cannot take arrays. Fix: join it: ${{ parameters.regions.join(',') }}",
      "workflow 'ops_wf' > derived input 'repo': source: sends an object (${{ parameters.repoUrl | parseRepoUrl }}); a pipeline variable takes text or a number. Fix: send one part: .parseRepoUrl().pick('repo'), or a field of the object",
    ]);
  });

  test('absent field: a derived input reading a hidden field sends an empty value a required variable refuses', () => {
    const env = FormField.enum('environment', { title: 'Environment', values: ['prod', 'dev'] });
    const ticket = FormField.string('ticket', { title: 'Ticket' });
    const key = WorkflowInput.derived('ticket_key', InputsetValue.of(ticket).upper());
    expect(messages(workflow([env], [FormCondition.whenPresent(env, [ticket])], undefined, [key]))).toEqual([
      "workflow 'ops_wf' > derived input 'ticket_key': source: can send '' (${{ parameters.ticket | default('') | upper }}), but pipeline variable 'ticket_key' is required and Harness refuses an empty value. Fix: add .default('<value>'), or make the variable required: false",
    ]);
  });
});
