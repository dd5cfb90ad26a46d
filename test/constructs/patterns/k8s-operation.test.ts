import type { Construct } from 'constructs';
import { ApprovalGate } from '../../../src/constructs/patterns/blocks/approval-gate';
import {
  K8S_WORKLOAD_PATTERN,
  K8sOperation,
  type K8sOperationProps,
  type K8sWorkloadProps,
} from '../../../src/constructs/patterns/blocks/k8s-operation';
import { ErrorType, FailureAction, FailureStrategy } from '../../../src/pipeline/failure-strategy';
import { K8sRollingRollbackStep } from '../../../src/pipeline/steps/k8s/k8s-rolling-rollback';
import type { WorkflowInput } from '../../../src/workflow/workflow-input';
import { inputsetKeys, patternDocs, platform, runtimeInputNames } from '../../support/pattern-docs';

/** A minimal Kubernetes pattern: one workload input and one step, to test the shared block on its own. */
class Probe extends K8sOperation {
  public readonly workload: WorkflowInput;
  public readonly step: K8sRollingRollbackStep;

  constructor(scope: Construct, id: string, props: K8sOperationProps & K8sWorkloadProps) {
    super(scope, id, props, {
      identifier: 'idp_probe',
      title: 'Probe',
      pipelineName: 'IDP Probe',
      description: 'A probe.',
      type: 'operations',
      operation: 'probe',
      stageIdentifier: 'probe',
      stageName: 'Probe',
      triggerName: 'Probing',
    });
    this.workload = this.workloadInput(props);
    this.step = new K8sRollingRollbackStep({ identifier: 'probe_step', timeout: this.operationTimeout });
    this.build({ inputs: [this.workload], steps: [this.step], request: `Probe ${this.workload}?` });
  }
}

const gate = () => ApprovalGate.required({ userGroups: ['account.sre_approvers'] });

describe('K8sOperation', () => {
  test('one Deployment stage on the service/environment/infrastructure inputs: approval first, then the operation', () => {
    const s = platform();
    new Probe(s, 'probe', { approval: gate() });
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, 'idp_probe');
    const stage = pipeline.stages[0].stage;
    expect(stage).toMatchObject({
      identifier: 'probe',
      name: 'Probe',
      type: 'Deployment',
      spec: {
        deploymentType: 'Kubernetes',
        service: { serviceRef: '<+pipeline.variables.service_id>' },
        environment: {
          environmentRef: '<+pipeline.variables.environment_id>',
          deployToAll: false,
          infrastructureDefinitions: [{ identifier: '<+pipeline.variables.infra_id>' }],
        },
        execution: { rollbackSteps: [] },
      },
      failureStrategies: [{ onFailure: { errors: ['AllErrors'], action: { type: 'Abort' } } }],
    });
    const steps = stage.spec.execution.steps.map((x: any) => x.step);
    expect(steps.map((x: any) => x.identifier)).toEqual(['approve_probe', 'probe_step']);
    expect(steps[0]).toEqual({
      type: 'HarnessApproval',
      name: 'Approve probe',
      identifier: 'approve_probe',
      timeout: '1d',
      failureStrategies: [{ onFailure: { errors: ['ApprovalRejection'], action: { type: 'Abort' } } }],
      spec: {
        approvalMessage:
          'Probe <+pipeline.variables.workload>?\n' +
          'Target: service <+pipeline.variables.service_id>, environment <+pipeline.variables.environment_id>, infrastructure <+pipeline.variables.infra_id>.\n' +
          'Requested by <+pipeline.triggeredBy.email>.',
        includePipelineExecutionHistory: true,
        approvers: { userGroups: ['account.sre_approvers'], minimumCount: 1, disallowPipelineExecutor: true },
        approverInputs: [],
      },
    });
    expect(pipeline.tags).toEqual({ approval: 'required' });
    expect(workflow.spec.parameters).toHaveLength(1);
    expect(workflow.spec.parameters[0].title).toBe('Target');
    expect(Object.keys(workflow.spec.parameters[0].properties)).toEqual(['token', 'service_id', 'environment_id', 'infra_id', 'workload']);
    expect(workflow.spec.steps[0].name).toBe('Probing');
    expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('allowed services/environments/infrastructures become drop-downs and allowedValues', () => {
    const s = platform();
    new Probe(s, 'probe', {
      approval: gate(),
      services: ['payments', 'org.checkout'],
      environments: ['staging', 'prod'],
      infrastructures: ['eks_eu'],
    });
    const { pipeline, workflow, pipelineYaml } = patternDocs(s, 'idp_probe');
    const props = workflow.spec.parameters[0].properties;
    expect(props.service_id).toEqual({ title: 'Service identifier', type: 'string', enum: ['payments', 'org.checkout'] });
    expect(props.environment_id).toEqual({ title: 'Environment identifier', type: 'string', enum: ['staging', 'prod'] });
    expect(props.infra_id).toEqual({ title: 'Infrastructure definition', type: 'string', enum: ['eks_eu'] });
    expect(pipeline.variables.slice(0, 3).map((v: any) => v.value)).toEqual([
      '<+input>.allowedValues(payments,org.checkout)',
      '<+input>.allowedValues(staging,prod)',
      '<+input>.allowedValues(eks_eu)',
    ]);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('workload input: [namespace/]Kind/Name pattern by default, overridable', () => {
    const p1 = new Probe(platform(), 'probe', { approval: gate() });
    expect(p1.workload.schema.toProperty()).toEqual({
      title: 'Workload ([namespace/]Kind/Name)',
      type: 'string',
      pattern: K8S_WORKLOAD_PATTERN,
    });
    expect(p1.workload.toObject()).toEqual({
      name: 'workload',
      type: 'String',
      description: '[namespace/]Kind/Name, e.g. payments/Deployment/payments-api',
      required: true,
      value: '<+input>.regex(^([a-z0-9-]+/)?(Deployment|StatefulSet|DaemonSet)/[a-z0-9.-]+$)',
    });
    expect(new RegExp(K8S_WORKLOAD_PATTERN).test('payments/Deployment/payments-api')).toBe(true);
    expect(new RegExp(K8S_WORKLOAD_PATTERN).test('StatefulSet/db')).toBe(true);
    expect(new RegExp(K8S_WORKLOAD_PATTERN).test('payments/Service/api')).toBe(false);
    const p2 = new Probe(platform(), 'probe', { approval: gate(), workloadPattern: '^Deployment/[a-z-]+$' });
    expect(p2.workload.schema.pattern).toBe('^Deployment/[a-z-]+$');
  });

  test('skipping the approval: no approval step, the reason is tagged and described', () => {
    const s = platform();
    const p = new Probe(s, 'probe', { approval: ApprovalGate.skip({ reason: 'dev clusters only; changes are reverted nightly' }) });
    const { pipeline, pipelineYaml } = patternDocs(s, 'idp_probe');
    expect(pipeline.stages[0].stage.spec.execution.steps.map((x: any) => x.step.identifier)).toEqual(['probe_step']);
    expect(pipeline.tags).toEqual({ approval: 'skipped' });
    expect(pipeline.description).toBe('Runs without human approval: dev clusters only; changes are reverted nightly');
    expect(p.approval.isRequired).toBe(false);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('failure strategies, operation timeout and approval message are configurable', () => {
    const s = platform();
    const p = new Probe(s, 'probe', {
      approval: gate(),
      failureStrategies: [FailureStrategy.on([ErrorType.TIMEOUT], FailureAction.STAGE_ROLLBACK)],
      operationTimeout: '20m',
      approvalMessage: 'Go?',
    });
    const { pipeline } = patternDocs(s, 'idp_probe');
    const stage = pipeline.stages[0].stage;
    expect(stage.failureStrategies).toEqual([{ onFailure: { errors: ['Timeout'], action: { type: 'StageRollback' } } }]);
    expect(stage.spec.execution.steps[0].step.spec.approvalMessage).toBe('Go?');
    expect(stage.spec.execution.steps[1].step.timeout).toBe('20m');
    expect(p.step.timeout?.toString()).toBe('20m');
  });

  test('rejects an empty allowed list, a display name instead of an identifier, and duplicates', () => {
    expect(() => new Probe(platform(), 'probe', { approval: gate(), environments: [] })).toThrow(
      /team\/probe: environments: the list of allowed values is empty\. Fix: list at least one identifier, or leave environments out for a free-text field/,
    );
    expect(() => new Probe(platform(), 'probe', { approval: gate(), services: ['Payments API'] })).toThrow(
      "team/probe: services[0]: 'Payments API' is not a Harness identifier. Fix: use the identifier (optionally scoped, e.g. 'prod' or 'org.prod'), not the display name",
    );
    expect(() => new Probe(platform(), 'probe', { approval: gate(), infrastructures: ['eks', 'eks'] })).toThrow(
      /team\/probe: infrastructures: 'eks' is listed twice\. Fix: list each identifier once/,
    );
  });

  test('rejects an approval that is not an ApprovalGate', () => {
    expect(() => new Probe(platform(), 'probe', { approval: 'account.sre_approvers' as any })).toThrow(
      /team\/probe: approval: expects an ApprovalGate, got a string\. Fix: pass ApprovalGate\.required/,
    );
  });

  test('rejects an invalid operation timeout', () => {
    expect(() => new Probe(platform(), 'probe', { approval: gate(), operationTimeout: '5s' })).toThrow(
      /team\/probe: operationTimeout: timeout: .*5s/,
    );
  });

  test("an invalid workload pattern fails with the pattern's path", () => {
    expect(() => new Probe(platform(), 'probe', { approval: gate(), workloadPattern: '([' })).toThrow(
      /^team\/probe: workflow input 'workload': pattern: '\(\[' is not a valid regular expression/,
    );
  });
});
