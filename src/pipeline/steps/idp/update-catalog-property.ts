import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import type { SecretRef } from '../../../core/secret-ref';
import { clonePlain } from '../../../core/object';
import { Step, type StepProps } from '../../step';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';
import { checkSecretRef, isLiteralText, requireText } from '../common/field-checks';

/**
 * What an UpdateCatalogProperty step updates (`spec.type`). The values are not in the public docs or the
 * schema (a plain string there); `Entity` and `Property` are the values Harness' own IDP step tests use
 * (`io.harness.idp.utils.IDPStepUtilsTest`: `Entity` posts to `/v1/catalog/custom-properties/entity`,
 * `Property` to `/v1/catalog/custom-properties/property`).
 */
export enum CatalogPropertyUpdateType {
  /** One entity (`entityRef`): one `property`/`value`, or a list of `properties`. */
  ENTITY = 'Entity',
  /** One property across several entities (`entityRefs`), with a default `value`. */
  PROPERTY = 'Property',
}

/** How a value is applied (`mode`). */
export enum CatalogPropertyMode {
  /** Replace the existing value (the default). */
  REPLACE = 'replace',
  /** Add to the existing value; only for arrays and maps (docs/rules.md#update-catalog-property-append). */
  APPEND = 'append',
}

/**
 * A property value: text, a number, an array or a map (schema `oneOf string|number|object|array`; a YAML
 * boolean is rejected, so pass `'true'` as text).
 */
export type CatalogPropertyValue = string | number | Expression | readonly unknown[] | { readonly [key: string]: unknown };

/** One property change of a single entity (`properties[]`, `PropertiesParameterField`). */
export interface CatalogPropertyChange {
  /** Property path, e.g. `metadata.testCoverage`. */
  readonly property: string | Expression;
  /** The new value. */
  readonly value: CatalogPropertyValue;
  /** How `value` is applied. @default - not set (Harness applies replace) */
  readonly mode?: CatalogPropertyMode;
}

/** One entity of a multi-entity update (`entityRefs[]`, `EntityRefsParameterField`). */
export interface CatalogEntityValue {
  /** Entity reference, e.g. `component:default/payments`. */
  readonly entityRef: string | Expression;
  /** This entity's value. @default - the step's `value` */
  readonly value?: CatalogPropertyValue;
}

/**
 * Props of an {@link UpdateCatalogPropertyStep}. Either one entity (`entityRef` with `property` + `value`,
 * or with `properties`), or one property across entities (`property` + `entityRefs`, optional default
 * `value`).
 */
export interface UpdateCatalogPropertyStepProps extends StepProps {
  /** The entity to update, e.g. `component:default/payments`. Exclusive with `entityRefs`. @default - none */
  readonly entityRef?: string | Expression;
  /** Several changes to the one `entityRef`. Exclusive with `property`. @default - none */
  readonly properties?: readonly CatalogPropertyChange[];
  /** The property path to set, e.g. `metadata.onboardedBy`. @default - none */
  readonly property?: string | Expression;
  /**
   * The value for `property`; with `entityRefs`, the default for entities that give none.
   * @default - none
   */
  readonly value?: CatalogPropertyValue;
  /** How `value` is applied. @default - not set (Harness applies replace) */
  readonly mode?: CatalogPropertyMode;
  /**
   * The entities whose `property` is set: references, or `{ entityRef, value }`. Exclusive with `entityRef`.
   * @default - none
   */
  readonly entityRefs?: readonly (string | Expression | CatalogEntityValue)[];
  /**
   * Harness API key used for the update. Optional: without it the executing user's credentials are used
   * (who needs the catalog edit permission). Rendered as the secret identifier.
   * @default - the user's credentials
   */
  readonly xApiKey?: SecretRef;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/** The IDP UpdateCatalogProperty step (`IDPUpdateCatalogPropertyStepInfo`): updates catalog entity metadata. */
export class UpdateCatalogPropertyStep extends Step {
  public readonly type = 'UpdateCatalogProperty';
  /** Which kind of update this is (`spec.type`). */
  public readonly updateType: CatalogPropertyUpdateType;
  private readonly props: UpdateCatalogPropertyStepProps;
  private readonly apiKey?: SecretRef;
  private readonly entities: readonly CatalogEntityValue[];

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: UpdateCatalogPropertyStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkEntitySelection(props, where);
    if (props.entityRef !== undefined) {
      this.updateType = CatalogPropertyUpdateType.ENTITY;
      checkEntityUpdate(props, where);
      this.entities = [];
    } else {
      this.updateType = CatalogPropertyUpdateType.PROPERTY;
      this.entities = propertyUpdateEntities(props, where);
    }
    this.apiKey = checkSecretRef(props.xApiKey, where, 'spec.xApiKey', false);
    renderContainerResources(props.resources, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    const common = {
      xApiKey: this.apiKey?.identifier,
      resources: renderContainerResources(p.resources, this.describe()),
    };
    if (this.updateType === CatalogPropertyUpdateType.ENTITY) {
      return {
        type: this.updateType,
        entityRef: p.entityRef,
        property: p.property,
        value: clonePlain(p.value),
        mode: p.property !== undefined ? p.mode : undefined,
        properties: p.properties?.map((c) => ({
          property: c.property,
          value: clonePlain(c.value),
          mode: c.mode,
        })),
        ...common,
      };
    }
    return {
      type: this.updateType,
      property: p.property,
      value: clonePlain(p.value),
      mode: p.mode,
      entityRefs: this.entities.map((e) => ({ entityRef: e.entityRef, value: clonePlain(e.value) })),
      ...common,
    };
  }
}

/** One entity (`entityRef`) or several (`entityRefs`), not both and not neither; a valid `mode`. */
function checkEntitySelection(props: UpdateCatalogPropertyStepProps, where: string): void {
  if (props.entityRef !== undefined && props.entityRefs !== undefined) {
    fail(
      where,
      'spec.entityRefs',
      'entityRef and entityRefs are mutually exclusive',
      'set entityRef to update one entity, or entityRefs (with property) to set one property on several entities',
    );
  }
  if (props.entityRef === undefined && props.entityRefs === undefined) {
    fail(
      where,
      'spec.entityRef',
      'neither entityRef nor entityRefs is set',
      "set entityRef (e.g. 'component:default/payments') to update one entity, or entityRefs with property to update several",
    );
  }
  if (props.mode !== undefined) checkMode(props.mode, where, 'spec.mode');
}

/** An entity update: the entity reference, then `property` with `value`, or a list of `properties`. */
function checkEntityUpdate(props: UpdateCatalogPropertyStepProps, where: string): void {
  requireText(props.entityRef, where, 'spec.entityRef', "pass an entity reference, e.g. 'component:default/payments'");
  if (props.properties !== undefined && props.property !== undefined) {
    fail(
      where,
      'spec.properties',
      'property and properties are mutually exclusive',
      'set property with value for one change, or properties for several, not both',
    );
  }
  if (props.properties !== undefined) {
    if (props.value !== undefined || props.mode !== undefined) {
      fail(
        where,
        'spec.value',
        'value and mode go with property; with properties, each change carries its own',
        'move value and mode into the properties entries',
      );
    }
    if (props.properties.length === 0) fail(where, 'spec.properties', 'the list is empty', 'list at least one { property, value } change');
    props.properties.forEach((c, i) => {
      const field = `spec.properties[${i}]`;
      requireText(c.property, where, `${field}.property`, "pass a property path, e.g. 'metadata.testCoverage'");
      if (c.mode !== undefined) checkMode(c.mode, where, `${field}.mode`);
      checkValue(c.value, c.mode, where, `${field}.value`, true);
    });
  } else {
    if (props.property === undefined) {
      fail(
        where,
        'spec.property',
        'an entity update needs property and value, or properties',
        "set property (e.g. 'metadata.onboardedBy') and value, or a list of properties",
      );
    }
    requireText(props.property, where, 'spec.property', "pass a property path, e.g. 'metadata.onboardedBy'");
    checkValue(props.value, props.mode, where, 'spec.value', true);
  }
}

/** A property update: the entities of `entityRefs` (each with a value, or the step's default `value`). */
function propertyUpdateEntities(props: UpdateCatalogPropertyStepProps, where: string): CatalogEntityValue[] {
  if (props.properties !== undefined) {
    fail(
      where,
      'spec.properties',
      'properties lists changes to one entity, but this step updates several (entityRefs)',
      'set property (and value) for the entities, or use entityRef with properties',
    );
  }
  requireText(props.property, where, 'spec.property', "set property to the path to update on every entity, e.g. 'metadata.tier'");
  const refs = props.entityRefs ?? [];
  if (refs.length === 0) fail(where, 'spec.entityRefs', 'the list is empty', 'list at least one entity reference');
  checkValue(props.value, props.mode, where, 'spec.value', false);
  const entities: CatalogEntityValue[] = refs.map((r) => (typeof r === 'string' || r instanceof Expression ? { entityRef: r } : r));
  entities.forEach((e, i) => {
    const field = `spec.entityRefs[${i}]`;
    requireText(e.entityRef, where, `${field}.entityRef`, "pass an entity reference, e.g. 'component:default/payments'");
    if (e.value === undefined && props.value === undefined) {
      fail(
        where,
        `${field}.value`,
        'the entity has no value and the step sets no default value',
        "give the entity a value, or set the step's value as the default",
      );
    }
    checkValue(e.value, props.mode, where, `${field}.value`, false);
  });
  return entities;
}

function checkMode(mode: unknown, where: string, field: string): void {
  if (mode !== CatalogPropertyMode.REPLACE && mode !== CatalogPropertyMode.APPEND) {
    fail(where, field, `'${String(mode)}' is not a mode`, 'use CatalogPropertyMode.REPLACE or CatalogPropertyMode.APPEND');
  }
}

/** Schema: string, number, object or array (no boolean); append needs an array or a map (docs/rules.md#update-catalog-property-append). */
function checkValue(value: unknown, mode: unknown, where: string, field: string, required: boolean): void {
  if (value === undefined || value === null) {
    if (required) fail(where, field, 'a value is required', 'pass text, a number, an array or a map');
    return;
  }
  if (typeof value === 'boolean') {
    fail(
      where,
      field,
      'a boolean is not accepted (the schema takes text, a number, an array or a map)',
      `pass the text '${String(value)}' instead`,
    );
  }
  if (!['string', 'number', 'object'].includes(typeof value)) {
    fail(where, field, `a ${typeof value} is not accepted`, 'pass text, a number, an array or a map');
  }
  if (mode === CatalogPropertyMode.APPEND && (isLiteralText(value) || typeof value === 'number')) {
    fail(
      where,
      field,
      "mode 'append' only works with values that hold several items, such as arrays or maps, " +
        `not a plain ${typeof value === 'string' ? 'string' : 'number'}`,
      "pass an array or a map to append, or use mode 'replace'",
    );
  }
}
