import { isRecord } from '../is-record';
import { type Code, lit, obj, symCall } from '../code';
import { EMPTY_SCOPE } from '../expressions';
import { bool, data, enumOf, listOf, num, str, type Field } from '../fields';
import type { PropEntries } from '../steps/step-decoder';

const s = EMPTY_SCOPE;

/** Factories of `ui:field` extensions that take no options (their `ui:options` go to `uiOptions`). */
const PLAIN_PICKERS: Readonly<Record<string, string>> = {
  HarnessAuthToken: 'harnessAuthToken',
  HarnessOrgPicker: 'harnessOrgPicker',
  HarnessProjectPicker: 'harnessProjectPicker',
  OwnerPicker: 'ownerPicker',
  EntityPicker: 'entityPicker',
  MultiEntityPicker: 'multiEntityPicker',
  Secret: 'secret',
};

/** Pickers whose options object has the YAML's `ui:options` keys. */
const OPTION_PICKERS: Readonly<Record<string, string>> = {
  HarnessUserGroupPicker: 'harnessUserGroupPicker',
  HarnessOwnerPicker: 'harnessOwnerPicker',
  RepoUrlPicker: 'repoUrlPicker',
};

/** The `uiField` prop (and which property keys it consumed) of a form property. */
function uiField(p: Record<string, unknown>): { code?: Code; consumed: string[] } {
  const name = p['ui:field'];
  if (typeof name !== 'string') return { consumed: [] };
  const options = p['ui:options'];
  if (PLAIN_PICKERS[name]) return { code: symCall('UiField', PLAIN_PICKERS[name]), consumed: ['ui:field'] };
  if (OPTION_PICKERS[name] && (isRecord(options) || name !== 'RepoUrlPicker')) {
    const args = isRecord(options) ? [data(options, s) as Code] : [];
    return { code: symCall('UiField', OPTION_PICKERS[name], ...args), consumed: ['ui:field', 'ui:options'] };
  }
  if (name === 'HarnessAutoOrgPicker') {
    const deps = p.dependencies;
    const ref =
      isRecord(deps) && Array.isArray(deps.projectPickerRef) && deps.projectPickerRef.length === 1 ? deps.projectPickerRef[0] : undefined;
    const args = typeof ref === 'string' ? [obj([['projectPickerRef', lit(ref)]])] : [];
    return {
      code: symCall('UiField', 'harnessAutoOrgPicker', ...args),
      consumed: ref === undefined ? ['ui:field'] : ['ui:field', 'dependencies'],
    };
  }
  if (name === 'EntityFieldPicker') {
    const display = p['ui:displayField'];
    const args = typeof display === 'string' ? [obj([['displayField', lit(display)]])] : [];
    return { code: symCall('UiField', 'entityFieldPicker', ...args), consumed: ['ui:field', 'ui:displayField'] };
  }
  const args = isRecord(options) ? [lit(name), data(options, s) as Code] : [lit(name)];
  return { code: symCall('UiField', 'custom', ...args), consumed: isRecord(options) ? ['ui:field', 'ui:options'] : ['ui:field'] };
}

/** JSON-schema keys of a property and the props they become. */
const KEYS: Readonly<Record<string, readonly [string, Field]>> = {
  title: ['title', str],
  description: ['description', str],
  pattern: ['pattern', str],
  minLength: ['minLength', num],
  maxLength: ['maxLength', num],
  format: ['format', str],
  minimum: ['minimum', num],
  maximum: ['maximum', num],
  enumNames: ['enumNames', listOf(str)],
  uniqueItems: ['uniqueItems', bool],
  minItems: ['minItems', num],
  maxItems: ['maxItems', num],
  'ui:widget': ['uiWidget', enumOf('UiWidget')],
  'ui:options': ['uiOptions', data],
  'ui:help': ['uiHelp', str],
  'ui:placeholder': ['uiPlaceholder', str],
  'ui:autofocus': ['uiAutofocus', bool],
  'ui:readonly': ['uiReadonly', bool],
};

/** The factory method for a property type: `string`, `enum`, `number`, `boolean`, `array`. */
export function fieldMethod(p: Record<string, unknown>): string | undefined {
  if (p.type === 'string') return Array.isArray(p.enum) && p.enum.every((e) => typeof e === 'string') ? 'enum' : 'string';
  if (p.type === 'number' || p.type === 'boolean' || p.type === 'array') return p.type;
  return undefined;
}

/** The props of a form field (everything but the id), from its JSON-schema property. */
export function fieldProps(p: Record<string, unknown>, method: string, required: boolean): PropEntries {
  const ui = uiField(p);
  const entries: PropEntries = [];
  for (const [k, v] of Object.entries(p)) {
    if (ui.consumed.includes(k)) continue;
    if (k === 'enum')
      entries.push([
        method === 'enum' ? 'values' : 'enum',
        listOf((x) => (typeof x === 'string' || typeof x === 'number' ? lit(x) : undefined))(v, s),
      ]);
    else if (k === 'default') entries.push(['default', defaultValue(v)]);
    else if (k === 'items') entries.push(['items', itemsOf(v)]);
    else if (KEYS[k] && !(k === 'ui:widget' && p['ui:field'] === 'HarnessAuthToken')) entries.push([KEYS[k][0], KEYS[k][1](v, s)]);
  }
  if (ui.code) entries.push(['uiField', ui.code]);
  if (!required) entries.push(['required', lit(false)]);
  return entries;
}

function defaultValue(v: unknown): Code | undefined {
  if (Array.isArray(v)) return listOf((x) => (typeof x === 'string' ? lit(x) : undefined))(v, s);
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? lit(v) : undefined;
}

function itemsOf(v: unknown): Code | undefined {
  if (!isRecord(v) || v.type !== 'string') return undefined;
  return obj([
    ['enum', v.enum === undefined ? undefined : listOf(str)(v.enum, s)],
    ['enumNames', v.enumNames === undefined ? undefined : listOf(str)(v.enumNames, s)],
  ]);
}
