import { isRecord } from '../is-record';
import { arr, type Code, lit, newOf, obj, sym, symCall } from '../code';
import { EMPTY_SCOPE } from '../expressions';
import { data, listOf, str } from '../fields';
import type { ImportSession } from '../session';
import type { PropEntries } from '../steps/step-decoder';
import { buildPages, declareFields, type FormContext } from './decode-form';
import { inputsetFields, tokenFieldId, triggerStep, type WorkflowParts } from './normalize';

const s = EMPTY_SCOPE;

/** True if a page-1 property is the documented token field that `TriggerAuth.userToken()` adds itself. */
function isDefaultToken(parts: WorkflowParts, id: string | undefined): boolean {
  const page = parts.pages[0];
  const props = isRecord(page?.properties) ? page.properties : {};
  const first = Object.keys(props)[0];
  const p = props[id ?? ''];
  const required = Array.isArray(page?.required) && page.required.includes(id);
  return (
    id === 'token' &&
    first === id &&
    !required &&
    isRecord(p) &&
    Object.keys(p).length === 4 &&
    p.title === 'Harness Token' &&
    p.type === 'string' &&
    p['ui:widget'] === 'password' &&
    p['ui:field'] === 'HarnessAuthToken'
  );
}

/** One `output.links[]` / `output.text[]` entry as a `WorkflowOutput`. */
function outputCode(kind: 'links' | 'text', o: Record<string, unknown>, triggerId: string): Code | undefined {
  const opts = obj([
    ['icon', str(o.icon, s)],
    ['if', str(o.if, s)],
  ]);
  const extra = opts.kind === 'obj' && opts.entries.length > 0 ? [opts] : [];
  const title = typeof o.title === 'string' ? lit(o.title) : undefined;
  if (!title) return undefined;
  if (kind === 'text')
    return typeof o.content === 'string' ? symCall('WorkflowOutput', 'text', title, lit(o.content), ...extra) : undefined;
  if (o.url === `\${{ steps.${triggerId}.output.PipelineUrl }}`) {
    const args = o.title === 'Pipeline Details' && extra.length === 0 ? [] : [title, ...extra];
    return symCall('WorkflowOutput', 'pipelineUrl', ...args);
  }
  if (typeof o.url === 'string') return symCall('WorkflowOutput', 'link', title, lit(o.url), ...extra);
  if (typeof o.entityRef === 'string') return symCall('WorkflowOutput', 'entity', title, lit(o.entityRef), ...extra);
  return undefined;
}

/** The `outputs` prop: undefined when it is the default (the pipeline link alone). */
function outputs(parts: WorkflowParts, triggerId: string): Code | undefined {
  const entries = (['links', 'text'] as const).flatMap((k) =>
    (Array.isArray(parts.output[k]) ? (parts.output[k] as unknown[]) : []).filter(isRecord).map((o) => outputCode(k, o, triggerId)),
  );
  const codes = entries.filter((c): c is Code => c !== undefined);
  const only = codes.length === 1 ? codes[0] : undefined;
  if (only?.kind === 'call' && only.args.length === 0) return undefined;
  return arr(codes);
}

/** The trigger's options (shared by `PipelineTrigger` and the self-service definition). */
function triggerOptions(trigger: Record<string, unknown>, auth: Code | undefined, qualified: boolean): PropEntries {
  const input = isRecord(trigger.input) ? trigger.input : {};
  return [
    ['auth', auth],
    ['hidePipelineURLLog', typeof input.hidePipelineURLLog === 'boolean' ? lit(input.hidePipelineURLLog) : undefined],
    ['showOutputVariables', typeof input.showOutputVariables === 'boolean' ? lit(input.showOutputVariables) : undefined],
    ['if', str(trigger.if, s)],
    ['fullyQualifiedKeys', qualified ? lit(true) : undefined],
  ];
}

/** The form and metadata props every workflow has. */
function formProps(parts: WorkflowParts, pages: Code, outs: Code | undefined): PropEntries {
  const m = parts.metadata;
  return [
    ['name', parts.name === undefined ? undefined : lit(parts.name)],
    ['type', str(parts.type, s) ?? lit('')],
    ['owner', str(parts.owner, s)],
    ['description', str(m.description, s)],
    ['tags', listOf(str)(m.tags, s)],
    ['links', data(m.links, s)],
    ['annotations', data(m.annotations, s)],
    ['lifecycle', str(parts.lifecycle, s)],
    ['pages', pages],
    ['outputs', outs],
  ];
}

/** What decoding a workflow gives: the props of the form, the trigger, and how the token is handled. */
export interface DecodedWorkflow {
  readonly form: PropEntries;
  readonly trigger: Record<string, unknown>;
  readonly triggerOptions: PropEntries;
}

/** How the token field is handled, and which fields the inputset feeds. */
export function formContext(parts: WorkflowParts, variables: FormContext['variables']): FormContext & { readonly qualified: boolean } {
  const trigger = triggerStep(parts) ?? {};
  const { byField, qualified } = inputsetFields(trigger);
  const token = tokenFieldId(trigger);
  return { inputs: byField, variables, defaultToken: isDefaultToken(parts, token) ? token : undefined, qualified };
}

/** Declares the fields of a workflow; returns property id → constant. */
export function workflowFields(parts: WorkflowParts, ctx: FormContext, session: ImportSession): Map<string, Code> {
  return declareFields(parts.pages, ctx, session);
}

/**
 * Declares the pages of a workflow from its fields and returns the props of the `Workflow` (without `identifier`,
 * scope and `trigger`) and the trigger options.
 */
export function decodeWorkflow(
  parts: WorkflowParts,
  fields: ReadonlyMap<string, Code>,
  ctx: FormContext & { readonly qualified: boolean },
  session: ImportSession,
): DecodedWorkflow {
  const trigger = triggerStep(parts) ?? {};
  const pages = buildPages(parts.pages, fields, session);
  const input = isRecord(trigger.input) ? trigger.input : {};
  const token = tokenFieldId(trigger);
  let auth: Code | undefined;
  if (typeof input.apiKeySecret === 'string') auth = symCall('TriggerAuth', 'apiKeySecret', lit(input.apiKeySecret));
  else if (token !== undefined && ctx.defaultToken === undefined && fields.has(token)) {
    auth = symCall('TriggerAuth', 'userToken', obj([['field', fields.get(token) as Code]]));
  }
  const triggerId = typeof trigger.id === 'string' ? trigger.id : 'trigger';
  return {
    form: formProps(parts, pages, outputs(parts, triggerId)),
    trigger,
    triggerOptions: triggerOptions(trigger, auth, ctx.qualified),
  };
}

/** `new PipelineTrigger({...})` of a workflow whose pipeline is not imported with it (the URL as given). */
export function standaloneTrigger(d: DecodedWorkflow): Code {
  const t = d.trigger;
  const input = isRecord(t.input) ? t.input : {};
  return newOf(
    sym('PipelineTrigger'),
    obj([
      ['id', typeof t.id === 'string' && t.id !== 'trigger' ? lit(t.id) : undefined],
      ['name', lit(typeof t.name === 'string' ? t.name : 'Run pipeline')],
      ['url', symCall('PipelineUrl', 'fromString', lit(usableUrl(String(input.url))))],
      ...d.triggerOptions,
    ]),
  );
}

/** A URL `PipelineUrl.fromString` accepts: Terraform interpolations (`${var.x}`) become `TERRAFORM_VALUE` (overridden). */
export function usableUrl(url: string): string {
  return url.replace(/\$\{[^}]*\}/g, 'TERRAFORM_VALUE');
}
