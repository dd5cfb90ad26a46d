import { Expr } from '../../../../src/core/expr';
import { SecretRef } from '../../../../src/core/secret-ref';
import { CreateOrganizationStep } from '../../../../src/pipeline/steps/idp/create-organization';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { outputFqn, renderAlone, renderInIdpStage } from '../support';

const key = SecretRef.fromIdentifier('account.harness_admin_sat');

describe('CreateOrganizationStep', () => {
  test('renders in an IDP stage, field by field (IDPCreateOrganisationPlanInfo: orgName, description, tags, xApiKey)', () => {
    const orgName = PipelineVariable.string('org_name');
    const step = new CreateOrganizationStep({
      identifier: 'create_org',
      name: 'Create organization',
      timeout: '10m',
      description: 'step description',
      orgName,
      organizationDescription: 'Team organization',
      tags: { team: 'platform' },
      xApiKey: key,
    });
    const { steps } = renderInIdpStage([step], { variables: [orgName] });
    const node = steps[0];
    expect(node.type).toBe('CreateOrganization');
    expect(node.name).toBe('Create organization');
    expect(node.identifier).toBe('create_org');
    expect(node.description).toBe('step description');
    expect(node.timeout).toBe('10m');
    expect(node.spec).toEqual({
      orgName: '<+pipeline.variables.org_name>',
      description: 'Team organization',
      tags: ['team:platform'],
      xApiKey: 'account.harness_admin_sat',
    });
  });

  test('minimal spec, tags as a list or an expression, resources', () => {
    expect(renderAlone(new CreateOrganizationStep({ identifier: 'o', orgName: 'Team A', xApiKey: key })).spec).toEqual({
      orgName: 'Team A',
      xApiKey: 'account.harness_admin_sat',
    });
    expect(
      renderAlone(
        new CreateOrganizationStep({ identifier: 'o', orgName: 'A', tags: ['x'], xApiKey: key, resources: { limits: { cpu: '0.5' } } }),
      ).spec,
    ).toEqual({ orgName: 'A', tags: ['x'], xApiKey: 'account.harness_admin_sat', resources: { limits: { cpu: '0.5' } } });
    expect(
      renderAlone(new CreateOrganizationStep({ identifier: 'o', orgName: 'A', tags: Expr.raw('<+pipeline.variables.tags>'), xApiKey: key }))
        .spec.tags,
    ).toBe('<+pipeline.variables.tags>');
  });

  test('rejects a missing orgName', () => {
    expect(() => new CreateOrganizationStep({ identifier: 'o', orgName: '', xApiKey: key })).toThrow(
      /step 'o': spec\.orgName: is empty\. Fix: pass the name of the organization to create/,
    );
  });

  test('rejects a missing xApiKey', () => {
    expect(() => new CreateOrganizationStep({ identifier: 'o', orgName: 'A', xApiKey: undefined as any })).toThrow(
      /spec\.xApiKey: a secret reference is required/,
    );
  });

  test('rejects a plain-string xApiKey', () => {
    expect(() => new CreateOrganizationStep({ identifier: 'o', orgName: 'A', xApiKey: 'account.sat' as any })).toThrow(
      /spec\.xApiKey: a plain string was passed where a secret reference is required\. Fix: pass SecretRef\.fromIdentifier\('account\.x'\)/,
    );
  });
});

describe('CreateOrganizationStep outputs', () => {
  test('orgIdentifier renders the full FQN once placed', () => {
    const step = new CreateOrganizationStep({ identifier: 'create_org', orgName: 'Team A', xApiKey: key });
    renderInIdpStage([step]);
    expect(step.outputs.orgIdentifier.resolve()).toBe(outputFqn('create_org', 'orgIdentifier'));
  });
});

describe('CreateOrganizationStep schema', () => {
  test('validates against the Harness pipeline schema', () => {
    const step = new CreateOrganizationStep({
      identifier: 'create_org',
      orgName: 'Team A',
      organizationDescription: 'd',
      tags: { team: 'a' },
      xApiKey: key,
      resources: { limits: { cpu: '0.5' } },
    });
    expect(renderInIdpStage([step]).pipeline).toBeValidHarnessPipeline();
  });
});
