import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { CreateRepoStep } from '../../../../src/pipeline/steps/idp/create-repo';
import { GitConnectorType } from '../../../../src/pipeline/steps/idp/git-target';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { outputFqn, renderAlone, renderInIdpStage } from '../support';

describe('CreateRepoStep', () => {
  test('renders the CreateRepo step of the service-onboarding example in an IDP stage, field by field', () => {
    const org = PipelineVariable.string('github_org');
    const project = PipelineVariable.string('project_name');
    const repoType = PipelineVariable.string('repository_type');
    const desc = PipelineVariable.string('repository_description');
    const step = new CreateRepoStep({
      identifier: 'create_repo',
      name: 'Create repository',
      timeout: '10m',
      connectorType: GitConnectorType.GITHUB,
      connectorRef: 'account.github_org_connector',
      organization: org,
      repository: project,
      repoType,
      repositoryDescription: desc,
      defaultBranch: 'main',
    });
    const { steps } = renderInIdpStage([step], { variables: [org, project, repoType, desc] });
    const node = steps[0];
    expect(node.type).toBe('CreateRepo');
    expect(node.name).toBe('Create repository');
    expect(node.identifier).toBe('create_repo');
    expect(node.timeout).toBe('10m');
    expect(node.spec).toEqual({
      connectorType: 'Github',
      connectorRef: 'account.github_org_connector',
      organization: '<+pipeline.variables.github_org>',
      repository: '<+pipeline.variables.project_name>',
      repoType: '<+pipeline.variables.repository_type>',
      description: '<+pipeline.variables.repository_description>',
      defaultBranch: 'main',
    });
  });

  test('repositoryUrl renders the full FQN once placed', () => {
    const step = new CreateRepoStep({ identifier: 'create_repo', connectorRef: 'account.gh', repository: 'svc', repoType: 'private' });
    renderInIdpStage([step]);
    expect(step.outputs.repositoryUrl.resolve()).toBe(outputFqn('create_repo', 'repositoryUrl'));
    expect(step.outputs.repositoryUrl.jexlPath()).toBe(
      'pipeline.stages.service_onboarding.spec.execution.steps.create_repo.output.outputVariables.repositoryUrl',
    );
  });

  test('Azure/Bitbucket targets render workspace and project; personal accounts and default branch are kept', () => {
    const node = renderAlone(
      new CreateRepoStep({
        identifier: 'create_repo',
        connectorType: GitConnectorType.AZURE_REPO,
        connectorRef: 'account.azure',
        organization: 'acme',
        repository: 'svc',
        workspace: 'ws',
        project: 'proj',
        repoType: 'public',
        defaultBranch: 'develop',
        personalAccount: true,
      }),
    );
    expect(node.spec).toEqual({
      connectorType: 'AzureRepo',
      connectorRef: 'account.azure',
      organization: 'acme',
      repository: 'svc',
      workspace: 'ws',
      project: 'proj',
      repoType: 'public',
      defaultBranch: 'develop',
      personalAccount: true,
    });
  });

  test('the envelope description stays on the step, not in spec', () => {
    const node = renderAlone(
      new CreateRepoStep({
        identifier: 'create_repo',
        description: 'creates the repo',
        connectorRef: 'account.gh',
        repository: 'svc',
        repoType: 'private',
      }),
    );
    expect(node.description).toBe('creates the repo');
    expect(node.spec.description).toBeUndefined();
  });

  test('a CreateRepo step is rejected in a Custom stage (IDP-only step)', () => {
    const step = new CreateRepoStep({ identifier: 'create_repo', connectorRef: 'account.gh', repository: 'svc', repoType: 'private' });
    expect(() => new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 'c', steps: [step] }))).toThrow(
      /type: step type 'CreateRepo' is not allowed in a Custom stage \(allowed in: IDP\)/,
    );
  });

  test('rejects a repository type in the wrong casing (the schema takes any string; Harness wants public or private)', () => {
    expect(
      () => new CreateRepoStep({ identifier: 'r', connectorRef: 'account.gh', repository: 'svc', repoType: 'Private' as any }),
    ).toThrow("step 'r': spec.repoType: 'Private' is not a repository type. Fix: use 'public' or 'private' (lowercase), or an expression");
    expect(
      () => new CreateRepoStep({ identifier: 'r', connectorRef: 'account.gh', repository: 'svc', repoType: undefined as any }),
    ).toThrow(/spec\.repoType: 'undefined' is not a repository type/);
  });

  test('requires the connector and the repository, like the other IDP Git steps', () => {
    expect(() => new CreateRepoStep({ identifier: 'r', connectorRef: '', repository: 'svc', repoType: 'private' })).toThrow(
      "step 'r': spec.connectorRef: is empty. Fix: pass the Git connector, e.g. 'account.github_org'",
    );
    expect(
      () => new CreateRepoStep({ identifier: 'r', connectorRef: 'account.gh', repository: undefined as any, repoType: 'private' }),
    ).toThrow("step 'r': spec.repository: is required. Fix: pass the repository name");
  });

  test('a consumer that runs before the producer is reported', () => {
    const repo = new CreateRepoStep({ identifier: 'create_repo', connectorRef: 'account.gh', repository: 'svc', repoType: 'private' });
    const consumer = new CreateRepoStep({
      identifier: 'early',
      connectorRef: 'account.gh',
      repository: `${repo.outputs.repositoryUrl}`,
      repoType: 'private',
    });
    expect(() => renderInIdpStage([consumer, repo])).toThrow(
      /references output 'output\.outputVariables\.repositoryUrl' of step 'create_repo', which does not run before it/,
    );
  });
});

describe('CreateRepoStep schema', () => {
  test('validates against the Harness pipeline schema', () => {
    const steps = [
      new CreateRepoStep({
        identifier: 'gh',
        connectorRef: 'account.gh',
        organization: 'acme',
        repository: 'svc',
        repoType: 'private',
        repositoryDescription: 'd',
      }),
      new CreateRepoStep({
        identifier: 'az',
        connectorType: GitConnectorType.AZURE_REPO,
        connectorRef: 'account.az',
        repository: 'svc',
        workspace: 'w',
        project: 'p',
        repoType: 'public',
        personalAccount: false,
      }),
    ];
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
