import { requireProps } from '../core/arguments';
import { checkDefaultType } from './field-default-type';
import { fail } from '../core/errors';
import type { Expression } from '../core/expression';
import { IDENTIFIER_PATTERN } from '../core/identifier';
import { clonePlain, compact, walkStrings } from '../core/object';
import { FormValueType, type ParameterKey, UiField, UiWidget } from './ui-field';
import { WorkflowExpression } from './workflow-expression';

/**
 * Form property keys: read as `${{ parameters.<id> }}`, so a letter or `_` first, then letters, digits or `_`
 * (the Harness identifier pattern).
 */
export const PARAMETER_ID_PATTERN = IDENTIFIER_PATTERN;

/** Props every form field has. */
export interface FieldProps {
  /** Label shown in the form. */
  readonly title: string;
  /** Help text under the field. @default - none */
  readonly description?: string;
  /** Listed in the page's `required`. @default true */
  readonly required?: boolean;
  /** A custom field extension (`ui:field`), e.g. `UiField.harnessProjectPicker()`. @default - plain input */
  readonly uiField?: UiField;
  /** `ui:widget`, e.g. `UiWidget.TEXTAREA`. @default - the default widget of the type */
  readonly uiWidget?: UiWidget;
  /**
   * Extra `ui:options` of any shape, merged over the options of `uiField`; `null` renders `ui:options: null` (an
   * empty `ui:options:` in YAML) and replaces the options of `uiField`. @default - none
   */
  readonly uiOptions?: Readonly<Record<string, unknown>> | null;
  /** `ui:help` hint. @default - none */
  readonly uiHelp?: string;
  /** `ui:placeholder`. @default - none */
  readonly uiPlaceholder?: string;
  /** `ui:autofocus`. @default - none */
  readonly uiAutofocus?: boolean;
  /** `ui:readonly` (for values pre-filled with `formData`). @default - none */
  readonly uiReadonly?: boolean;
  /**
   * Escape hatch: further JSON-schema or `ui:*` keys of the property, rendered last (they win over typed
   * keys), e.g. `{ 'ui:backstage': { review: { show: false } } }`. @default - none
   */
  readonly extraProperties?: Readonly<Record<string, unknown>>;
}

/** Props of a string field. */
export interface StringFieldProps extends FieldProps {
  /** Value shown at first. @default - none */
  readonly default?: string;
  /** Allowed values (a drop-down); must be distinct (docs/rules.md#form-field-enum). @default - free text */
  readonly enum?: readonly string[];
  /** Labels of the `enum` values, same length. @default - the values */
  readonly enumNames?: readonly string[];
  /** Regular expression the value must match. @default - none */
  readonly pattern?: string;
  /** Fewest characters. @default - none */
  readonly minLength?: number;
  /** Most characters. @default - none */
  readonly maxLength?: number;
  /**
   * JSON-schema `format`, e.g. `data-url` for a file upload (at most 16 MB, delivered base64-encoded:
   * decode it in a Run step). @default - none
   * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/flows-input
   */
  readonly format?: string;
}

/** Props of a field with a fixed list of string values. */
export interface EnumFieldProps extends FieldProps {
  /** The allowed values; distinct (docs/rules.md#form-field-enum), no `,` `(` `)` when fed to a pipeline. */
  readonly values: readonly string[];
  /** Labels of the values, same length. @default - the values */
  readonly enumNames?: readonly string[];
  /** One of `values`. @default - none */
  readonly default?: string;
}

/** Props of a number field. */
export interface NumberFieldProps extends FieldProps {
  /** Value shown at first. @default - none */
  readonly default?: number;
  /** Allowed values. @default - any number */
  readonly enum?: readonly number[];
  /** Labels of the `enum` values. @default - the values */
  readonly enumNames?: readonly string[];
  /** Smallest value. @default - none */
  readonly minimum?: number;
  /** Largest value. @default - none */
  readonly maximum?: number;
}

/** Props of a boolean field (a checkbox, or radio buttons with `UiWidget.RADIO`). */
export interface BooleanFieldProps extends FieldProps {
  /** Value shown at first. @default - none */
  readonly default?: boolean;
}

/** Items of an array field. */
export interface ArrayItems {
  /** Values to choose from (with `UiWidget.CHECKBOXES`); distinct. @default - free strings */
  readonly enum?: readonly string[];
  /** Labels of the values. @default - the values */
  readonly enumNames?: readonly string[];
}

/** Props of an array-of-strings field. Pipelines cannot take arrays: it is joined with `,` (docs/rules.md#workflow-arrays-joined). */
export interface ArrayFieldProps extends FieldProps {
  /** Schema of the list's items (enum values become checkboxes). @default - free strings */
  readonly items?: ArrayItems;
  /** Values selected at first. @default - none */
  readonly default?: readonly string[];
  /** Whether the values must differ. @default - none */
  readonly uniqueItems?: boolean;
  /** Fewest values. @default - none */
  readonly minItems?: number;
  /** Most values. @default - none */
  readonly maxItems?: number;
}

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

/** Union of all field props, as the schema stores them. */
type AnyFieldProps = FieldProps & {
  readonly default?: unknown;
  readonly enum?: readonly (string | number)[];
  readonly enumNames?: readonly string[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly format?: string;
  readonly items?: ArrayItems;
  readonly uniqueItems?: boolean;
  readonly minItems?: number;
  readonly maxItems?: number;
};

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
    this.check();
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
    const field = p.uiField;
    const options =
      p.uiOptions === null
        ? null
        : field?.options || p.uiOptions
          ? clonePlain({ ...(field?.options ?? {}), ...(p.uiOptions ?? {}) })
          : undefined;
    const items =
      this.type === FormValueType.ARRAY
        ? compact({
            type: 'string',
            enum: p.items?.enum ? [...p.items.enum] : undefined,
            enumNames: p.items?.enumNames ? [...p.items.enumNames] : undefined,
          })
        : undefined;
    const base = compact({
      title: p.title,
      type: this.type,
      description: p.description,
      items: items,
      uniqueItems: p.uniqueItems,
      minItems: p.minItems,
      maxItems: p.maxItems,
      format: p.format,
      pattern: p.pattern,
      minLength: p.minLength,
      maxLength: p.maxLength,
      minimum: p.minimum,
      maximum: p.maximum,
      enum: p.enum ? [...p.enum] : undefined,
      enumNames: p.enumNames ? [...p.enumNames] : undefined,
      default: clonePlain(p.default),
      'ui:widget': this.widget,
      'ui:field': field?.name,
      'ui:displayField': field?.displayField,
      'ui:options': options,
      'ui:help': p.uiHelp,
      'ui:placeholder': p.uiPlaceholder,
      'ui:autofocus': p.uiAutofocus,
      'ui:readonly': p.uiReadonly,
      dependencies: field?.dependencies ? clonePlain(field.dependencies) : undefined,
    });
    const property = this.content ? this.content.render(base) : base;
    return p.extraProperties ? { ...property, ...(clonePlain(p.extraProperties) as Record<string, unknown>) } : property;
  }

  private check(): void {
    const p = this.props;
    const w = this.where;
    if (typeof this.id !== 'string' || !PARAMETER_ID_PATTERN.test(this.id)) {
      fail(
        w,
        'id',
        `'${this.id}' is not a usable form property key (it is read as \${{ parameters.${this.id} }}; pattern ${PARAMETER_ID_PATTERN.source})`,
        `use letters, digits and _ only, e.g. '${String(this.id)
          .replace(/[^a-zA-Z0-9_]+/g, '_')
          .replace(/^([^a-zA-Z_])/, '_$1')}'`,
      );
    }
    if (typeof p.title !== 'string' || p.title.trim() === '') {
      fail(w, 'title', 'the field has no title', 'give the field a title; it is the label shown in the form');
    }
    checkDefaultType(w, this.type, p.default);
    this.checkNoTemplating(p as unknown as Record<string, unknown>);
    if (p.uiOptions !== undefined && p.uiOptions !== null && (typeof p.uiOptions !== 'object' || Array.isArray(p.uiOptions))) {
      fail(w, 'ui:options', `${JSON.stringify(p.uiOptions)} is not an object`, 'pass the options as an object, e.g. { rows: 10 }, or null');
    }
    this.checkEnum('enum', p.enum, p.enumNames);
    if (p.default !== undefined && p.enum && !p.enum.includes(p.default as string | number)) {
      fail(
        w,
        'default',
        `default '${String(p.default)}' is not one of the enum values [${p.enum.join(', ')}]`,
        'add the default to the values or change the default',
      );
    }
    if (p.pattern !== undefined) {
      let re: RegExp;
      try {
        re = new RegExp(p.pattern);
      } catch (e) {
        fail(w, 'pattern', `'${p.pattern}' is not a valid regular expression (${(e as Error).message})`, 'fix the regular expression');
      }
      if (typeof p.default === 'string' && !re.test(p.default)) {
        fail(w, 'default', `default '${p.default}' does not match pattern '${p.pattern}'`, 'change the default or the pattern');
      }
    }
    checkRange(w, 'minLength', 'maxLength', p.minLength, p.maxLength, true);
    if (typeof p.default === 'string' && p.maxLength !== undefined && p.default.length > p.maxLength) {
      fail(w, 'default', `default '${p.default}' is longer than maxLength ${p.maxLength}`, 'shorten the default or raise maxLength');
    }
    if (typeof p.default === 'string' && p.minLength !== undefined && p.default.length < p.minLength) {
      fail(w, 'default', `default '${p.default}' is shorter than minLength ${p.minLength}`, 'lengthen the default or lower minLength');
    }
    checkRange(w, 'minimum', 'maximum', p.minimum, p.maximum, false);
    if (typeof p.default === 'number') {
      if (!Number.isFinite(p.default)) fail(w, 'default', `default ${p.default} is not a finite number`, 'give a number');
      if ((p.minimum !== undefined && p.default < p.minimum) || (p.maximum !== undefined && p.default > p.maximum)) {
        fail(
          w,
          'default',
          `default ${p.default} is outside [${p.minimum ?? '-inf'}, ${p.maximum ?? 'inf'}]`,
          'change the default or the bounds',
        );
      }
    }
    checkRange(w, 'minItems', 'maxItems', p.minItems, p.maxItems, true);
    if (this.type === FormValueType.ARRAY) {
      this.checkEnum('items.enum', p.items?.enum, p.items?.enumNames);
      for (const d of (p.default as readonly string[] | undefined) ?? []) {
        if (p.items?.enum && !p.items.enum.includes(d)) {
          fail(
            w,
            'default',
            `default value '${d}' is not one of the item values [${p.items.enum.join(', ')}]`,
            'use item values in the default',
          );
        }
      }
    }
    const field = p.uiField;
    if (field && !field.types.includes(this.type)) {
      fail(
        w,
        'ui:field',
        `${field.name} supports only type ${field.types.join('/')}, but the field is type ${this.type}`,
        `declare the field as ${field.types.map((t) => `${t === FormValueType.ARRAY ? 'an' : 'a'} ${t}`).join(' or ')} field, or use another ui:field`,
      );
    }
    if (field?.widget && p.uiWidget && p.uiWidget !== field.widget) {
      fail(w, 'ui:widget', `${field.name} needs ui:widget '${field.widget}', got '${p.uiWidget}'`, 'remove uiWidget');
    }
    if (this.widget === UiWidget.PASSWORD && this.type !== FormValueType.STRING) {
      fail(
        w,
        'ui:widget',
        `the password widget masks text, but the field is type ${this.type}`,
        'make the field a string field, or drop the password widget',
      );
    }
    if (this.widget === UiWidget.CHECKBOXES && (this.type !== FormValueType.ARRAY || !p.items?.enum)) {
      fail(
        w,
        'ui:widget',
        'the checkboxes widget needs an array field with item values',
        'declare an array field with items.enum, or use UiWidget.RADIO / SELECT for a single choice',
      );
    }
  }

  /**
   * `${{ }}` is evaluated only in steps and output; in properties it is literal text or breaks the form
   * (docs/rules.md#form-no-templating).
   */
  private checkNoTemplating(props: Record<string, unknown>): void {
    walkStrings(props, '', (v, at) => {
      if (v.includes('${{')) {
        fail(
          this.where,
          at,
          `'${v}' uses \${{ }} templating inside the form (properties), where IDP does not evaluate it (only in steps and output)`,
          'use a literal value here, and reference parameters only in the trigger step or the output',
        );
      }
    });
  }

  /** Enum values distinct; enumNames the same length (docs/rules.md#form-field-enum). */
  private checkEnum(field: string, values?: readonly (string | number)[], names?: readonly string[]): void {
    if (values === undefined) {
      if (names !== undefined)
        fail(
          this.where,
          field === 'enum' ? 'enumNames' : 'items.enumNames',
          'enumNames without enum values',
          'add the values, or drop enumNames',
        );
      return;
    }
    if (values.length === 0) fail(this.where, field, 'the value list is empty', 'list at least one value, or drop the list for free input');
    const seen = new Set<string | number>();
    for (const v of values) {
      if (seen.has(v)) {
        fail(
          this.where,
          field,
          `value '${v}' is listed twice; enum values must be distinct`,
          'list each value once, and use enumNames for labels that repeat',
        );
      }
      seen.add(v);
    }
    if (names !== undefined && names.length !== values.length) {
      fail(
        this.where,
        field === 'enum' ? 'enumNames' : 'items.enumNames',
        `${names.length} enumNames for ${values.length} values`,
        'give exactly one label per value',
      );
    }
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

function checkRange(
  where: string,
  minField: string,
  maxField: string,
  min: number | undefined,
  max: number | undefined,
  count: boolean,
): void {
  for (const [f, v] of [
    [minField, min],
    [maxField, max],
  ] as const) {
    if (v === undefined) continue;
    if (!Number.isFinite(v) || (count && (!Number.isInteger(v) || v < 0))) {
      fail(where, f, `${v} is not ${count ? 'a non-negative integer' : 'a finite number'}`, `give ${count ? 'a count' : 'a number'}`);
    }
  }
  if (min !== undefined && max !== undefined && min > max) {
    fail(where, minField, `${minField} ${min} is greater than ${maxField} ${max}`, `swap or fix the bounds`);
  }
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
