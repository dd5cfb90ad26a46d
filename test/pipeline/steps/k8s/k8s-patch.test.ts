import { StageStatus } from '../../../../src/pipeline/condition';
import { Expr } from '../../../../src/core/expr';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { DeploymentStage } from '../../../../src/pipeline/stages/deployment-stage';
import type { Step } from '../../../../src/pipeline/step';
import { K8sPatchStep, MergeStrategyType } from '../../../../src/pipeline/steps/k8s/k8s-patch';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { referenceStep } from '../../../support/reference-examples';

function pipelineWith(steps: Step[], variables: PipelineVariable[] = []): Pipeline {
  return new Pipeline({
    identifier: 'p',
    variables,
    stages: [
      new DeploymentStage({ identifier: 'd', serviceRef: 'svc', environmentRef: 'env', infrastructureDefinitions: ['infra'], steps }),
    ],
  });
}

function rendered(steps: Step[], variables: PipelineVariable[] = []): any[] {
  return (pipelineWith(steps, variables).toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

describe('K8sPatchStep', () => {
  test('renders the restartedAt patch of the k8s-restart example from text content', () => {
    const workload = PipelineVariable.string('workload');
    const method = PipelineVariable.string('restart_method');
    const step = new K8sPatchStep({
      identifier: 'patch_restart',
      name: 'Patch restartedAt annotation',
      timeout: '10m',
      skipSteadyStateCheck: false,
      when: { stageStatus: StageStatus.SUCCESS, condition: Expr.equals(method, 'patch') },
      workload,
      content: `spec:\n  template:\n    metadata:\n      annotations:\n        kubectl.kubernetes.io/restartedAt: "${Expr.PIPELINE_START_TS}"`,
      mergeStrategyType: MergeStrategyType.STRATEGIC,
      recordChangeCause: true,
    });
    expect(rendered([step], [workload, method])[0]).toEqual(referenceStep('k8s-restart', 'patch_restart'));
  });

  test('renders object content as YAML text, expressions resolved', () => {
    const step = new K8sPatchStep({
      identifier: 'patch',
      workload: 'ns/Deployment/api',
      content: { spec: { template: { metadata: { annotations: { 'example.com/run': `run-${Expr.EXECUTION_ID}` } } } } },
    });
    expect(rendered([step])[0].spec).toEqual({
      workload: 'ns/Deployment/api',
      source: {
        type: 'Inline',
        spec: { content: 'spec:\n  template:\n    metadata:\n      annotations:\n        example.com/run: run-<+pipeline.executionId>' },
      },
      mergeStrategyType: 'Strategic',
    });
  });

  test('renders a JSON patch list, patch command flags and delegate selectors', () => {
    const step = new K8sPatchStep({
      identifier: 'patch',
      workload: 'ns/Deployment/api',
      mergeStrategyType: MergeStrategyType.JSON,
      content: [{ op: 'replace', path: '/spec/replicas', value: 2 }],
      skipSteadyStateCheck: true,
      commandFlags: ['--field-manager=harness'],
      delegateSelectors: ['k8s'],
    });
    expect(rendered([step])[0].spec).toEqual({
      workload: 'ns/Deployment/api',
      source: { type: 'Inline', spec: { content: '- op: replace\n  path: /spec/replicas\n  value: 2' } },
      mergeStrategyType: 'Json',
      skipSteadyStateCheck: true,
      commandFlags: [{ commandType: 'Patch', flag: '--field-manager=harness' }],
      delegateSelectors: ['k8s'],
    });
  });

  describe('validation', () => {
    test('the workload is [namespace/]Kind/Name (any kind)', () => {
      expect(() => new K8sPatchStep({ identifier: 'p', workload: 'api', content: 'a: 1' })).toThrow(
        /step 'p': spec.workload: 'api' is not a workload reference/,
      );
      expect(() => new K8sPatchStep({ identifier: 'p', workload: 'ns/ConfigMap/cfg', content: 'a: 1' })).not.toThrow();
    });

    test('the content is not empty', () => {
      expect(() => new K8sPatchStep({ identifier: 'p', workload: 'Deployment/api', content: '' })).toThrow(
        /spec.source.spec.content: is empty/,
      );
      expect(() => new K8sPatchStep({ identifier: 'p', workload: 'Deployment/api', content: {} })).toThrow(
        "step 'p': spec.source.spec.content: is empty. Fix: give the patch as YAML/JSON text or as a non-empty object",
      );
      expect(() => new K8sPatchStep({ identifier: 'p', workload: 'Deployment/api', content: [] })).toThrow(
        /spec.source.spec.content: is empty/,
      );
    });

    test('the merge strategy uses the schema casing', () => {
      expect(
        () => new K8sPatchStep({ identifier: 'p', workload: 'Deployment/api', content: 'a: 1', mergeStrategyType: 'strategic' as any }),
      ).toThrow(
        "step 'p': spec.mergeStrategyType: 'strategic' is not a merge strategy (the schema wants this casing: Strategic, Merge, Json). Fix: use MergeStrategyType.STRATEGIC, MERGE or JSON",
      );
      expect(
        () =>
          new K8sPatchStep({
            identifier: 'p',
            workload: 'Deployment/api',
            content: 'a: 1',
            mergeStrategyType: PipelineVariable.string('m'),
          }),
      ).not.toThrow();
    });
  });

  test('is allowed only in Deployment stages', () => {
    expect(
      () =>
        new CustomStage({ identifier: 'c', steps: [new K8sPatchStep({ identifier: 'p', workload: 'Deployment/api', content: 'a: 1' })] }),
    ).toThrow(/step type 'K8sPatch' is not allowed in a Custom stage \(allowed in: Deployment\)/);
  });

  test('validates against the Harness schema', () => {
    const step = new K8sPatchStep({
      identifier: 'p',
      workload: 'ns/Deployment/api',
      content: { metadata: { labels: { a: 'b' } } },
      commandFlags: ['--x'],
    });
    expect(pipelineWith([step])).toBeValidHarnessPipeline();
  });
});
