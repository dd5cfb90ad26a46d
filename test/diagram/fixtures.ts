// Test support (not a test): a pipeline and a workflow that use every element the diagrams draw.
import { Expr } from '../../src/core/expr';
import { PipelineStatus, StageStatus } from '../../src/pipeline/condition';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { StepGroup } from '../../src/pipeline/step-group';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { PipelineVariable } from '../../src/pipeline/variable';
import { FormField } from '../../src/workflow/form-field';
import { FormPage } from '../../src/workflow/form-page';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { UiField } from '../../src/workflow/ui-field';
import { Workflow } from '../../src/workflow/workflow';
import { WorkflowExpr } from '../../src/workflow/workflow-expression';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { WorkflowOutput } from '../../src/workflow/workflow-output';
import { FakeStep } from '../support/fake-step';

const ANY = ['Custom'];
const step = (identifier: string, type = 'ShellScript', extra = {}) => new FakeStep({ identifier, type, allowedStages: ANY, ...extra });

/** Two stages in sequence, two in parallel; parallel steps, a step group, an approval, conditions, step outputs. */
export function release(): Pipeline {
  const mode = PipelineVariable.string('mode', { value: 'fast' });
  const build = step('build');
  const approve = step('approve', 'HarnessApproval', { name: 'Approve release' });
  const ship = step('ship', 'Http', { when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(mode, 'fast') } });
  const notify = step('notify', 'Email', { when: { stageStatus: StageStatus.FAILURE } });
  const report = new FakeStep({
    identifier: 'report',
    type: 'ShellScript',
    allowedStages: ANY,
    spec: { script: `echo ${build.out('url')} ${build.out('tag')}` },
  });
  return new Pipeline({ identifier: 'release', name: 'Release train', variables: [mode] })
    .addStage(new CustomStage({ identifier: 'prepare', name: 'Prepare', steps: [build] }).addParallel(step('lint'), step('test')))
    .addParallelStages(
      new CustomStage({
        identifier: 'eu',
        steps: [new StepGroup({ identifier: 'checks', name: 'Checks', steps: [step('smoke'), report] })],
      }),
      new CustomStage({ identifier: 'us', steps: [step('smoke_us')], when: { pipelineStatus: PipelineStatus.ALL, condition: 'true' } }),
    )
    .addStage(new CustomStage({ identifier: 'ship', steps: [approve, ship, notify] }));
}

/** Two pages (a picker, an enum with a default, a number, an array, a form-only field), three outputs. */
export function deploy(): Workflow {
  const project = WorkflowInput.string('projectId', {
    title: 'Project',
    uiField: UiField.harnessProjectPicker(),
    variableName: 'harness_project',
  });
  const env = WorkflowInput.enum('env', { title: 'Environment', values: ['dev', 'prod'], default: 'dev' });
  const count = WorkflowInput.number('count', { title: 'Replicas | count', default: 2, required: false });
  const tags = WorkflowInput.array('tags', { title: 'Tags', required: false });
  const note = FormField.string('note', { title: 'Note to self', required: false });
  const run = new RunStep({ identifier: 'go', command: `echo ${env}`, outputVariables: ['url'] });
  const pipeline = new Pipeline({
    identifier: 'deploy',
    orgIdentifier: 'o',
    projectIdentifier: 'p',
    variables: [project, env, count, tags],
  }).addStage(new CustomStage({ identifier: 'main', steps: [run] }));
  return new Workflow({
    identifier: 'deploy_wf',
    name: 'Deploy *it*',
    type: 'service',
    owner: 'group:account/team',
    trigger: new PipelineTrigger({ name: 'Run deploy', url: PipelineUrl.forPipeline(pipeline, { accountId: 'ACC' }) }),
    pages: [new FormPage({ title: 'Where', inputs: [project, env] }), new FormPage({ title: 'How', inputs: [count, tags, note] })],
    outputs: [
      WorkflowOutput.pipelineUrl(),
      WorkflowOutput.link('App', run.outputVariable('url')),
      WorkflowOutput.text('Done', 'Deployed to prod', { if: WorkflowExpr.equals(env, 'prod') }),
    ],
  });
}
