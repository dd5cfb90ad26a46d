import { GitConnectorType, renderGitTarget } from '../../../../src/pipeline/steps/idp/git-target';
import { DirectPushStep } from '../../../../src/pipeline/steps/idp/direct-push';
import { RegisterCatalogStep } from '../../../../src/pipeline/steps/idp/register-catalog';
import { renderInIdpStage } from '../support';

describe('renderGitTarget', () => {
  test('renders connector, organization, repository, workspace and project in schema order', () => {
    expect(Object.entries(renderGitTarget({ connectorRef: 'c', organization: 'o', repository: 'r', workspace: 'w', project: 'p' })))
      .toEqual([['connectorType', 'Github'], ['connectorRef', 'c'], ['organization', 'o'], ['repository', 'r'], ['workspace', 'w'], ['project', 'p']]);
  });

  test('takes the connector type given, GitHub by default', () => {
    const out = renderGitTarget({ connectorType: GitConnectorType.GITLAB, connectorRef: 'c', repository: 'r' });
    expect(out).toEqual({ connectorType: 'Gitlab', connectorRef: 'c', organization: undefined, repository: 'r', workspace: undefined, project: undefined });
  });

  test('connector types use the schema casing', () => {
    expect(Object.values(GitConnectorType)).toEqual(['Github', 'Gitlab', 'Bitbucket', 'AzureRepo', 'Harness']);
  });
});

describe('GitTarget schema', () => {
  test('steps with every target field validate against the Harness pipeline schema', () => {
    const target = { connectorType: GitConnectorType.BITBUCKET, connectorRef: 'account.bb', organization: 'o', repository: 'r', workspace: 'w', project: 'p' };
    const steps = [
      new DirectPushStep({ identifier: 'push', ...target, codeDirectory: 'svc', branch: 'main' }),
      new RegisterCatalogStep({ identifier: 'register', ...target, filePath: 'catalog-info.yaml' }),
    ];
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
