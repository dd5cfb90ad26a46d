import type { UiField, UiWidget } from './ui-field';

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

/** Union of all field props, as the schema stores them. */
export type AnyFieldProps = FieldProps & {
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
