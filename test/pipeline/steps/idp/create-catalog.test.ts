import { parse } from 'yaml';
import { CatalogInfo } from '../../../../src/pipeline/steps/idp/catalog-info';
import { CreateCatalogStep } from '../../../../src/pipeline/steps/idp/create-catalog';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { outputFqn, renderAlone, renderInIdpStage } from '../support';

const entity = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: payments\n';

describe('CreateCatalogStep', () => {
  test('renders the step of the service-onboarding example (catalog described by typed props) in an IDP stage, field by field', () => {
    const project = PipelineVariable.string('project_name');
    const desc = PipelineVariable.string('repository_description');
    const stack = PipelineVariable.string('stack');
    const owner = PipelineVariable.string('owner');
    const step = new CreateCatalogStep({
      identifier: 'create_catalog',
      name: 'Create catalog-info.yaml',
      timeout: '5m',
      filePath: project,
      catalogInfo: {
        name: project,
        description: desc,
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        tags: [stack],
        type: 'service',
        owner,
        lifecycle: 'experimental',
      },
    });
    const { steps } = renderInIdpStage([step], { variables: [project, desc, stack, owner] });
    const node = steps[0];
    expect(node.type).toBe('CreateCatalog');
    expect(node.name).toBe('Create catalog-info.yaml');
    expect(node.identifier).toBe('create_catalog');
    expect(node.timeout).toBe('5m');
    expect(Object.keys(node.spec)).toEqual(['fileName', 'filePath', 'fileContent']);
    expect(node.spec.fileName).toBe('catalog-info.yaml');
    expect(node.spec.filePath).toBe('<+pipeline.variables.project_name>');
    expect(parse(node.spec.fileContent)).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: '<+pipeline.variables.project_name>',
        description: '<+pipeline.variables.repository_description>',
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        tags: ['<+pipeline.variables.stack>'],
      },
      spec: { type: 'service', lifecycle: 'experimental', owner: '<+pipeline.variables.owner>' },
    });
  });

  test('registeredCatalogUrl renders the full FQN once placed', () => {
    const step = new CreateCatalogStep({ identifier: 'create_catalog', fileContent: entity });
    renderInIdpStage([step]);
    expect(step.outputs.registeredCatalogUrl.resolve()).toBe(outputFqn('create_catalog', 'registeredCatalogUrl'));
  });

  test('takes file content as text, with a custom file name and resources', () => {
    const node = renderAlone(
      new CreateCatalogStep({ identifier: 'c', fileName: 'idp.yaml', fileContent: entity, resources: { limits: { memory: '256Mi' } } }),
    );
    expect(node.spec).toEqual({ fileName: 'idp.yaml', fileContent: entity, resources: { limits: { memory: '256Mi' } } });
  });

  test('takes a CatalogInfo as fileContent', () => {
    const node = renderAlone(
      new CreateCatalogStep({
        identifier: 'c',
        fileContent: new CatalogInfo({ name: 'payments', owner: 'team-a', type: 'service', lifecycle: 'production' }),
      }),
    );
    expect(parse(node.spec.fileContent).spec).toEqual({ type: 'service', lifecycle: 'production', owner: 'team-a' });
  });

  test('rejects fileContent together with catalogInfo', () => {
    expect(
      () =>
        new CreateCatalogStep({
          identifier: 'c',
          fileContent: entity,
          catalogInfo: { name: 'a', owner: 'b', type: 'service', lifecycle: 'x' },
        }),
    ).toThrow(
      /step 'c': spec\.fileContent: fileContent and catalogInfo are mutually exclusive\. Fix: set fileContent \(text or a CatalogInfo\), or catalogInfo, not both/,
    );
  });

  test('rejects neither fileContent nor catalogInfo', () => {
    expect(() => new CreateCatalogStep({ identifier: 'c' })).toThrow(
      /step 'c': spec\.fileContent: is required\. Fix: set fileContent to the entity YAML, or describe the entity with catalogInfo/,
    );
  });

  test('rejects empty file content', () => {
    expect(() => new CreateCatalogStep({ identifier: 'c', fileContent: '' })).toThrow(/spec\.fileContent: is empty/);
  });

  test('rejects a directory in fileName', () => {
    expect(() => new CreateCatalogStep({ identifier: 'c', fileName: 'svc/catalog-info.yaml', fileContent: entity })).toThrow(
      "step 'c': spec.fileName: 'svc/catalog-info.yaml' contains a directory. Fix: put the directory in filePath and only the file name in fileName",
    );
  });

  test('rejects an empty fileName', () => {
    expect(() => new CreateCatalogStep({ identifier: 'c', fileName: '', fileContent: entity })).toThrow(/spec\.fileName: is empty/);
  });

  test('catalogInfo props are validated', () => {
    expect(
      () => new CreateCatalogStep({ identifier: 'c', catalogInfo: { name: 'bad name', owner: 'b', type: 'service', lifecycle: 'x' } }),
    ).toThrow(/metadata\.name: 'bad name' is not a valid catalog entity name/);
  });
});

describe('CreateCatalogStep schema', () => {
  test('validates against the Harness pipeline schema', () => {
    const steps = [
      new CreateCatalogStep({
        identifier: 'typed',
        filePath: 'svc',
        catalogInfo: { name: 'svc', owner: 'team-a', type: 'service', lifecycle: 'experimental' },
      }),
      new CreateCatalogStep({ identifier: 'text', fileName: 'idp.yaml', fileContent: entity, resources: { limits: { memory: '256Mi' } } }),
    ];
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
