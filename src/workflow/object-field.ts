import { fail } from '../core/errors';
import type { Expression } from '../core/expression';
import { compact } from '../core/object';
import { checkConditionKeys, type FormCondition } from './form-condition';
import type { FieldProps } from './field-props';
import { type FieldContent, FieldSchema, renderFieldList, type WorkflowParameter } from './form-field';
import { FormValueType } from './ui-field';
import { WorkflowExpression } from './workflow-expression';

/** Props of an {@link ObjectField}. */
export interface ObjectFieldProps extends FieldProps {
  /**
   * The fields of the object, in display order (`properties`), read as `${{ parameters.<object>.<field> }}`; a
   * {@link WorkflowInput} among them feeds its pipeline variable with that value.
   */
  readonly properties: readonly WorkflowParameter[];
  /**
   * Fields of the object shown only while one of its `properties` has a value (`dependencies`,
   * docs/rules.md#form-conditions). @default - none
   */
  readonly conditions?: readonly FormCondition[];
  /** Default value of the whole object, keyed by field id. @default - none */
  readonly default?: Readonly<Record<string, unknown>>;
}

/**
 * A field that groups other fields (`type: object` with its own `properties`, `required` and `dependencies`), e.g.
 * an `infracomponent` whose `resource_type` the trigger reads as `${{ parameters.infracomponent.resource_type }}`.
 * Its fields belong to it alone and get their parameter path from it (docs/rules.md#object-field-fields).
 * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/flows-input
 */
export class ObjectField implements WorkflowParameter {
  public readonly schema: FieldSchema;
  private readonly fieldList: readonly WorkflowParameter[];
  private readonly conditionList: readonly FormCondition[];

  /** Creates the field; its fields and conditions are checked at once, so a mistake throws a `ValidationError`. */
  constructor(
    /** Property key of the object, the first segment of its fields' parameter paths. */
    public readonly id: string,
    props: ObjectFieldProps,
  ) {
    const where = `object field '${id}'`;
    const { properties, conditions, ...own } = props ?? ({} as ObjectFieldProps);
    this.fieldList = checkFields(where, properties);
    this.conditionList = checkConditionKeys(where, conditions);
    checkConditions(where, this.fieldList, this.conditionList);
    const content: FieldContent = {
      fields: this.fieldList,
      conditions: this.conditionList,
      render: (base) => this.renderContent(base),
    };
    this.schema = new FieldSchema(id, FormValueType.OBJECT, own, where, content);
    const children = new Set([...this.fieldList, ...this.conditionList.flatMap((c) => c.fields)]);
    for (const child of children) child.schema.nestIn(this.schema, where);
  }

  /** The fields shown whenever the object is. */
  public get fields(): readonly WorkflowParameter[] {
    return this.fieldList;
  }

  /** The conditions of the object. */
  public get conditions(): readonly FormCondition[] {
    return this.conditionList;
  }

  /** `${{ parameters.<path> }}`: the whole object (for output text). */
  public get parameter(): Expression {
    return new WorkflowExpression(this.schema.parameterText());
  }

  public describe(): string {
    return `object field '${this.id}'`;
  }

  private renderContent(base: Record<string, unknown>): Record<string, unknown> {
    const { title, type, description, ...rest } = base;
    const dependencies = Object.fromEntries(this.conditionList.map((c) => [c.controller.id, c.render()]));
    return compact({
      title,
      type,
      description,
      ...renderFieldList(this.fieldList, 'properties-first'),
      dependencies: this.conditionList.length > 0 ? dependencies : undefined,
      ...rest,
    });
  }
}

function checkFields(where: string, properties: unknown): readonly WorkflowParameter[] {
  if (!Array.isArray(properties) || properties.length === 0) {
    fail(where, 'properties', 'an object field needs its fields', 'list the fields of the object in properties');
  }
  const seen = new Set<string>();
  for (const f of properties as WorkflowParameter[]) {
    if (f === null || typeof f !== 'object' || !f.schema) {
      fail(where, 'properties', `${String(f)} is not a form field`, 'pass FormField, WorkflowInput or ObjectField objects');
    }
    if (seen.has(f.id)) fail(where, `properties.${f.id}`, `property '${f.id}' is declared twice in the object`, 'declare each field once');
    if (f.schema.isAuthToken) {
      fail(where, `properties.${f.id}`, 'the HarnessAuthToken field cannot sit inside an object field', 'put the token field on page 1');
    }
    seen.add(f.id);
  }
  return [...(properties as WorkflowParameter[])];
}

/** The controller of each condition is a field of the object; conditional fields do not take a field's key. */
function checkConditions(where: string, fields: readonly WorkflowParameter[], conditions: readonly FormCondition[]): void {
  for (const c of conditions) {
    if (!fields.includes(c.controller)) {
      fail(
        where,
        `dependencies.${c.controller.id}`,
        `${c.describe()} looks at '${c.controller.id}', which is not a field of the object`,
        `list '${c.controller.id}' in properties`,
      );
    }
    for (const f of c.fields) {
      if (fields.some((x) => x.id === f.id)) {
        fail(
          where,
          `dependencies.${c.controller.id}`,
          `'${f.id}' is both a field of the object and of ${c.describe()}`,
          `declare '${f.id}' in one place`,
        );
      }
    }
  }
}
