import { ApprovalGate } from '../../../src/constructs/patterns/blocks/approval-gate';
import { K8sRestart, RestartMethod } from '../../../src/constructs/patterns/k8s-restart';
import { K8S_WORKLOAD_PATTERN } from '../../../src/constructs/patterns/blocks/k8s-operation';
import { referencePipeline, referenceWorkflow } from '../../support/reference-examples';
import { inputsetKeys, patternDocs, platform, runtimeInputNames } from '../../support/pattern-docs';

const sre = () => ApprovalGate.required({ userGroups: ['account.sre_approvers'], disallowPipelineExecutor: false });
const REJECTION_ABORTS = [{ onFailure: { errors: ['ApprovalRejection'], action: { type: 'Abort' } } }];
const TARGET_LINE =
  'Target: service <+pipeline.variables.service_id>, environment <+pipeline.variables.environment_id>, infrastructure <+pipeline.variables.infra_id>.';
const REQUESTER_LINE = 'Requested by <+pipeline.triggeredBy.email>.';

function stepsOf(pipeline: Record<string, any>): Record<string, any>[] {
  return pipeline.stages[0].stage.spec.execution.steps.map((x: any) => x.step);
}

describe('K8sRestart', () => {
  test('USER_CHOICE renders the example pipeline: two conditional steps on restart_method', () => {
    const s = platform();
    new K8sRestart(s, 'restart', { approval: sre(), method: RestartMethod.USER_CHOICE });
    const { pipeline, pipelineYaml } = patternDocs(s, 'idp_k8s_restart');
    const expected = referencePipeline('k8s-restart').pipeline;
    expected.tags = { approval: 'required' };
    const approve = expected.stages[0].stage.spec.execution.steps[0].step;
    approve.spec.approvalMessage = [
      'Rolling restart of <+pipeline.variables.workload> via <+pipeline.variables.restart_method>?',
      TARGET_LINE,
      REQUESTER_LINE,
    ].join('\n');
    approve.failureStrategies = REJECTION_ABORTS;
    // The workload is checked against [namespace/]Kind/Name here too (the k8s-scale example workflow's pattern; the k8s-restart example leaves it free).
    expected.variables[3].value = `<+input>.regex(${K8S_WORKLOAD_PATTERN})`;
    expect(pipeline).toEqual(expected);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('USER_CHOICE renders the example workflow form (plus the workload pattern)', () => {
    const s = platform();
    new K8sRestart(s, 'restart', { approval: sre(), method: RestartMethod.USER_CHOICE, owner: 'group:account/sre' });
    const { workflow } = patternDocs(s, 'idp_k8s_restart');
    const expected: Record<string, any> = {
      ...referenceWorkflow('k8s-restart'),
      orgIdentifier: 'default',
      projectIdentifier: 'idp_workflows',
    };
    expected.spec.parameters[0].properties.workload.pattern = K8S_WORKLOAD_PATTERN;
    expect(workflow).toEqual(expected);
  });

  test('ROLLOUT is the default: one unconditional K8sRollout restart, no method field', () => {
    const s = platform();
    const rs = new K8sRestart(s, 'restart', { approval: sre() });
    expect(rs.method).toBe(RestartMethod.ROLLOUT);
    expect(rs.steps.patch).toBeUndefined();
    expect(rs.inputs.restartMethod).toBeUndefined();
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, 'idp_k8s_restart');
    const steps = stepsOf(pipeline);
    expect(steps.map((x) => x.identifier)).toEqual(['approve_restart', 'rollout_restart']);
    expect(steps[0].spec.approvalMessage).toBe(
      ['Rolling restart of <+pipeline.variables.workload> via kubectl rollout restart?', TARGET_LINE, REQUESTER_LINE].join('\n'),
    );
    expect(steps[1]).toEqual({
      type: 'K8sRollout',
      name: 'Rollout restart',
      identifier: 'rollout_restart',
      timeout: '10m',
      spec: { command: 'restart', resources: { type: 'ResourceName', spec: { resourceNames: ['<+pipeline.variables.workload>'] } } },
    });
    expect(runtimeInputNames(pipeline)).toEqual(['service_id', 'environment_id', 'infra_id', 'workload']);
    expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('PATCH: one unconditional K8sPatch of the restartedAt annotation', () => {
    const s = platform();
    const rs = new K8sRestart(s, 'restart', { approval: sre(), method: RestartMethod.PATCH });
    expect(rs.steps.rollout).toBeUndefined();
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, 'idp_k8s_restart');
    const steps = stepsOf(pipeline);
    expect(steps.map((x) => x.identifier)).toEqual(['approve_restart', 'patch_restart']);
    expect(steps[0].spec.approvalMessage).toBe(
      ['Rolling restart of <+pipeline.variables.workload> via a restartedAt annotation patch?', TARGET_LINE, REQUESTER_LINE].join('\n'),
    );
    const patch = referencePipeline('k8s-restart').pipeline.stages[0].stage.spec.execution.steps[2].step;
    delete patch.when;
    expect(steps[1]).toEqual(patch);
    expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('every pipeline runtime input has an inputset entry (USER_CHOICE)', () => {
    const s = platform();
    new K8sRestart(s, 'restart', { approval: sre(), method: RestartMethod.USER_CHOICE });
    const { pipeline, workflow } = patternDocs(s, 'idp_k8s_restart');
    expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    expect(runtimeInputNames(pipeline)).toContain('restart_method');
  });

  test('snapshot of the pipeline and the workflow (USER_CHOICE)', () => {
    const s = platform();
    new K8sRestart(s, 'restart', { approval: sre(), method: RestartMethod.USER_CHOICE, owner: 'group:account/sre' });
    expect(patternDocs(s, 'idp_k8s_restart').docs).toMatchSnapshot();
  });

  test('rejects an unknown method', () => {
    expect(() => new K8sRestart(platform(), 'restart', { approval: sre(), method: 'bounce' as RestartMethod })).toThrow(
      /team\/restart: method: 'bounce' is not a restart method\. Fix: use RestartMethod\.ROLLOUT, RestartMethod\.PATCH or RestartMethod\.USER_CHOICE/,
    );
  });

  test('has no default approval', () => {
    expect(() => new K8sRestart(platform(), 'restart', {} as any)).toThrow(/team\/restart: approval: no approval decision is given/);
  });

  test('a step-level model error names the construct path', () => {
    expect(() => new K8sRestart(platform(), 'restart', { approval: sre(), approvalMessage: '' })).toThrow(
      /^team\/restart: step 'approve_restart': spec\.approvalMessage: is empty\. Fix: /,
    );
  });
});
