import { DirectPushStep } from '../../../../src/pipeline/steps/idp/direct-push';
import { GitConnectorType } from '../../../../src/pipeline/steps/idp/git-target';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { renderAlone, renderInIdpStage } from '../support';

describe('DirectPushStep', () => {
  test('renders the step of the service-onboarding example in an IDP stage, field by field', () => {
    const org = PipelineVariable.string('github_org');
    const project = PipelineVariable.string('project_name');
    const step = new DirectPushStep({
      identifier: 'direct_push',
      name: 'Push scaffolded code',
      timeout: '10m',
      connectorType: GitConnectorType.GITHUB,
      connectorRef: 'account.github_org_connector',
      organization: org,
      repository: project,
      codeDirectory: project,
      branch: 'main',
      forcePush: false,
    });
    const { steps } = renderInIdpStage([step], { variables: [org, project] });
    const node = steps[0];
    expect(node.type).toBe('DirectPush');
    expect(node.name).toBe('Push scaffolded code');
    expect(node.identifier).toBe('direct_push');
    expect(node.timeout).toBe('10m');
    expect(node.spec).toEqual({
      connectorType: 'Github',
      connectorRef: 'account.github_org_connector',
      organization: '<+pipeline.variables.github_org>',
      repository: '<+pipeline.variables.project_name>',
      codeDirectory: '<+pipeline.variables.project_name>',
      branch: 'main',
      forcePush: false,
    });
  });

  test('no connectorType unless given; workspace, project, codeOutputDirectory and resources render', () => {
    const node = renderAlone(
      new DirectPushStep({
        identifier: 'push',
        connectorRef: 'account.bb',
        repository: 'svc',
        workspace: 'ws',
        project: 'prj',
        codeDirectory: 'svc',
        codeOutputDirectory: 'app',
        branch: 'develop',
        resources: { requests: { cpu: '0.2' } },
      }),
    );
    expect(node.spec).toEqual({
      connectorRef: 'account.bb',
      repository: 'svc',
      workspace: 'ws',
      project: 'prj',
      codeDirectory: 'svc',
      codeOutputDirectory: 'app',
      branch: 'develop',
      resources: { requests: { cpu: '0.2' } },
    });
  });

  test('rejects a missing codeDirectory', () => {
    expect(
      () => new DirectPushStep({ identifier: 'push', connectorRef: 'c', repository: 'r', codeDirectory: undefined as any, branch: 'main' }),
    ).toThrow(/step 'push': spec\.codeDirectory: is required\. Fix: pass the workspace directory to push/);
  });

  test('rejects an empty branch', () => {
    expect(() => new DirectPushStep({ identifier: 'push', connectorRef: 'c', repository: 'r', codeDirectory: 'svc', branch: '' })).toThrow(
      /step 'push': spec\.branch: is empty\. Fix: pass the branch to push to/,
    );
  });

  test('rejects a missing connector or repository', () => {
    expect(
      () => new DirectPushStep({ identifier: 'push', connectorRef: '', repository: 'r', codeDirectory: 'svc', branch: 'main' }),
    ).toThrow(/spec\.connectorRef: is empty\. Fix: pass the Git connector/);
    expect(
      () =>
        new DirectPushStep({ identifier: 'push', connectorRef: 'c', repository: undefined as any, codeDirectory: 'svc', branch: 'main' }),
    ).toThrow(/spec\.repository: is required/);
  });
});

describe('DirectPushStep schema', () => {
  test('validates against the Harness pipeline schema', () => {
    const step = new DirectPushStep({
      identifier: 'push',
      connectorRef: 'account.gh',
      organization: 'o',
      repository: 'r',
      codeDirectory: 'svc',
      codeOutputDirectory: 'app',
      branch: 'main',
      forcePush: true,
      resources: { limits: { cpu: '0.5' } },
    });
    expect(renderInIdpStage([step]).pipeline).toBeValidHarnessPipeline();
  });
});
