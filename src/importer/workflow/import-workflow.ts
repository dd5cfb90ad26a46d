import { formatProblem } from '../../core/errors';
import type { Workflow } from '../../workflow/workflow';
import { WorkflowFormat } from '../../workflow/workflow-format';
import { type Code, lit, newOf, obj, sym } from '../code';
import type { GeneratedFunction } from '../module';
import { makeReport, type ImportReport } from '../report';
import { usableIdentifier } from '../pipeline/construct';
import { ImportSession } from '../session';
import { reconcile, type OverrideRecord } from '../verify';
import { decodeWorkflow, formContext, standaloneTrigger, workflowFields } from './decode-workflow';
import type { WorkflowParts } from './normalize';

/** Renders the workflow in the input's format (problems or not). */
export function renderWorkflow(workflow: Workflow, parts: WorkflowParts): Record<string, unknown> {
  return workflow.render(parts.format === 'backstage' ? WorkflowFormat.BACKSTAGE : WorkflowFormat.IDP_2).document;
}

/** Adds the overrides that make `workflow` render `doc`, in a session of their own (the owner is the root). */
export function reconcileWorkflow(
  session: ImportSession,
  name: string,
  workflow: Workflow,
  doc: Record<string, unknown>,
  parts: WorkflowParts,
): { overrides: OverrideRecord[]; unresolved: string[] } {
  session.owners.push({ path: [], name, kind: 'workflow' });
  return reconcile(session, doc, () => renderWorkflow(workflow, parts));
}

/** The problems of the rendered workflow, as TODOs. */
export function workflowTodos(session: ImportSession, workflow: Workflow, parts: WorkflowParts, at?: Code): void {
  const r = workflow.render(parts.format === 'backstage' ? WorkflowFormat.BACKSTAGE : WorkflowFormat.IDP_2);
  for (const p of r.problems) session.todo(formatProblem(p), at);
}

/** A workflow document whose pipeline is not imported with it: one function that builds the `Workflow`. */
export interface ImportedWorkflow {
  readonly fn: GeneratedFunction;
  readonly report: ImportReport;
  readonly workflow: Workflow;
}

/**
 * Imports an IDP 2.0 workflow or an IDP 1.0 template on its own: the fields (inputs the trigger feeds are
 * `WorkflowInput`s), the pages, the trigger with the URL as given, the outputs; overrides for the rest.
 */
export function importWorkflow(doc: Record<string, unknown>, parts: WorkflowParts, functionName: string, source: string): ImportedWorkflow {
  const session = new ImportSession();
  const ctx = formContext(parts, new Map());
  const fields = workflowFields(parts, ctx, session);
  const d = decodeWorkflow(parts, fields, ctx, session);
  const id = usableIdentifier(parts.identifier, `workflow '${parts.identifier}'`);
  const props = obj([
    ['identifier', lit(id.identifier)],
    ...d.form,
    ['orgIdentifier', typeof parts.orgIdentifier === 'string' ? lit(parts.orgIdentifier) : undefined],
    ['projectIdentifier', typeof parts.projectIdentifier === 'string' ? lit(parts.projectIdentifier) : undefined],
    ['trigger', standaloneTrigger(d)],
  ]);
  const code = session.body.declare('workflow', newOf(sym('Workflow'), props));
  if (id.message) session.todo(id.message, code);
  const workflow = session.body.valueOf(code) as Workflow;
  const { overrides, unresolved } = reconcileWorkflow(session, (code as { name: string }).name, workflow, doc, parts);
  workflowTodos(session, workflow, parts, code);
  const fn: GeneratedFunction = {
    name: functionName,
    doc: [`The workflow '${parts.identifier}', imported from ${source}.`],
    params: [],
    returnType: 'Workflow',
    body: session.body,
    result: code,
  };
  return {
    fn,
    report: makeReport(source, parts.format === 'backstage' ? 'backstage' : 'workflow', doc, overrides, session.problems, unresolved),
    workflow,
  };
}
