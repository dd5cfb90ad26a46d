import { isRecord } from '../is-record';
import { arr, type Code, lit, obj, symCall } from '../code';
import { data, str } from '../fields';
import { EMPTY_SCOPE } from '../expressions';
import { construct } from '../pipeline/construct';
import type { ImportSession } from '../session';
import type { PropEntries } from '../steps/step-decoder';
import { fieldMethod, fieldProps } from './form-fields';

/** What the form decoder needs to know about the inputs. */
export interface FormContext {
  /** Form property id → pipeline variable name, for the properties the trigger's inputset feeds. */
  readonly inputs: ReadonlyMap<string, string>;
  /** The pipeline variables of the triggered pipeline, by name (when it is imported in the same run). */
  readonly variables: ReadonlyMap<string, Record<string, unknown>>;
  /** The token field id that the default `TriggerAuth.userToken()` adds (left out of the pages). */
  readonly defaultToken?: string;
}

/** The `variableName` / `variableDescription` / `variableRequired` props that make the pipeline variable match. */
function variableProps(id: string, p: Record<string, unknown>, required: boolean, ctx: FormContext): PropEntries {
  const name = ctx.inputs.get(id) ?? id;
  const v = ctx.variables.get(name);
  const entries: PropEntries = [['variableName', name === id ? undefined : lit(name)]];
  if (!v) return entries;
  const derived = typeof p.description === 'string' ? p.description : p.title;
  if (typeof v.description === 'string' && v.description !== derived) entries.push(['variableDescription', lit(v.description)]);
  if (typeof v.required === 'boolean' && v.required !== required) entries.push(['variableRequired', lit(v.required)]);
  return entries;
}

/** Declares one form field: a `WorkflowInput` when the inputset feeds it, else a `FormField`. */
function declareField(
  id: string,
  p: Record<string, unknown>,
  required: boolean,
  ctx: FormContext,
  session: ImportSession,
): Code | undefined {
  const method = fieldMethod(p) ?? 'string';
  const isInput = ctx.inputs.has(id);
  const cls = isInput ? 'WorkflowInput' : 'FormField';
  const props: PropEntries = [...fieldProps(p, method, required), ...(isInput ? variableProps(id, p, required, ctx) : [])];
  for (let attempt = 0; attempt <= props.length; attempt++) {
    const live = props.filter((e) => e[1] !== undefined);
    try {
      return session.body.declare(id, symCall(cls, method, lit(id), obj(live)), [], 'Field');
    } catch (e) {
      const field = e instanceof Error && 'field' in e ? String((e as { field: string }).field) : '';
      const i = props.findIndex(([k, c]) => c !== undefined && (k === field || `ui:${k.slice(2).toLowerCase()}` === field));
      session.problems.push(e instanceof Error ? e.message : String(e));
      if (i < 0 || props[i][0] === 'title') return undefined;
      props.splice(i, 1);
    }
  }
  return undefined;
}

/** Declares the fields of every page (in order); returns property id → constant. */
export function declareFields(pages: readonly Record<string, unknown>[], ctx: FormContext, session: ImportSession): Map<string, Code> {
  const fields = new Map<string, Code>();
  pages.forEach((page, i) => {
    const properties = isRecord(page.properties) ? page.properties : {};
    const required = Array.isArray(page.required) ? page.required : [];
    for (const [id, p] of Object.entries(properties)) {
      if (i === 0 && id === ctx.defaultToken) continue;
      const c = isRecord(p) ? declareField(id, p, required.includes(id), ctx, session) : undefined;
      if (c) fields.set(id, c);
    }
  });
  return fields;
}

/** Declares the pages of the form from its fields; returns the `pages` list. */
export function buildPages(pages: readonly Record<string, unknown>[], fields: ReadonlyMap<string, Code>, session: ImportSession): Code {
  const codes: Code[] = [];
  pages.forEach((page, i) => {
    const properties = isRecord(page.properties) ? page.properties : {};
    const inputs = Object.keys(properties).flatMap((id) => (fields.has(id) ? [fields.get(id) as Code] : []));
    const deps = isRecord(page.dependencies) ? page.dependencies : {};
    const { orgPickerKey, projectPickerKey, ...rest } = deps;
    const picker = (k: unknown): Code | undefined => (typeof k === 'string' ? fields.get(k) : undefined);
    const pickers = obj([
      ['orgPicker', picker(orgPickerKey)],
      ['projectPicker', picker(projectPickerKey)],
    ]);
    const props: PropEntries = [
      ['title', str(page.title, EMPTY_SCOPE) ?? lit('')],
      ['description', str(page.description, EMPTY_SCOPE)],
      ['inputs', arr(inputs)],
      ['pickerDependencies', pickers.kind === 'obj' && pickers.entries.length > 0 ? pickers : undefined],
      ['dependencies', Object.keys(rest).length > 0 ? data(rest, EMPTY_SCOPE) : undefined],
    ];
    const built = construct(session, `page ${i + 1}`, 'FormPage', props);
    for (const m of built.messages) session.todo(m, built.code);
    if (built.code) codes.push(built.code);
  });
  return arr(codes);
}
