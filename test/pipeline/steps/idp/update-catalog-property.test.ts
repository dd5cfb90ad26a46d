import { Expr } from '../../../../src/core/expr';
import { SecretRef } from '../../../../src/core/secret-ref';
import {
  CatalogPropertyMode,
  CatalogPropertyUpdateType,
  UpdateCatalogPropertyStep,
} from '../../../../src/pipeline/steps/idp/update-catalog-property';
import { PipelineVariable } from '../../../../src/pipeline/variable';
import { renderAlone, renderInIdpStage } from '../support';

describe('UpdateCatalogPropertyStep', () => {
  test('renders a single-entity update (type Entity) in an IDP stage, field by field', () => {
    const project = PipelineVariable.string('project_name');
    const step = new UpdateCatalogPropertyStep({
      identifier: 'update_catalog_property',
      name: 'Record onboarding metadata',
      timeout: '5m',
      entityRef: `component:default/${project}`,
      property: 'metadata.onboardedBy',
      value: Expr.TRIGGERED_BY_EMAIL,
      mode: CatalogPropertyMode.REPLACE,
    });
    const { steps } = renderInIdpStage([step], { variables: [project] });
    const node = steps[0];
    expect(node.type).toBe('UpdateCatalogProperty');
    expect(node.name).toBe('Record onboarding metadata');
    expect(node.identifier).toBe('update_catalog_property');
    expect(node.timeout).toBe('5m');
    expect(node.spec).toEqual({
      type: 'Entity',
      entityRef: 'component:default/<+pipeline.variables.project_name>',
      property: 'metadata.onboardedBy',
      value: '<+pipeline.triggeredBy.email>',
      mode: 'replace',
    });
    expect(step.updateType).toBe(CatalogPropertyUpdateType.ENTITY);
  });

  test('several properties of one entity (properties[]: property, value, mode)', () => {
    const node = renderAlone(
      new UpdateCatalogPropertyStep({
        identifier: 'u',
        entityRef: 'idp-service',
        properties: [
          { property: 'versions', value: [1, 2] },
          { property: 'annotations', value: { pagerduty: 'IDP' }, mode: CatalogPropertyMode.APPEND },
        ],
        xApiKey: SecretRef.fromIdentifier('account.idp_sat'),
      }),
    );
    expect(node.spec).toEqual({
      type: 'Entity',
      entityRef: 'idp-service',
      properties: [
        { property: 'versions', value: [1, 2] },
        { property: 'annotations', value: { pagerduty: 'IDP' }, mode: 'append' },
      ],
      xApiKey: 'account.idp_sat',
    });
  });

  test('one property across entities (type Property: property, value, mode, entityRefs[])', () => {
    const step = new UpdateCatalogPropertyStep({
      identifier: 'u',
      property: 'metadata.versions',
      value: [1.2],
      mode: CatalogPropertyMode.APPEND,
      entityRefs: [{ entityRef: 'idp-service', value: [1.5] }, 'pipeline-service'],
      resources: { limits: { memory: '128Mi' } },
    });
    expect(step.updateType).toBe(CatalogPropertyUpdateType.PROPERTY);
    expect(renderAlone(step).spec).toEqual({
      type: 'Property',
      property: 'metadata.versions',
      value: [1.2],
      mode: 'append',
      entityRefs: [{ entityRef: 'idp-service', value: [1.5] }, { entityRef: 'pipeline-service' }],
      resources: { limits: { memory: '128Mi' } },
    });
  });

  test('values may be numbers, maps with expressions, and expressions', () => {
    const v = PipelineVariable.string('tier');
    const { steps } = renderInIdpStage(
      [
        new UpdateCatalogPropertyStep({ identifier: 'a', entityRef: 'c:default/x', property: 'metadata.coverage', value: 87.5 }),
        new UpdateCatalogPropertyStep({ identifier: 'b', entityRef: 'c:default/x', property: 'metadata.info', value: { tier: v } }),
      ],
      { variables: [v] },
    );
    expect(steps[0].spec.value).toBe(87.5);
    expect(steps[1].spec.value).toEqual({ tier: '<+pipeline.variables.tier>' });
  });

  test('rejects entityRef together with entityRefs', () => {
    expect(() => new UpdateCatalogPropertyStep({ identifier: 'u', entityRef: 'a', entityRefs: ['b'], property: 'p', value: 'v' })).toThrow(
      "step 'u': spec.entityRefs: entityRef and entityRefs are mutually exclusive. Fix: set entityRef to update one entity, or entityRefs (with property) to set one property on several entities",
    );
  });

  test('rejects neither entityRef nor entityRefs', () => {
    expect(() => new UpdateCatalogPropertyStep({ identifier: 'u', property: 'p', value: 'v' })).toThrow(
      /step 'u': spec\.entityRef: neither entityRef nor entityRefs is set/,
    );
  });

  test('rejects property together with properties', () => {
    expect(
      () =>
        new UpdateCatalogPropertyStep({
          identifier: 'u',
          entityRef: 'a',
          property: 'p',
          value: 'v',
          properties: [{ property: 'q', value: 'w' }],
        }),
    ).toThrow(
      "step 'u': spec.properties: property and properties are mutually exclusive. Fix: set property with value for one change, or properties for several, not both",
    );
  });

  test('rejects an entity update without property or properties', () => {
    expect(() => new UpdateCatalogPropertyStep({ identifier: 'u', entityRef: 'a' })).toThrow(
      /spec\.property: an entity update needs property and value, or properties/,
    );
  });

  test('rejects property without value', () => {
    expect(() => new UpdateCatalogPropertyStep({ identifier: 'u', entityRef: 'a', property: 'p' })).toThrow(
      /spec\.value: a value is required\. Fix: pass text, a number, an array or a map/,
    );
  });

  test('rejects top-level value or mode with properties', () => {
    expect(
      () =>
        new UpdateCatalogPropertyStep({
          identifier: 'u',
          entityRef: 'a',
          properties: [{ property: 'q', value: 'w' }],
          mode: CatalogPropertyMode.REPLACE,
        }),
    ).toThrow(/spec\.value: value and mode go with property; with properties, each change carries its own/);
  });

  test('rejects an empty properties list', () => {
    expect(() => new UpdateCatalogPropertyStep({ identifier: 'u', entityRef: 'a', properties: [] })).toThrow(
      /spec\.properties: the list is empty/,
    );
  });

  test('rejects properties on a multi-entity update', () => {
    expect(
      () => new UpdateCatalogPropertyStep({ identifier: 'u', entityRefs: ['a'], properties: [{ property: 'q', value: 'w' }] }),
    ).toThrow(/spec\.properties: properties lists changes to one entity, but this step updates several \(entityRefs\)/);
  });

  test('rejects a multi-entity update without property', () => {
    expect(() => new UpdateCatalogPropertyStep({ identifier: 'u', entityRefs: ['a'], value: 'v' })).toThrow(
      /spec\.property: is required\. Fix: set property to the path to update on every entity/,
    );
  });

  test('rejects an empty entityRefs list', () => {
    expect(() => new UpdateCatalogPropertyStep({ identifier: 'u', entityRefs: [], property: 'p', value: 'v' })).toThrow(
      /spec\.entityRefs: the list is empty/,
    );
  });

  test('rejects an entity without value when there is no default value', () => {
    expect(
      () => new UpdateCatalogPropertyStep({ identifier: 'u', entityRefs: ['a', { entityRef: 'b', value: 'x' }], property: 'p' }),
    ).toThrow(/spec\.entityRefs\[0\]\.value: the entity has no value and the step sets no default value/);
  });

  test('rejects an empty entity reference', () => {
    expect(() => new UpdateCatalogPropertyStep({ identifier: 'u', entityRefs: [''], property: 'p', value: 'v' })).toThrow(
      /spec\.entityRefs\[0\]\.entityRef: is empty/,
    );
  });

  test('rejects append with a plain string value', () => {
    expect(
      () =>
        new UpdateCatalogPropertyStep({
          identifier: 'u',
          entityRef: 'a',
          property: 'metadata.owner',
          value: 'team-a',
          mode: CatalogPropertyMode.APPEND,
        }),
    ).toThrow(
      "step 'u': spec.value: mode 'append' only works with values that hold several items, such as arrays or maps, not a plain string. Fix: pass an array or a map to append, or use mode 'replace'",
    );
  });

  test('rejects append with a number, in properties[] and entityRefs[] too', () => {
    expect(
      () =>
        new UpdateCatalogPropertyStep({
          identifier: 'u',
          entityRef: 'a',
          properties: [{ property: 'n', value: 3, mode: CatalogPropertyMode.APPEND }],
        }),
    ).toThrow(/spec\.properties\[0\]\.value: mode 'append' only works with values that hold several items.*not a plain number/);
    expect(
      () =>
        new UpdateCatalogPropertyStep({
          identifier: 'u',
          entityRefs: [{ entityRef: 'a', value: 'x' }],
          property: 'p',
          value: ['d'],
          mode: CatalogPropertyMode.APPEND,
        }),
    ).toThrow(/spec\.entityRefs\[0\]\.value: mode 'append' only works with values that hold several items/);
  });

  test('append with an expression value is left to run time', () => {
    expect(
      () =>
        new UpdateCatalogPropertyStep({
          identifier: 'u',
          entityRef: 'a',
          property: 'metadata.tags',
          value: Expr.raw('<+pipeline.variables.tags>'),
          mode: CatalogPropertyMode.APPEND,
        }),
    ).not.toThrow();
  });

  test('rejects a boolean value (schema: string, number, object or array)', () => {
    expect(
      () => new UpdateCatalogPropertyStep({ identifier: 'u', entityRef: 'a', property: 'metadata.enabled', value: true as any }),
    ).toThrow(
      "step 'u': spec.value: a boolean is not accepted (the schema takes text, a number, an array or a map). Fix: pass the text 'true' instead",
    );
  });

  test('rejects an unknown mode', () => {
    expect(
      () => new UpdateCatalogPropertyStep({ identifier: 'u', entityRef: 'a', property: 'p', value: 'v', mode: 'merge' as any }),
    ).toThrow(/spec\.mode: 'merge' is not a mode\. Fix: use CatalogPropertyMode\.REPLACE or CatalogPropertyMode\.APPEND/);
  });

  test('rejects a plain-string API key', () => {
    expect(
      () => new UpdateCatalogPropertyStep({ identifier: 'u', entityRef: 'a', property: 'p', value: 'v', xApiKey: 'pat' as any }),
    ).toThrow(/spec\.xApiKey: a plain string was passed where a secret reference is required/);
  });
});

describe('UpdateCatalogPropertyStep schema', () => {
  test('Entity and Property updates validate against the Harness pipeline schema', () => {
    const steps = [
      new UpdateCatalogPropertyStep({ identifier: 'one', entityRef: 'component:default/a', property: 'metadata.coverage', value: 87.5 }),
      new UpdateCatalogPropertyStep({
        identifier: 'many_props',
        entityRef: 'component:default/a',
        properties: [
          { property: 'versions', value: [1, 2], mode: CatalogPropertyMode.APPEND },
          { property: 'info', value: { a: 'b' } },
        ],
        xApiKey: SecretRef.fromIdentifier('account.sat'),
      }),
      new UpdateCatalogPropertyStep({
        identifier: 'many_entities',
        property: 'metadata.tier',
        value: 'gold',
        entityRefs: ['component:default/a', { entityRef: 'component:default/b', value: 'silver' }],
      }),
    ];
    expect(renderInIdpStage(steps).pipeline).toBeValidHarnessPipeline();
  });
});
