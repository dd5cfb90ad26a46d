import { checkGitTarget, GitConnectorType, renderGitTarget } from '../../../../src/pipeline/steps/idp/git-target';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { DirectPushStep } from '../../../../src/pipeline/steps/idp/direct-push';
import { RegisterCatalogStep } from '../../../../src/pipeline/steps/idp/register-catalog';
import { renderInIdpStage } from '../support';

describe('renderGitTarget', () => {
  test('renders connector, organization, repository, workspace and project in schema order', () => {
    const target = {
      connectorType: GitConnectorType.GITHUB,
      connectorRef: 'c',
      organization: 'o',
      repository: 'r',
      workspace: 'w',
      project: 'p',
    };
    expect(Object.entries(renderGitTarget(target))).toEqual([
      ['connectorType', 'Github'],
      ['connectorRef', 'c'],
      ['organization', 'o'],
      ['repository', 'r'],
      ['workspace', 'w'],
      ['project', 'p'],
    ]);
  });

  test('takes the connector type given, and leaves it out when not given', () => {
    const out = renderGitTarget({ connectorType: GitConnectorType.GITLAB, connectorRef: 'c', repository: 'r' });
    expect(out).toEqual({
      connectorType: 'Gitlab',
      connectorRef: 'c',
      organization: undefined,
      repository: 'r',
      workspace: undefined,
      project: undefined,
    });
    expect(renderGitTarget({ connectorRef: 'c', repository: 'r' }).connectorType).toBeUndefined();
  });

  test('connector types use the schema casing', () => {
    expect(Object.values(GitConnectorType)).toEqual(['Github', 'Gitlab', 'Bitbucket', 'AzureRepo', 'Harness']);
  });
});

describe('checkGitTarget', () => {
  test('accepts a complete target', () => {
    expect(() =>
      checkGitTarget(
        { connectorType: GitConnectorType.GITLAB, connectorRef: 'account.gl', repository: PipelineVariable.string('repo') },
        "step 's'",
      ),
    ).not.toThrow();
  });

  test('rejects a connector type in the wrong casing', () => {
    expect(() => checkGitTarget({ connectorType: 'GitHub' as any, connectorRef: 'c', repository: 'r' }, "step 's'")).toThrow(
      "step 's': spec.connectorType: 'GitHub' is not a Git connector type. Fix: use one of Github, Gitlab, Bitbucket, AzureRepo, Harness (GitConnectorType)",
    );
  });

  test('requires the connector and the repository', () => {
    expect(() => checkGitTarget({ connectorRef: ' ', repository: 'r' }, "step 's'")).toThrow(
      "step 's': spec.connectorRef: is empty. Fix: pass the Git connector, e.g. 'account.github_org'",
    );
    expect(() => checkGitTarget({ connectorRef: 'c', repository: '' }, "step 's'")).toThrow(
      "step 's': spec.repository: is empty. Fix: pass the repository name",
    );
  });
});

describe('GitTarget schema', () => {
  test('steps with every target field validate against the Harness pipeline schema', () => {
    const target = {
      connectorType: GitConnectorType.BITBUCKET,
      connectorRef: 'account.bb',
      organization: 'o',
      repository: 'r',
      workspace: 'w',
      project: 'p',
    };
    const steps = [
      new DirectPushStep({ identifier: 'push', ...target, codeDirectory: 'svc', branch: 'main' }),
      new RegisterCatalogStep({ identifier: 'register', ...target, filePath: 'catalog-info.yaml' }),
    ];
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
