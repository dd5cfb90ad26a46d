import { RuntimeInput } from '../../../../src/core/runtime-input';
import { K8sApplyStep } from '../../../../src/pipeline/steps/k8s/k8s-apply';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { deploymentPipeline, renderedSteps, thrownMessage } from '../support';

describe('K8sApplyStep', () => {
  test('renders the file paths and only the options given', () => {
    const [s] = renderedSteps(deploymentPipeline([new K8sApplyStep({ identifier: 'apply_job', filePaths: ['jobs/job.yaml'] })]));
    expect(s).toEqual({
      type: 'K8sApply',
      name: 'apply_job',
      identifier: 'apply_job',
      spec: { filePaths: ['jobs/job.yaml'] },
    });
  });

  test('renders every option', () => {
    const dir = PipelineVariable.string('dir');
    const step = new K8sApplyStep({
      identifier: 'apply',
      filePaths: ['jobs/job.yaml', `${dir}/cm.yaml`],
      skipDryRun: true,
      skipSteadyStateCheck: false,
      skipRendering: true,
      commandFlags: ['--server-side'],
      delegateSelectors: ['k8s'],
    });
    expect(renderedSteps(deploymentPipeline([step], { variables: [dir] }))[0].spec).toEqual({
      filePaths: ['jobs/job.yaml', '<+pipeline.variables.dir>/cm.yaml'],
      skipDryRun: true,
      skipSteadyStateCheck: false,
      skipRendering: true,
      commandFlags: [{ commandType: 'Apply', flag: '--server-side' }],
      delegateSelectors: ['k8s'],
    });
  });

  test('takes ONE runtime input for the whole list of paths', () => {
    const step = new K8sApplyStep({ identifier: 'apply', filePaths: RuntimeInput.create() });
    expect(renderedSteps(deploymentPipeline([step]))[0].spec).toEqual({ filePaths: '<+input>' });
  });

  describe('validation', () => {
    test('at least one file path, none empty', () => {
      expect(thrownMessage(() => new K8sApplyStep({ identifier: 'a', filePaths: [] }))).toBe(
        "step 'a': spec.filePaths: is empty. Fix: list at least one manifest file, e.g. ['jobs/job.yaml'], or pass one expression for the whole list",
      );
      expect(thrownMessage(() => new K8sApplyStep({ identifier: 'a', filePaths: ['jobs/job.yaml', ''] }))).toBe(
        "step 'a': spec.filePaths[1]: is empty. Fix: give the path of a manifest file, e.g. 'jobs/job.yaml'",
      );
      expect(thrownMessage(() => new K8sApplyStep({ identifier: 'a', filePaths: 'jobs/job.yaml' as any }))).toBe(
        "step 'a': spec.filePaths: expects a list or one expression, got string. Fix: pass a list of texts or an expression",
      );
    });
  });

  test('validates against the Harness schema, with a list and with one runtime input', () => {
    const p = deploymentPipeline([
      new K8sApplyStep({ identifier: 'a', filePaths: ['jobs/job.yaml'], skipSteadyStateCheck: true, commandFlags: ['--x'] }),
      new K8sApplyStep({ identifier: 'b', filePaths: RuntimeInput.create() }),
    ]);
    expect(p).toBeValidHarnessPipeline();
  });
});
