import { requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import type { Expression } from '../core/expression';
import { clonePlain } from '../core/object';
import { checkField } from './field-checks';
import type { AnyFieldProps, ArrayFieldProps, BooleanFieldProps, EnumFieldProps, NumberFieldProps, StringFieldProps } from './field-props';
import { baseProperty } from './field-property';
import type { ParameterKey } from './parameter-key';
import { FormValueType, UiField, UiWidget } from './ui-field';
import { WorkflowExpression } from './workflow-expression';

/** A field of the form: a {@link WorkflowInput} (also a pipeline variable) or a form-only {@link FormField}. */
export interface WorkflowParameter extends ParameterKey {
  /** The property key. */
  readonly id: string;
  /** The property schema. */
  readonly schema: FieldSchema;
  /** `${{ parameters.<id> }}` (`${{ secrets.<id> }}` for a Secret field), for steps and output. */
  readonly parameter: Expression;
  /** Human-readable location for messages. */
  describe(): string;
}

/**
 * Fields that appear only while a condition on another field holds (a `FormCondition`): what walkers of the form
 * read of it.
 */
export interface ConditionalFields {
  /** The field whose value decides (`dependencies.<controller id>`). */
  readonly controller: WorkflowParameter;
  /** The branches, each with the fields it adds. */
  readonly branches: readonly { readonly fields: readonly WorkflowParameter[] }[];
  /** The path of a branch below `dependencies.<controller id>`, e.g. `oneOf[1]`, `allOf[0].then`, `` (no branch). */
  branchPath(branch: number): string;
  /** The value of `dependencies.<controller id>`. */
  render(): unknown;
  /** Human-readable location for messages. */
  describe(): string;
}

/** What an object (or `$ref`) field holds beyond the keys every field has (set by `ObjectField`, `RefField`). */
export interface FieldContent {
  /** Fields shown whenever the object is (`properties`). */
  readonly fields: readonly WorkflowParameter[];
  /** Fields shown only while a condition holds (`dependencies`). */
  readonly conditions: readonly ConditionalFields[];
  /** The property: `base` (the keys every field has) completed with the object's own keys. */
  render(base: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The JSON-schema property of one form field, with the local checks of the form rules. Shared by
 * {@link FormField} and {@link WorkflowInput}.
 */
export class FieldSchema {
  /** Listed in the page's `required`. */
  public readonly required: boolean;
  /**
   * The fields an object field holds, if this is one.
   * @internal
   */
  public readonly content?: FieldContent;
  private readonly props: AnyFieldProps;
  private parent?: FieldSchema;
  private pathRead = false;

  /**
   * @internal
   * @param id property key
   * @param type JSON-schema type
   * @param where location for messages, e.g. `workflow input 'stack'`
   * @param content the fields of an object field @default - none
   */
  constructor(
    public readonly id: string,
    public readonly type: FormValueType,
    props: AnyFieldProps,
    private readonly where: string,
    content?: FieldContent,
  ) {
    this.props = requireProps(
      props,
      where,
      `${type === FormValueType.NUMBER ? 'WorkflowInput.number' : 'WorkflowInput.string'}('${id}', { title: 'Title' })`,
    );
    this.required = props.required ?? true;
    this.content = content;
    checkField(id, type, props, where);
  }

  /**
   * The parameter path: the id, below the object fields that hold the field (`infra.resource_type`, read as
   * `${{ parameters.infra.resource_type }}`).
   */
  public get path(): string {
    this.pathRead = true;
    return this.parent ? `${this.parent.path}.${this.id}` : this.id;
  }

  /**
   * Places the field inside an object field (called by `ObjectField`). A field belongs to one object, and must
   * be placed before its parameter is read (docs/rules.md#object-field-fields).
   * @internal
   */
  public nestIn(parent: FieldSchema, where: string): void {
    if (this.parent === parent) return;
    if (this.parent !== undefined) {
      fail(
        where,
        `properties.${this.id}`,
        `${this.where} is already a field of object field '${this.parent.id}'`,
        'declare a field per object',
      );
    }
    if (this.pathRead) {
      fail(
        where,
        `properties.${this.id}`,
        `the parameter of ${this.where} was read as \${{ parameters.${this.id} }} before the field was put into this object`,
        'create the object field before reading the parameter of its fields',
      );
    }
    this.parent = parent;
  }

  /** The field's title. */
  public get title(): string {
    return this.props.title;
  }

  /** The field's description, if any. */
  public get description(): string | undefined {
    return this.props.description;
  }

  /** The field's default value, if any. */
  public get default(): unknown {
    return this.props.default;
  }

  /** Allowed values (`enum`), if any. */
  public get enum(): readonly (string | number)[] | undefined {
    return this.props.enum;
  }

  /** The regex a string value must match, if any. */
  public get pattern(): string | undefined {
    return this.props.pattern;
  }

  /** The picker (`ui:field`), if any. */
  public get uiField(): UiField | undefined {
    return this.props.uiField;
  }

  /** The `ui:widget` rendered (the field's own, or the one the `uiField` brings). */
  public get widget(): UiWidget | undefined {
    return this.props.uiWidget ?? this.props.uiField?.widget;
  }

  /** True for the HarnessAuthToken field. */
  public get isAuthToken(): boolean {
    return this.props.uiField?.isAuthToken === true;
  }

  /** True for a Backstage `Secret` field (read as `${{ secrets.<id> }}`). */
  public get isSecret(): boolean {
    return this.props.uiField?.isSecret === true;
  }

  /** True for a masked field (`ui:widget: password`), which must be on page 1 (docs/rules.md#password-field-first-page). */
  public get isPassword(): boolean {
    return this.widget === UiWidget.PASSWORD;
  }

  /** `${{ parameters.<path> }}`, or `${{ secrets.<id> }}` for a Secret field. */
  public parameterText(): string {
    return `\${{ ${this.reference()} }}`;
  }

  /** `parameters.<path>`, or `secrets.<id>` for a Secret field: the reference inside `${{ }}`. */
  public reference(): string {
    return this.isSecret ? `secrets.${this.id}` : `parameters.${this.path}`;
  }

  /** The value sent in the trigger's inputset: arrays are joined with `,` (docs/rules.md#workflow-arrays-joined). */
  public inputsetText(): string {
    if (this.type === FormValueType.ARRAY) return `\${{ ${this.reference()}.join(',') }}`;
    return this.parameterText();
  }

  /** The `properties.<id>` object. */
  public toProperty(): Record<string, unknown> {
    const p = this.props;
    const base = baseProperty(this.type, p);
    const property = this.content ? this.content.render(base) : base;
    return p.extraProperties ? { ...property, ...(clonePlain(p.extraProperties) as Record<string, unknown>) } : property;
  }
}

/**
 * `required` (the ids of required fields, left out when none) and `properties` of a list of fields.
 * @param order which key comes first: pages write `required` first, object fields and branches `properties`
 */
export function renderFieldList(
  fields: readonly WorkflowParameter[],
  order: 'required-first' | 'properties-first',
): Record<string, unknown> {
  const required = fields.filter((f) => f.schema.required).map((f) => f.id);
  const properties = Object.fromEntries(fields.map((f) => [f.id, f.schema.toProperty()]));
  const req = required.length > 0 ? { required } : {};
  return order === 'required-first' ? { ...req, properties } : { properties, ...req };
}

/**
 * A form field that does not feed a pipeline variable: the session token, a picker that only scopes another
 * picker, a value used only in a step's `if` or in the output.
 */
export class FormField implements WorkflowParameter {
  /** A text field. */
  public static string(id: string, props: StringFieldProps): FormField {
    return new FormField(id, FormValueType.STRING, props);
  }

  /** A drop-down of string values. */
  public static enum(id: string, props: EnumFieldProps): FormField {
    const { values, ...rest } = requireProps(
      props,
      `form field '${id}'`,
      `FormField.enum('${id}', { title: 'Title', values: ['a', 'b'] })`,
    );
    return new FormField(id, FormValueType.STRING, { ...rest, enum: values });
  }

  /** A number field. */
  public static number(id: string, props: NumberFieldProps): FormField {
    return new FormField(id, FormValueType.NUMBER, props);
  }

  /** A checkbox. */
  public static boolean(id: string, props: BooleanFieldProps): FormField {
    return new FormField(id, FormValueType.BOOLEAN, props);
  }

  /** A list of strings. */
  public static array(id: string, props: ArrayFieldProps): FormField {
    return new FormField(id, FormValueType.ARRAY, props);
  }

  /**
   * The documented session-token field (`title: Harness Token`, `type: string`, `ui:widget: password`,
   * `ui:field: HarnessAuthToken`); it must be on page 1 (docs/rules.md#token-field-first-page).
   */
  public static authToken(id = 'token', title = 'Harness Token'): FormField {
    return new FormField(id, FormValueType.STRING, { title, uiField: UiField.harnessAuthToken(), required: false });
  }

  public readonly schema: FieldSchema;

  private constructor(
    /** The property key in the form (`parameters.<id>`). */
    public readonly id: string,
    type: FormValueType,
    props: AnyFieldProps,
  ) {
    this.schema = new FieldSchema(id, type, props, `form field '${id}'`);
  }

  public get parameter(): Expression {
    return new WorkflowExpression(this.schema.parameterText());
  }

  public describe(): string {
    return `form field '${this.id}'`;
  }
}
