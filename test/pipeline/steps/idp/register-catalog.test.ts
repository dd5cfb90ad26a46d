import { SecretRef } from '../../../../src/core/secret-ref';
import { GitConnectorType } from '../../../../src/pipeline/steps/idp/git-target';
import { RegisterCatalogStep } from '../../../../src/pipeline/steps/idp/register-catalog';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { outputFqn, renderAlone, renderInIdpStage } from '../support';

describe('RegisterCatalogStep', () => {
  test('renders the step of the service-onboarding example in an IDP stage, field by field', () => {
    const org = PipelineVariable.string('github_org');
    const project = PipelineVariable.string('project_name');
    const step = new RegisterCatalogStep({
      identifier: 'register_catalog',
      name: 'Register in IDP catalog',
      timeout: '5m',
      connectorType: GitConnectorType.GITHUB,
      connectorRef: 'account.github_org_connector',
      organization: org,
      repository: project,
      branch: 'main',
      filePath: 'catalog-info.yaml',
    });
    const { steps } = renderInIdpStage([step], { variables: [org, project] });
    const node = steps[0];
    expect(node.type).toBe('RegisterCatalog');
    expect(node.name).toBe('Register in IDP catalog');
    expect(node.identifier).toBe('register_catalog');
    expect(node.timeout).toBe('5m');
    expect(node.spec).toEqual({
      connectorType: 'Github',
      connectorRef: 'account.github_org_connector',
      organization: '<+pipeline.variables.github_org>',
      repository: '<+pipeline.variables.project_name>',
      branch: 'main',
      filePath: 'catalog-info.yaml',
    });
  });

  test('catalogInfoUrl renders the full FQN once placed', () => {
    const step = new RegisterCatalogStep({
      identifier: 'register_catalog',
      connectorRef: 'c',
      repository: 'r',
      filePath: 'catalog-info.yaml',
    });
    renderInIdpStage([step]);
    expect(step.outputs.catalogInfoUrl.resolve()).toBe(outputFqn('register_catalog', 'catalogInfoUrl'));
  });

  test('an API key renders as the secret identifier', () => {
    const node = renderAlone(
      new RegisterCatalogStep({
        identifier: 'r',
        connectorType: GitConnectorType.GITLAB,
        connectorRef: 'account.gl',
        organization: 'group/sub',
        repository: 'svc',
        filePath: 'catalog-info.yaml',
        xApiKey: SecretRef.fromIdentifier('account.idp_sat'),
      }),
    );
    expect(node.spec).toEqual({
      connectorType: 'Gitlab',
      connectorRef: 'account.gl',
      organization: 'group/sub',
      repository: 'svc',
      filePath: 'catalog-info.yaml',
      xApiKey: 'account.idp_sat',
    });
  });

  test('rejects a plain-string API key', () => {
    expect(
      () => new RegisterCatalogStep({ identifier: 'r', connectorRef: 'c', repository: 'r', filePath: 'f', xApiKey: 'pat.abc' as any }),
    ).toThrow(
      /step 'r': spec\.xApiKey: a plain string was passed where a secret reference is required\. Fix: pass SecretRef\.fromIdentifier\('account\.x'\)/,
    );
  });

  test('rejects a missing filePath', () => {
    expect(() => new RegisterCatalogStep({ identifier: 'r', connectorRef: 'c', repository: 'r', filePath: undefined as any })).toThrow(
      /step 'r': spec\.filePath: is required\. Fix: pass the path of the entity file in the repository/,
    );
  });

  test('rejects a missing connector or repository', () => {
    expect(() => new RegisterCatalogStep({ identifier: 'r', connectorRef: undefined as any, repository: 'r', filePath: 'f' })).toThrow(
      /spec\.connectorRef: is required/,
    );
    expect(() => new RegisterCatalogStep({ identifier: 'r', connectorRef: 'c', repository: ' ', filePath: 'f' })).toThrow(
      /spec\.repository: is empty/,
    );
  });
});

describe('RegisterCatalogStep schema', () => {
  test('validates against the Harness pipeline schema', () => {
    const step = new RegisterCatalogStep({
      identifier: 'register',
      connectorRef: 'account.gh',
      organization: 'o',
      repository: 'r',
      branch: 'main',
      filePath: 'catalog-info.yaml',
      xApiKey: SecretRef.fromIdentifier('account.idp_sat'),
    });
    expect(renderInIdpStage([step]).pipeline).toBeValidHarnessPipeline();
  });
});
