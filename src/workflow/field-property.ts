import { clonePlain, compact } from '../core/object';
import type { AnyFieldProps } from './field-props';
import { FormValueType } from './ui-field';

/**
 * The JSON-schema and `ui:*` keys every field property has, in the order they render (before the keys of an object
 * field and the extra properties).
 */
export function baseProperty(type: FormValueType, p: AnyFieldProps): Record<string, unknown> {
  const field = p.uiField;
  const options =
    p.uiOptions === null
      ? null
      : field?.options || p.uiOptions
        ? clonePlain({ ...(field?.options ?? {}), ...(p.uiOptions ?? {}) })
        : undefined;
  const items =
    type === FormValueType.ARRAY
      ? compact({
          type: 'string',
          enum: p.items?.enum ? [...p.items.enum] : undefined,
          enumNames: p.items?.enumNames ? [...p.items.enumNames] : undefined,
        })
      : undefined;
  return compact({
    title: p.title,
    type,
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
    'ui:widget': p.uiWidget ?? field?.widget,
    'ui:field': field?.name,
    'ui:displayField': field?.displayField,
    'ui:options': options,
    'ui:help': p.uiHelp,
    'ui:placeholder': p.uiPlaceholder,
    'ui:autofocus': p.uiAutofocus,
    'ui:readonly': p.uiReadonly,
    dependencies: field?.dependencies ? clonePlain(field.dependencies) : undefined,
  });
}
