import { ApprovalGate } from '../../../src/constructs/patterns/blocks/approval-gate';
import { K8sScale } from '../../../src/constructs/patterns/k8s-scale';
import { referencePipeline, referenceWorkflow } from '../../support/reference-examples';
import { inputsetKeys, patternDocs, platform, runtimeInputNames } from '../../support/pattern-docs';

const sre = () => ApprovalGate.required({ userGroups: ['account.sre_approvers'], disallowPipelineExecutor: false });
const REJECTION_ABORTS = [{ onFailure: { errors: ['ApprovalRejection'], action: { type: 'Abort' } } }];

describe('K8sScale', () => {
  test('renders the example pipeline (approval message, rejection strategy and approval tag aside)', () => {
    const s = platform();
    new K8sScale(s, 'scale', { approval: sre(), owner: 'group:account/sre' });
    const { pipeline, pipelineYaml } = patternDocs(s, 'idp_k8s_scale');
    const expected = referencePipeline('k8s-scale').pipeline;
    expected.tags = { approval: 'required' };
    const approve = expected.stages[0].stage.spec.execution.steps[0].step;
    approve.spec.approvalMessage = [
      'Scale <+pipeline.variables.workload> to <+pipeline.variables.replicas> replicas?',
      'Target: service <+pipeline.variables.service_id>, environment <+pipeline.variables.environment_id>, infrastructure <+pipeline.variables.infra_id>.',
      'Requested by <+pipeline.triggeredBy.email>.',
    ].join('\n');
    // A rejection aborts the run instead of rolling the stage back (as the k8s-rollback example does for its approval).
    approve.failureStrategies = REJECTION_ABORTS;
    expect(pipeline).toEqual(expected);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('renders the example workflow form', () => {
    const s = platform();
    new K8sScale(s, 'scale', { approval: sre(), owner: 'group:account/sre' });
    const { workflow } = patternDocs(s, 'idp_k8s_scale');
    expect(workflow).toEqual({ ...referenceWorkflow('k8s-scale'), orgIdentifier: 'default', projectIdentifier: 'idp_workflows' });
  });

  test('every pipeline runtime input has an inputset entry, and the reverse', () => {
    const s = platform();
    new K8sScale(s, 'scale', { approval: sre() });
    const { pipeline, workflow } = patternDocs(s, 'idp_k8s_scale');
    expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    expect(runtimeInputNames(pipeline)).toEqual(['service_id', 'environment_id', 'infra_id', 'workload', 'replicas']);
  });

  test('default and maximum replicas, steady-state check', () => {
    const s = platform();
    const sc = new K8sScale(s, 'scale', { approval: sre(), defaultReplicas: 0, maxReplicas: 20, skipSteadyStateCheck: true });
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, 'idp_k8s_scale');
    expect(workflow.spec.parameters[0].properties.replicas).toEqual({
      title: 'Target replicas',
      type: 'number',
      minimum: 0,
      maximum: 20,
      default: 0,
    });
    expect(pipeline.variables[4]).toEqual({
      name: 'replicas',
      type: 'Number',
      description: 'Target replica count',
      required: true,
      value: '<+input>.default(0)',
    });
    expect(pipeline.stages[0].stage.spec.execution.steps[1].step.spec).toEqual({
      workload: '<+pipeline.variables.workload>',
      instanceSelection: { type: 'Count', spec: { count: '<+pipeline.variables.replicas>' } },
      skipSteadyStateCheck: true,
    });
    expect(sc.inputs.replicas.type).toBe('Number');
    expect(sc.steps.scale.identifier).toBe('scale_workload');
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('skipping the approval leaves only the scale step', () => {
    const s = platform();
    const sc = new K8sScale(s, 'scale', { approval: ApprovalGate.skip({ reason: 'sandbox namespaces only' }) });
    expect(sc.steps.approve).toBeUndefined();
    const { pipeline } = patternDocs(s, 'idp_k8s_scale');
    expect(pipeline.stages[0].stage.spec.execution.steps.map((x: any) => x.step.identifier)).toEqual(['scale_workload']);
    expect(pipeline.tags).toEqual({ approval: 'skipped' });
  });

  test('snapshot of the pipeline and the workflow', () => {
    const s = platform();
    new K8sScale(s, 'scale', { approval: sre(), owner: 'group:account/sre' });
    expect(patternDocs(s, 'idp_k8s_scale').docs).toMatchSnapshot();
  });

  test('rejects a negative or fractional default, a bad maximum, and a default above the maximum', () => {
    expect(() => new K8sScale(platform(), 'scale', { approval: sre(), defaultReplicas: -1 })).toThrow(
      /team\/scale: defaultReplicas: -1 is not a number of pods\. Fix: pass a whole number of 0 or more$/,
    );
    expect(() => new K8sScale(platform(), 'scale', { approval: sre(), defaultReplicas: 1.5 })).toThrow(
      /team\/scale: defaultReplicas: 1\.5 is not a number of pods/,
    );
    expect(() => new K8sScale(platform(), 'scale', { approval: sre(), maxReplicas: 0 })).toThrow(
      /team\/scale: maxReplicas: 0 is not a number of pods\. Fix: pass a whole number of 1 or more$/,
    );
    expect(() => new K8sScale(platform(), 'scale', { approval: sre(), maxReplicas: 1 })).toThrow(
      /team\/scale: defaultReplicas: the default 2 is above maxReplicas 1\. Fix: lower defaultReplicas or raise maxReplicas/,
    );
  });

  test('has no default approval', () => {
    expect(() => new K8sScale(platform(), 'scale', {} as any)).toThrow(/team\/scale: approval: no approval decision is given/);
  });

  test('a step-level model error names the construct path', () => {
    expect(() => new K8sScale(platform(), 'scale', { approval: sre(), approvalMessage: '' })).toThrow(
      /^team\/scale: step 'approve_scale': spec\.approvalMessage: is empty\. Fix: /,
    );
  });
});
