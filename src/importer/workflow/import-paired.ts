import { isRecord } from '../is-record';
import type { Pipeline } from '../../pipeline/pipeline';
import { type SelfServiceDefinition, selfServiceForm, selfServiceTrigger } from '../../workflow/self-service-definition';
import { PipelineUrl } from '../../workflow/pipeline-url';
import type { RemotePipelineProps } from '../../workflow/pipeline-url-props';
import type { Workflow } from '../../workflow/workflow';
import { type Code, lit, member, obj, ref } from '../code';
import type { GeneratedFunction } from '../module';
import { usableIdentifier } from '../pipeline/construct';
import { importPipeline, type ImportedPipeline } from '../pipeline/import-pipeline';
import { makeReport, type ImportReport } from '../report';
import { ImportSession } from '../session';
import type { PropEntries } from '../steps/step-decoder';
import { decodeWorkflow, formContext, workflowFields } from './decode-workflow';
import { renderWorkflow, workflowTodos } from './import-workflow';
import { reconcile } from '../verify';
import type { WorkflowParts } from './normalize';

/** The account in the trigger URL while the importer renders, where the stack's Terraform variable will be. */
const ACCOUNT_STAND_IN = 'AccountOfTheStack';

/** Where the trigger URL points: what the `SelfServiceWorkflow` props must say to build the same URL. */
export interface TriggerTarget {
  readonly accountId: string;
  readonly baseUrl?: string;
  readonly orgId: string;
  readonly projectId: string;
  readonly pipelineId: string;
  readonly remote?: RemotePipelineProps;
}

/** A Pipeline Studio URL: base, account, optional module, org, project, pipeline. */
const STUDIO_URL = new RegExp(
  [
    '^(https?://[^/?#]+(?:/[^?#]*?)?)',
    '/ng/account/([^/]+)/',
    '(?:module/[^/]+/|home/|all/)?',
    'orgs/([^/]+)/projects/([^/]+)/pipelines/([^/?#]+)',
  ].join(''),
);

/** Reads a Pipeline Studio URL. */
export function triggerTarget(url: unknown): TriggerTarget | undefined {
  if (typeof url !== 'string') return undefined;
  const m = STUDIO_URL.exec(url);
  if (!m) return undefined;
  const q = new URL(url).searchParams;
  const repoName = q.get('repoName');
  const branch = q.get('branch');
  const connectorRef = q.get('connectorRef') ?? undefined;
  return {
    baseUrl: m[1] === 'https://app.harness.io' ? undefined : m[1],
    accountId: m[2],
    orgId: m[3],
    projectId: m[4],
    pipelineId: m[5],
    remote: q.get('storeType') === 'REMOTE' && repoName && branch ? { repoName, branch, connectorRef } : undefined,
  };
}

/** A workflow and the pipeline it triggers, imported together as one `SelfServiceWorkflow`. */
export interface ImportedPair {
  /** `<name>Fields()`: the form fields, declared once (the inputs are also the pipeline's variables). */
  readonly fields: GeneratedFunction;
  /** `<name>Workflow(fields)`: the self-service definition. */
  readonly definition: GeneratedFunction;
  /** `<name>WorkflowOverrides(workflow)`, when the definition does not render everything. */
  readonly overrides?: GeneratedFunction;
  readonly pipeline: ImportedPipeline;
  readonly workflowReport: ImportReport;
  /** `workflowScope` the construct needs: `ORG` or `ACCOUNT` (undefined: the default, project). */
  readonly scope?: 'ORG' | 'ACCOUNT';
  readonly target: TriggerTarget;
}

/** Names of the generated functions of a pair. */
export interface PairNames {
  readonly fields: string;
  readonly fieldsType: string;
  readonly definition: string;
  readonly overrides: string;
  readonly pipeline: string;
}

/** Builds the `Workflow` as `SelfServiceWorkflow` does from the definition and the pipeline. */
function asSelfService(def: Record<string, unknown>, pipeline: Pipeline, t: TriggerTarget, scope: ImportedPair['scope']): Workflow {
  const url = PipelineUrl.forPipeline(pipeline, {
    baseUrl: t.baseUrl,
    accountId: t.accountId,
    orgId: pipeline.orgIdentifier === undefined ? t.orgId : undefined,
    projectId: pipeline.projectIdentifier === undefined ? t.projectId : undefined,
    remote: def.remotePipeline as RemotePipelineProps | undefined,
  });
  const definition = def as unknown as SelfServiceDefinition;
  const trigger = selfServiceTrigger(definition, url, pipeline.name);
  return selfServiceForm(
    definition,
    pipeline.identifier,
    {
      orgIdentifier: scope === 'ACCOUNT' ? undefined : (pipeline.orgIdentifier ?? t.orgId),
      projectIdentifier: scope === undefined ? (pipeline.projectIdentifier ?? t.projectId) : undefined,
    },
    trigger,
  );
}

/** The fields declared once, and the pipeline imported with its variables read from them. */
function importFieldsAndPipeline(parts: WorkflowParts, pipelineDoc: Record<string, unknown>, names: PairNames, source: string) {
  const rawVars = (pipelineDoc.pipeline as Record<string, unknown> | undefined)?.variables;
  const pipelineVars = new Map((Array.isArray(rawVars) ? rawVars : []).filter(isRecord).map((v) => [String(v.name), v] as const));
  const ctx = formContext(parts, pipelineVars);
  const fieldSession = new ImportSession();
  const declared = workflowFields(parts, ctx, fieldSession);
  const keys = new Map([...declared].map(([id, c]) => [id, (c as { name: string }).name]));
  const fieldsObject = Object.fromEntries([...keys].map(([id, k]) => [k, fieldSession.body.valueOf(declared.get(id) as Code)]));
  const fieldRef = (id: string): Code => member(ref('fields'), keys.get(id) as string);
  const given = new Map([...ctx.inputs].filter(([id]) => keys.has(id)).map(([id, name]) => [name, fieldRef(id)] as const));
  const params = [{ name: 'fields', type: names.fieldsType }];
  const locals = new Map<string, unknown>([['fields', fieldsObject]]);
  const pipeline = importPipeline(pipelineDoc, { functionName: names.pipeline, source, given, params, locals });
  return { ctx, fieldSession, keys, fieldsObject, fieldRef, params, pipeline };
}

/** The `SelfServiceWorkflowDefinition` entries: what the pipeline does not derive. */
function definitionEntries(
  parts: WorkflowParts,
  d: ReturnType<typeof decodeWorkflow>,
  pipeline: ImportedPipeline['pipeline'],
  target: TriggerTarget,
  session: ImportSession,
): PropEntries {
  const trig = d.trigger;
  const id = usableIdentifier(parts.identifier, `workflow '${parts.identifier}'`);
  if (id.message) session.problems.push(id.message);
  const remote = target.remote
    ? obj(Object.entries(target.remote).map(([k, v]) => [k, v === undefined ? undefined : lit(v)] as const))
    : undefined;
  return [
    ['identifier', id.identifier === pipeline.identifier ? undefined : lit(id.identifier)],
    ...d.form,
    ['triggerName', typeof trig.name === 'string' && trig.name !== `Run ${pipeline.name}` ? lit(trig.name) : undefined],
    ...d.triggerOptions,
    ['remotePipeline', remote],
  ];
}

/** Overrides on the workflow for what the definition does not render; a Terraform account variable is kept. */
function workflowOverrides(workflow: Workflow, parts: WorkflowParts, workflowDoc: Record<string, unknown>, terraformAccount?: string) {
  const session = new ImportSession(['workflow']);
  session.body.locals.set('workflow', workflow);
  const render = (): Record<string, unknown> => {
    const doc = renderWorkflow(workflow, parts);
    return terraformAccount
      ? (JSON.parse(JSON.stringify(doc).split(ACCOUNT_STAND_IN).join(terraformAccount)) as Record<string, unknown>)
      : doc;
  };
  session.owners.push({ path: [], name: 'workflow', kind: 'workflow' });
  return { session, ...reconcile(session, workflowDoc, render) };
}

/**
 * Imports a workflow with the pipeline it triggers: the fields are declared once and are the pipeline's variables;
 * the inputset, apikey and URL are derived by `SelfServiceWorkflow`. Overrides keep what differs.
 */
export function importPair(
  workflowDoc: Record<string, unknown>,
  parts: WorkflowParts,
  pipelineDoc: Record<string, unknown>,
  target: TriggerTarget,
  names: PairNames,
  sources: { readonly workflow: string; readonly pipeline: string },
): ImportedPair {
  const { ctx, fieldSession, keys, fieldsObject, fieldRef, params, pipeline } = importFieldsAndPipeline(
    parts,
    pipelineDoc,
    names,
    sources.pipeline,
  );
  const defSession = new ImportSession(['fields']);
  defSession.body.locals.set('fields', fieldsObject);
  const d = decodeWorkflow(parts, new Map([...keys.keys()].map((id) => [id, fieldRef(id)])), ctx, defSession);
  const scope: ImportedPair['scope'] =
    typeof parts.projectIdentifier === 'string' ? undefined : typeof parts.orgIdentifier === 'string' ? 'ORG' : 'ACCOUNT';
  const defCode = obj(definitionEntries(parts, d, pipeline.pipeline, target, defSession));
  const definition = defSession.body.valueOf(defCode) as Record<string, unknown>;
  const terraformAccount = /^\$\{[^}]*\}$/.test(target.accountId) ? target.accountId : undefined;
  const standIn = terraformAccount ? { ...target, accountId: ACCOUNT_STAND_IN } : target;
  const workflow = asSelfService(definition, pipeline.pipeline, standIn, scope);
  const o = workflowOverrides(workflow, parts, workflowDoc, terraformAccount);
  workflowTodos(defSession, workflow, parts);
  const problems = [...fieldSession.problems, ...defSession.problems];
  const kind = parts.format === 'backstage' ? 'backstage' : 'workflow';
  return {
    fields: fn(
      names.fields,
      [`The form fields of '${parts.identifier}', declared once: each input is also a variable of the pipeline.`],
      [],
      '',
      fieldSession,
      obj([...keys.values()].map((k) => [k, ref(k)] as const)),
    ),
    definition: fn(
      names.definition,
      [`The self-service workflow '${parts.identifier}', imported from ${sources.workflow}.`],
      params,
      'SelfServiceWorkflowDefinition',
      defSession,
      defCode,
    ),
    overrides: overridesFunction(o.session, names.overrides, parts.identifier),
    pipeline,
    workflowReport: makeReport(sources.workflow, kind, workflowDoc, o.overrides, problems, o.unresolved),
    scope,
    target,
  };
}

function overridesFunction(session: ImportSession, name: string, identifier: string): GeneratedFunction | undefined {
  if (session.body.statements.length === 0) return undefined;
  const doc = [`What the definition of '${identifier}' does not render: apply to the SelfServiceWorkflow's form.`];
  return fn(name, doc, [{ name: 'workflow', type: 'Workflow' }], 'void', session);
}

function fn(
  name: string,
  doc: string[],
  params: GeneratedFunction['params'],
  returnType: string,
  session: ImportSession,
  result?: Code,
): GeneratedFunction {
  return { name, doc, params, returnType, body: session.body, result };
}
