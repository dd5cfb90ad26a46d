import { ApprovalGate } from '../../../src/constructs/patterns/blocks/approval-gate';
import { K8sRollback } from '../../../src/constructs/patterns/k8s-rollback';
import { ShellScriptStep } from '../../../src/pipeline/steps/custom/shell-script';
import { referencePipeline, referenceWorkflow } from '../../support/reference-examples';
import { inputsetKeys, patternDocs, platform, runtimeInputNames } from '../../support/pattern-docs';

const sre = () => ApprovalGate.required({ userGroups: ['account.sre_approvers'], disallowPipelineExecutor: false });

describe('K8sRollback', () => {
  test('renders the example pipeline (approval message and approval tag aside)', () => {
    const s = platform();
    new K8sRollback(s, 'rollback', { approval: sre(), environments: ['dev', 'staging', 'prod'], owner: 'group:account/sre' });
    const { pipeline, pipelineYaml } = patternDocs(s, 'idp_k8s_rollback');
    const expected = referencePipeline('k8s-rollback').pipeline;
    // Differences by design: the approval decision is tagged, the message names the target and the requester,
    // and the environment drop-down restricts the pipeline variable too.
    expected.tags = { approval: 'required' };
    expected.stages[0].stage.spec.execution.steps[0].step.spec.approvalMessage = [
      'Roll back to the last successful release?',
      'Target: service <+pipeline.variables.service_id>, environment <+pipeline.variables.environment_id>, infrastructure <+pipeline.variables.infra_id>.',
      'Requested by <+pipeline.triggeredBy.email>.',
    ].join('\n');
    expected.variables[1].value = '<+input>.allowedValues(dev,staging,prod)';
    expect(pipeline).toEqual(expected);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('renders the example workflow form: service, environment (drop-down), infrastructure, session token', () => {
    const s = platform();
    new K8sRollback(s, 'rollback', { approval: sre(), environments: ['dev', 'staging', 'prod'], owner: 'group:account/sre' });
    const { workflow } = patternDocs(s, 'idp_k8s_rollback');
    expect(workflow).toEqual({ ...referenceWorkflow('k8s-rollback'), orgIdentifier: 'default', projectIdentifier: 'idp_workflows' });
  });

  test('every pipeline runtime input has an inputset entry, and the reverse', () => {
    const s = platform();
    new K8sRollback(s, 'rollback', { approval: sre() });
    const { pipeline, workflow } = patternDocs(s, 'idp_k8s_rollback');
    expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    expect(runtimeInputNames(pipeline)).toEqual(['service_id', 'environment_id', 'infra_id']);
  });

  test('exposes the inputs, the steps and the stage; pruning is an option', () => {
    const s = platform();
    const rb = new K8sRollback(s, 'rollback', { approval: sre(), pruningEnabled: true });
    expect(rb.inputs.service.name).toBe('service_id');
    expect(rb.inputs.environment.name).toBe('environment_id');
    expect(rb.inputs.infrastructure.name).toBe('infra_id');
    expect(rb.steps.approve?.identifier).toBe('approve_rollback');
    expect(rb.steps.rollback.toObject()).toEqual({
      step: {
        type: 'K8sRollingRollback',
        name: 'Rolling rollback',
        identifier: 'rolling_rollback',
        timeout: '10m',
        spec: { pruningEnabled: true },
      },
    });
    expect(rb.stage.allSteps().map((x) => x.identifier)).toEqual(['approve_rollback', 'rolling_rollback']);
  });

  test('a team extends it without forking: an extra step and an override', () => {
    const s = platform();
    const rb = new K8sRollback(s, 'rollback', { approval: sre() });
    rb.stage.addStep(new ShellScriptStep({ identifier: 'announce', script: `echo "rolled back ${rb.inputs.service}"` }));
    rb.steps.rollback.addOverride('spec.delegateSelectors', ['prod-delegate']);
    const { pipeline, pipelineYaml } = patternDocs(s, 'idp_k8s_rollback');
    const steps = pipeline.stages[0].stage.spec.execution.steps.map((x: any) => x.step);
    expect(steps.map((x: any) => x.identifier)).toEqual(['approve_rollback', 'rolling_rollback', 'announce']);
    expect(steps[1].spec.delegateSelectors).toEqual(['prod-delegate']);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('snapshot of the pipeline and the workflow', () => {
    const s = platform();
    new K8sRollback(s, 'rollback', { approval: sre(), environments: ['dev', 'staging', 'prod'], owner: 'group:account/sre' });
    expect(patternDocs(s, 'idp_k8s_rollback').docs).toMatchSnapshot();
  });

  test('has no default approval: leaving it out fails with the two ways to decide', () => {
    expect(() => new K8sRollback(platform(), 'rollback', {} as any)).toThrow(
      /team\/rollback: approval: no approval decision is given; this pattern does not run without one\. Fix: pass ApprovalGate\.required\(.*\), or ApprovalGate\.skip\(/,
    );
  });

  test('a step-level model error names the construct path', () => {
    expect(() => new K8sRollback(platform(), 'rollback', { approval: sre(), approvalMessage: '' })).toThrow(
      /^team\/rollback: step 'approve_rollback': spec\.approvalMessage: is empty\. Fix: /,
    );
  });
});
