import { StageType } from '../../src/pipeline/compatibility';
import { RuntimeInput } from '../../src/core/runtime-input';
import { Pipeline } from '../../src/pipeline/pipeline';
import { Stage, type StageProps } from '../../src/pipeline/stage';
import { CiStage } from '../../src/pipeline/stages/ci-stage';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { GitCloneBuild } from '../../src/pipeline/steps/common/git-clone-build';
import { Step, type StepProps } from '../../src/pipeline/step';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';
import {
  analyzeWorkflowPipelineContract,
  checkWorkflowPipelineContract,
  workflowPipelineContractWarnings,
} from '../../src/workflow/contract';
import { FormPage } from '../../src/workflow/form-page';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { WorkflowOutput } from '../../src/workflow/workflow-output';
import { serviceOnboarding } from './fixtures';

/** A stage of any type (only the type and spec matter to the contract). */
class AnyStage extends Stage {
  constructor(
    type: StageType,
    props: StageProps,
    private readonly extra: Record<string, unknown> = {},
  ) {
    super(type, props);
  }

  protected renderSpec(execution: Record<string, unknown>): Record<string, unknown> {
    return { ...this.extra, execution };
  }
}

class ApprovalStub extends Step {
  public readonly type = 'HarnessApproval';
  constructor(props: StepProps) {
    super(props);
  }

  protected renderSpec(): Record<string, unknown> {
    return { approvalMessage: 'ok' };
  }
}

const URL_PROPS = { accountId: 'acc', orgId: 'default', projectId: 'idp', pipelineId: 'ops' };

function workflowFor(
  inputs: WorkflowInput[],
  url: PipelineUrl,
  opts: { fullyQualifiedKeys?: boolean; outputs?: WorkflowOutput[] } = {},
): Workflow {
  return new Workflow({
    identifier: 'ops_wf',
    type: 'operations',
    pages: [new FormPage({ title: 'Target', inputs })],
    trigger: new PipelineTrigger({ name: 'Run', url, fullyQualifiedKeys: opts.fullyQualifiedKeys }),
    outputs: opts.outputs,
  });
}

function pipeline(
  variables: PipelineVariable[],
  stages: Stage[] = [new CustomStage({ identifier: 'main', steps: [new RunStep({ identifier: 'go', command: 'echo' })] })],
): Pipeline {
  return new Pipeline({ identifier: 'ops', orgIdentifier: 'default', projectIdentifier: 'idp', variables }).addStage(...stages);
}

function messages(problems: readonly { path: string; field: string; problem: string; fix: string }[]): string[] {
  return problems.map((p) => `${p.path}: ${p.field}: ${p.problem}. Fix: ${p.fix}`);
}

describe('checkWorkflowPipelineContract', () => {
  test('a pipeline built from the workflow inputs satisfies the contract', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const p = pipeline([target]);
    expect(checkWorkflowPipelineContract(workflowFor([target], PipelineUrl.inline(URL_PROPS)), p)).toEqual([]);
    const w1 = serviceOnboarding();
    expect(checkWorkflowPipelineContract(w1.workflow, w1.pipeline)).toEqual([]);
    expect(workflowPipelineContractWarnings(w1.workflow, w1.pipeline)).toEqual([]);
  });

  test('a pipeline runtime input that no workflow input feeds', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const p = pipeline([target, PipelineVariable.string('region')]);
    expect(messages(checkWorkflowPipelineContract(workflowFor([target], PipelineUrl.inline(URL_PROPS)), p))).toEqual([
      "pipeline 'ops' > variable 'region': value: is a runtime input that no input of workflow 'ops_wf' feeds, so the trigger sends no value for it. Fix: declare WorkflowInput.string('region', {...}) (or number/boolean/enum) on a page of the workflow and add that input to the pipeline in place of this variable, or give the variable a fixed value",
    ]);
  });

  test('a workflow input that no pipeline variable receives', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const extra = WorkflowInput.string('instance_type', { title: 'Instance type' });
    expect(
      messages(checkWorkflowPipelineContract(workflowFor([target, extra], PipelineUrl.inline(URL_PROPS)), pipeline([target]))),
    ).toEqual([
      "workflow 'ops_wf' > workflow input 'instance_type': variableName: feeds pipeline variable 'instance_type', which pipeline 'ops' does not declare. Fix: add the input to the pipeline: pipeline.addVariable(input) (or new Pipeline({ variables: workflow.inputs }))",
    ]);
  });

  test('a workflow input that feeds a fixed-value variable', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const p = pipeline([PipelineVariable.string('target', { value: 'prod' })]);
    expect(messages(checkWorkflowPipelineContract(workflowFor([target], PipelineUrl.inline(URL_PROPS)), p))).toEqual([
      "workflow 'ops_wf' > workflow input 'target': variableName: feeds pipeline variable 'target', which has the fixed value 'prod', so the value sent is ignored. Fix: add the WorkflowInput itself to the pipeline as the variable",
    ]);
  });

  test('a separately declared variable must match type, default, allowed values and regex', () => {
    const replicas = WorkflowInput.number('replicas', { title: 'Replicas', default: 2 });
    const env = WorkflowInput.enum('env', { title: 'Env', values: ['dev', 'prod'] });
    const name = WorkflowInput.string('name', { title: 'Name' });
    const p = pipeline([
      PipelineVariable.string('replicas', { value: RuntimeInput.create().default('3') }),
      PipelineVariable.string('env', { value: RuntimeInput.create().allowedValues(['dev']) }),
      PipelineVariable.string('name', { value: RuntimeInput.create().allowedValues(['a', 'b']).regex('^[a-z]$') }),
    ]);
    const fix = 'Fix: add the WorkflowInput itself to the pipeline instead of a separate variable, so both sides come from one declaration';
    expect(messages(checkWorkflowPipelineContract(workflowFor([replicas, env, name], PipelineUrl.inline(URL_PROPS)), p))).toEqual([
      `workflow 'ops_wf' > workflow input 'replicas': type: the form sends a number but pipeline variable 'replicas' is a String (expected Number). ${fix}`,
      `workflow 'ops_wf' > workflow input 'replicas': default: the form default is '2' but pipeline variable 'replicas' defaults to '3'. ${fix}`,
      `workflow 'ops_wf' > workflow input 'env': enum: the form offers [prod], which pipeline variable 'env' does not allow ([dev]). ${fix}`,
      `workflow 'ops_wf' > workflow input 'name': enum: pipeline variable 'name' allows only [a, b] but the form accepts any value. ${fix}`,
      `workflow 'ops_wf' > workflow input 'name': pattern: pipeline variable 'name' requires regex '^[a-z]$' but the form pattern is '(none)'. ${fix}`,
    ]);
  });

  test('a separately declared variable that matches is fine', () => {
    const env = WorkflowInput.enum('env', { title: 'Env', values: ['dev'], default: 'dev' });
    const p = pipeline([PipelineVariable.string('env', { value: RuntimeInput.create().default('dev').allowedValues(['dev', 'prod']) })]);
    expect(checkWorkflowPipelineContract(workflowFor([env], PipelineUrl.inline(URL_PROPS)), p)).toEqual([]);
  });

  test('execution-time inputs and runtime inputs outside pipeline variables', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const later = WorkflowInput.string('later', { title: 'Later' });
    const run = new RunStep({ identifier: 'go', command: 'echo' }).addOverride('spec.image', '<+input>');
    const stage = new CustomStage({ identifier: 'main', steps: [run] }).addOverride('variables', [
      { name: 'x', type: 'String', value: '<+input>' },
    ]);
    const p = pipeline([target, PipelineVariable.string('later', { value: RuntimeInput.create().asExecutionInput() })], [stage]);
    expect(messages(checkWorkflowPipelineContract(workflowFor([target, later], PipelineUrl.inline(URL_PROPS)), p))).toEqual([
      "pipeline 'ops' > variable 'later': value: is an execution-time input (.executionInput()); a workflow-triggered pipeline cannot stop to ask for it. Fix: drop .executionInput(): the workflow supplies the value when it triggers the pipeline",
      "pipeline 'ops': stages[0].stage.spec.execution.steps[0].step.spec.image: is a runtime input ('<+input>'); a workflow can only fill pipeline variables, every other input must be fixed. Fix: give the field a fixed value, or read a pipeline variable fed by a WorkflowInput",
      "pipeline 'ops': stages[0].stage.variables[0].value: is a runtime input ('<+input>'); a workflow can only fill pipeline variables, every other input must be fixed. Fix: give the field a fixed value, or read a pipeline variable fed by a WorkflowInput",
    ]);
  });

  test('a pipeline that uses templates needs fully-qualified inputset keys', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const stage = new CustomStage({ identifier: 'main', steps: [new RunStep({ identifier: 'go', command: 'echo' })] }).addOverride(
      'template',
      { templateRef: 'account.deploy', versionLabel: 'v1' },
    );
    expect(
      messages(checkWorkflowPipelineContract(workflowFor([target], PipelineUrl.inline(URL_PROPS)), pipeline([target], [stage]))),
    ).toEqual([
      "workflow 'ops_wf' > trigger step 'trigger': input.inputset: pipeline 'ops' uses templates (templateRef at stages[0].stage.template.templateRef), which need fully-qualified inputset keys. Fix: set fullyQualifiedKeys: true on the PipelineTrigger (keys become pipeline.variables.<name>)",
    ]);
    const stage2 = new CustomStage({ identifier: 'main', steps: [new RunStep({ identifier: 'go', command: 'echo' })] }).addOverride(
      'template',
      { templateRef: 'account.deploy', versionLabel: 'v1' },
    );
    expect(
      checkWorkflowPipelineContract(
        workflowFor([target], PipelineUrl.inline(URL_PROPS), { fullyQualifiedKeys: true }),
        pipeline([target], [stage2]),
      ),
    ).toEqual([]);
  });

  test('CI stages need the codebase disabled; IACM and Approval stages are warnings', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const ci = new AnyStage(StageType.CI, { identifier: 'build', steps: [new RunStep({ identifier: 'go', command: 'echo' })] });
    const ciOff = new AnyStage(
      StageType.CI,
      { identifier: 'build2', steps: [new RunStep({ identifier: 'go', command: 'echo' })] },
      { cloneCodebase: false },
    );
    const iacm = new AnyStage(StageType.IACM, { identifier: 'infra', steps: [new RunStep({ identifier: 'go', command: 'echo' })] });
    const approval = new AnyStage(StageType.APPROVAL, { identifier: 'approve', steps: [new ApprovalStub({ identifier: 'ok' })] });
    const p = new Pipeline({ identifier: 'ops', orgIdentifier: 'default', projectIdentifier: 'idp', variables: [target] })
      .addStage(ci, ciOff, iacm)
      .addParallelStages(approval, new CustomStage({ identifier: 'c', steps: [new RunStep({ identifier: 'go', command: 'echo' })] }));
    const report = analyzeWorkflowPipelineContract(workflowFor([target], PipelineUrl.inline(URL_PROPS)), p);
    expect(messages(report.problems)).toEqual([
      "pipeline 'ops' > stage 'build': spec.cloneCodebase: a CI stage triggered from a workflow must have the codebase disabled (stages[0]). Fix: set cloneCodebase: false and clone with a GitClone step",
    ]);
    expect(messages(report.warnings)).toEqual([
      "pipeline 'ops' > stage 'infra': type: trigger:harness-custom-pipeline documents support for IDP, Deploy, Custom and codebase-disabled CI stages only, not IACM. Fix: test the workflow end to end, or move the work into a supported stage",
      "pipeline 'ops' > stage 'approve': type: trigger:harness-custom-pipeline documents support for IDP, Deploy, Custom and codebase-disabled CI stages only, not Approval. Fix: test the workflow end to end, or move the work into a supported stage",
    ]);
  });

  test('the typed CI stage: a stage cloning the pipeline codebase, or not saying, is refused; false passes', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const steps = () => [new RunStep({ identifier: 'go', command: 'echo' })];
    const p = new Pipeline({
      identifier: 'ops',
      orgIdentifier: 'default',
      projectIdentifier: 'idp',
      variables: [target],
      properties: { ci: { codebase: { connectorRef: 'account.github_org', build: GitCloneBuild.branch('main') } } },
    }).addStage(
      new CiStage({ identifier: 'clones', cloneCodebase: true, steps: steps() }),
      new CiStage({ identifier: 'unsaid', steps: steps() }),
      new CiStage({ identifier: 'off', cloneCodebase: false, steps: steps() }),
    );
    expect(p.validate()).toEqual([]);
    expect(messages(analyzeWorkflowPipelineContract(workflowFor([target], PipelineUrl.inline(URL_PROPS)), p).problems)).toEqual([
      "pipeline 'ops' > stage 'clones': spec.cloneCodebase: a CI stage triggered from a workflow must have the codebase disabled (stages[0]). Fix: set cloneCodebase: false and clone with a GitClone step",
      "pipeline 'ops' > stage 'unsaid': spec.cloneCodebase: a CI stage triggered from a workflow must have the codebase disabled (stages[1]). Fix: set cloneCodebase: false and clone with a GitClone step",
    ]);
  });

  test('the trigger URL must name this pipeline', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const url = PipelineUrl.inline({ ...URL_PROPS, projectId: 'other', pipelineId: 'ops_v2' });
    expect(messages(checkWorkflowPipelineContract(workflowFor([target], url), pipeline([target])))).toEqual([
      "workflow 'ops_wf' > trigger step 'trigger': input.url: the URL names pipeline identifier 'ops_v2', but pipeline 'ops' has 'ops'. Fix: build the URL with PipelineUrl.forPipeline(pipeline, { accountId })",
      "workflow 'ops_wf' > trigger step 'trigger': input.url: the URL names project 'other', but pipeline 'ops' has 'idp'. Fix: build the URL with PipelineUrl.forPipeline(pipeline, { accountId })",
    ]);
  });

  test('step outputs read by the workflow come from this pipeline', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const foreign = new RunStep({ identifier: 'elsewhere', command: 'echo', outputVariables: ['url'] });
    new Pipeline({ identifier: 'other' }).addStage(new CustomStage({ identifier: 's', steps: [foreign] }));
    const w = workflowFor([target], PipelineUrl.inline(URL_PROPS), {
      outputs: [WorkflowOutput.link('URL', foreign.outputVariable('url'))],
    });
    expect(messages(checkWorkflowPipelineContract(w, pipeline([target])))).toEqual([
      "workflow 'ops_wf' > output: output: reads 'output.outputVariables.url' of pipeline 'other' > stage 's' > step 'elsewhere', which is not a step of pipeline 'ops'. Fix: read an output of a step of the triggered pipeline",
    ]);
  });

  test("the pipeline's own problems are reported", () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const p = new Pipeline({ identifier: 'ops', orgIdentifier: 'default', projectIdentifier: 'idp', variables: [target] });
    expect(messages(checkWorkflowPipelineContract(workflowFor([target], PipelineUrl.inline(URL_PROPS)), p))).toEqual([
      "pipeline 'ops': stages: the pipeline has no stages. Fix: add a stage with addStage()",
    ]);
  });

  test('a workflow whose URL was built from the pipeline runs the contract when it renders', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const p = pipeline([target, PipelineVariable.string('region')]);
    const w = workflowFor([target], PipelineUrl.forPipeline(p, { accountId: 'acc' }));
    expect(messages(w.validate())).toEqual([
      "pipeline 'ops' > variable 'region': value: is a runtime input that no input of workflow 'ops_wf' feeds, so the trigger sends no value for it. Fix: declare WorkflowInput.string('region', {...}) (or number/boolean/enum) on a page of the workflow and add that input to the pipeline in place of this variable, or give the variable a fixed value",
    ]);
    expect(() => w.toObject()).toThrow(
      /^pipeline 'ops' > variable 'region': value: is a runtime input that no input of workflow 'ops_wf' feeds/,
    );
    expect(() => w.toBackstageObject()).toThrow(/pipeline 'ops' > variable 'region': value: is a runtime input/);
  });

  test('contractWarnings of the workflow', () => {
    const target = WorkflowInput.string('target', { title: 'Target' });
    const iacm = new AnyStage(StageType.IACM, { identifier: 'infra', steps: [new RunStep({ identifier: 'go', command: 'echo' })] });
    const w = workflowFor([target], PipelineUrl.forPipeline(pipeline([target], [iacm]), { accountId: 'acc' }));
    expect(w.contractWarnings().map((p) => p.path)).toEqual(["pipeline 'ops' > stage 'infra'"]);
    expect(workflowFor([target], PipelineUrl.inline(URL_PROPS)).contractWarnings()).toEqual([]);
  });
});
