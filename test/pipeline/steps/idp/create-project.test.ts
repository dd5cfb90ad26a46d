import { SecretRef } from '../../../../src/core/secret-ref';
import { CreateOrganizationStep } from '../../../../src/pipeline/steps/idp/create-organization';
import { CreateProjectStep } from '../../../../src/pipeline/steps/idp/create-project';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { outputFqn, renderAlone, renderInIdpStage } from '../support';

const key = SecretRef.fromIdentifier('account.harness_admin_sat');

describe('CreateProjectStep', () => {
  test('renders in an IDP stage, field by field (IDPCreateProjectPlanInfo: projectName, orgIdentifier, description, tags, xApiKey)', () => {
    const project = PipelineVariable.string('project_name');
    const step = new CreateProjectStep({
      identifier: 'create_project',
      name: 'Create project',
      timeout: '10m',
      projectName: project,
      orgIdentifier: 'default',
      projectDescription: 'Service project',
      tags: ['team:platform'],
      xApiKey: key,
    });
    const { steps } = renderInIdpStage([step], { variables: [project] });
    const node = steps[0];
    expect(node.type).toBe('CreateProject');
    expect(node.name).toBe('Create project');
    expect(node.identifier).toBe('create_project');
    expect(node.timeout).toBe('10m');
    expect(node.spec).toEqual({
      projectName: '<+pipeline.variables.project_name>',
      orgIdentifier: 'default',
      description: 'Service project',
      tags: ['team:platform'],
      xApiKey: 'account.harness_admin_sat',
    });
  });

  test('an expression organization and resources', () => {
    const org = PipelineVariable.string('org');
    const { steps } = renderInIdpStage(
      [
        new CreateProjectStep({
          identifier: 'p',
          projectName: 'P',
          orgIdentifier: org,
          xApiKey: key,
          resources: { requests: { memory: '64Mi' } },
        }),
      ],
      { variables: [org] },
    );
    expect(steps[0].spec).toEqual({
      projectName: 'P',
      orgIdentifier: '<+pipeline.variables.org>',
      xApiKey: 'account.harness_admin_sat',
      resources: { requests: { memory: '64Mi' } },
    });
  });

  test('rejects a missing projectName', () => {
    expect(() => new CreateProjectStep({ identifier: 'p', projectName: undefined as any, orgIdentifier: 'default', xApiKey: key })).toThrow(
      /step 'p': spec\.projectName: is required\. Fix: pass the name of the project to create/,
    );
  });

  test('rejects a missing orgIdentifier', () => {
    expect(() => new CreateProjectStep({ identifier: 'p', projectName: 'P', orgIdentifier: '', xApiKey: key })).toThrow(
      /spec\.orgIdentifier: is empty/,
    );
  });

  test('rejects an organization name given as orgIdentifier', () => {
    expect(() => new CreateProjectStep({ identifier: 'p', projectName: 'P', orgIdentifier: 'Team A', xApiKey: key })).toThrow(
      "step 'p': spec.orgIdentifier: 'Team A' is not an organization identifier (a letter or _ first, then letters, digits, _ or $). Fix: pass the organization's identifier, not its name",
    );
  });

  test('rejects a missing or plain-string xApiKey', () => {
    expect(() => new CreateProjectStep({ identifier: 'p', projectName: 'P', orgIdentifier: 'default', xApiKey: undefined as any })).toThrow(
      /spec\.xApiKey: a secret reference is required/,
    );
    expect(() => new CreateProjectStep({ identifier: 'p', projectName: 'P', orgIdentifier: 'default', xApiKey: 'x' as any })).toThrow(
      /spec\.xApiKey: a plain string was passed/,
    );
  });

  test('renders a fixed project name', () => {
    expect(
      renderAlone(new CreateProjectStep({ identifier: 'p', projectName: 'Payments', orgIdentifier: 'default', xApiKey: key })).spec
        .projectName,
    ).toBe('Payments');
  });
});

describe('CreateProjectStep outputs', () => {
  test('projectIdentifier renders the full FQN once placed, and can follow a CreateOrganization step', () => {
    const org = new CreateOrganizationStep({ identifier: 'create_org', orgName: 'Team A', xApiKey: key });
    const project = new CreateProjectStep({
      identifier: 'create_project',
      projectName: 'Payments',
      orgIdentifier: org.outputs.orgIdentifier,
      xApiKey: key,
    });
    const { steps, pipeline } = renderInIdpStage([org, project]);
    expect(steps[1].spec.orgIdentifier).toBe(outputFqn('create_org', 'orgIdentifier'));
    expect(project.outputs.projectIdentifier.resolve()).toBe(outputFqn('create_project', 'projectIdentifier'));
    expect(pipeline).toBeValidHarnessPipeline();
  });
});

describe('CreateProjectStep schema', () => {
  test('validates against the Harness pipeline schema', () => {
    const step = new CreateProjectStep({
      identifier: 'create_project',
      projectName: 'Payments',
      orgIdentifier: 'default',
      projectDescription: 'd',
      tags: ['team:a'],
      xApiKey: key,
    });
    expect(renderInIdpStage([step]).pipeline).toBeValidHarnessPipeline();
  });
});
