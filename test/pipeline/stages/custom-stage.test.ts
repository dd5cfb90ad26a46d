import { PipelineStatus } from '../../../src/pipeline/condition';
import { ErrorType, FailureAction, FailureStrategy } from '../../../src/pipeline/failure-strategy';
import { Pipeline } from '../../../src/pipeline/pipeline';
import { CustomStage } from '../../../src/pipeline/stages/custom-stage';
import { StepGroup } from '../../../src/pipeline/step-group';
import { RunStep } from '../../../src/pipeline/steps/common/run';
import { JiraCreateStep } from '../../../src/pipeline/steps/custom/jira-create';
import { ShellScriptStep } from '../../../src/pipeline/steps/custom/shell-script';
import { K8sRollingRollbackStep } from '../../../src/pipeline/steps/k8s/k8s-rolling-rollback';
import { PipelineVariable } from '../../../src/pipeline/variable';
import { referenceStage } from '../../support/reference-examples';

function stageNode(stage: CustomStage, variables: PipelineVariable[] = []): any {
  return (new Pipeline({ identifier: 'p', variables, stages: [stage] }).toObject() as any).pipeline.stages[0].stage;
}

describe('CustomStage', () => {
  test('renders the change management stage of the infra-provisioning example', () => {
    const v = Object.fromEntries(
      ['jira_project', 'jira_summary', 'instance_count', 'instance_type', 'cloud_provider', 'iacm_workspace', 'owner'].map((n) => [
        n,
        PipelineVariable.string(n),
      ]),
    );
    const stage = new CustomStage({
      identifier: 'change_management',
      name: 'Change Management',
      description: '',
      tags: {},
      steps: [
        new JiraCreateStep({
          identifier: 'create_jira_ticket',
          name: 'Create change ticket',
          timeout: '10m',
          connectorRef: 'account.jira_connector',
          projectKey: v.jira_project,
          issueType: 'Task',
          fields: [
            { name: 'Summary', value: v.jira_summary },
            {
              name: 'Description',
              value: `Provision ${v.instance_count} x ${v.instance_type} (${v.cloud_provider}) in workspace ${v.iacm_workspace}; requested by ${v.owner}`,
            },
          ],
        }),
      ],
    });
    expect(stageNode(stage, Object.values(v))).toEqual(referenceStage('infra-provisioning', 'change_management'));
  });

  test('renders stage failure strategies (as in the feature-flag-toggle example), environment, when, timeout, delegate selectors', () => {
    const stage = new CustomStage({
      identifier: 'c',
      description: 'ops',
      tags: { team: 'platform' },
      environment: { environmentRef: 'prod' },
      when: { pipelineStatus: PipelineStatus.ALL },
      timeout: '1h',
      delegateSelectors: ['eu'],
      failureStrategies: [FailureStrategy.on([ErrorType.ALL_ERRORS], FailureAction.MARK_AS_FAILURE)],
      steps: [new ShellScriptStep({ identifier: 's', script: 'echo' })],
    });
    const node = stageNode(stage);
    expect(node.failureStrategies).toEqual(referenceStage('feature-flag-toggle', 'toggle_flag').failureStrategies);
    expect(node).toEqual({
      name: 'c',
      identifier: 'c',
      description: 'ops',
      type: 'Custom',
      spec: {
        environment: { environmentRef: 'prod' },
        execution: { steps: [expect.objectContaining({ step: expect.objectContaining({ type: 'ShellScript' }) })] },
      },
      tags: { team: 'platform' },
      when: { pipelineStatus: 'All' },
      failureStrategies: node.failureStrategies,
      delegateSelectors: ['eu'],
      timeout: '1h',
    });
  });

  test('accepts step groups and container steps; refuses K8s steps', () => {
    const stage = new CustomStage({
      identifier: 'c',
      steps: [new StepGroup({ identifier: 'g', steps: [new RunStep({ identifier: 'r', command: 'x' })] })],
    });
    expect(stageNode(stage).spec.execution.steps[0].stepGroup.identifier).toBe('g');
    expect(() => new CustomStage({ identifier: 'c', steps: [new K8sRollingRollbackStep({ identifier: 'rb' })] })).toThrow(
      /step type 'K8sRollingRollback' is not allowed in a Custom stage \(allowed in: Deployment\)/,
    );
  });

  test('an empty stage does not render', () => {
    expect(() => new Pipeline({ identifier: 'p', stages: [new CustomStage({ identifier: 'c' })] }).toObject()).toThrow(
      /stage 'c': spec.execution.steps: the stage has no steps/,
    );
  });

  test('validates against the Harness schema', () => {
    const stage = new CustomStage({
      identifier: 'c',
      failureStrategies: [FailureStrategy.onAllErrors(FailureAction.ABORT)],
      steps: [
        new ShellScriptStep({ identifier: 's', script: 'echo' }),
        new StepGroup({ identifier: 'g', steps: [new RunStep({ identifier: 'r', command: 'x', image: 'alpine' })] }),
      ],
    });
    expect(new Pipeline({ identifier: 'p', stages: [stage] })).toBeValidHarnessPipeline();
  });
});
