import { formatProblem } from '../../core/errors';
import type { Pipeline } from '../../pipeline/pipeline';
import type { Code } from '../code';
import type { GeneratedFunction } from '../module';
import { makeReport, type ImportReport } from '../report';
import { ImportSession } from '../session';
import { reconcile } from '../verify';
import { decodePipeline } from './decode-pipeline';

/** A pipeline document turned into a function that builds it. */
export interface ImportedPipeline {
  readonly fn: GeneratedFunction;
  readonly report: ImportReport;
  /** The model the function builds (as the importer evaluated it). */
  readonly pipeline: Pipeline;
}

/** Options of {@link importPipeline}. */
export interface ImportPipelineOptions {
  /** Name of the generated function. */
  readonly functionName: string;
  /** Where the document comes from, for the report. */
  readonly source: string;
  /** Pipeline variables declared by a workflow (name → code), passed in as parameters. @default - none */
  readonly given?: ReadonlyMap<string, Code>;
  /** Parameters of the function (for `given`). @default - none */
  readonly params?: GeneratedFunction['params'];
  /** Constants the parameters bring in (their names are taken). @default - none */
  readonly locals?: ReadonlyMap<string, unknown>;
}

/**
 * Imports a `{ pipeline: {...} }` document: typed stages and steps, overrides for the rest, TODOs for defects.
 * The function renders exactly the document (key order aside).
 */
export function importPipeline(doc: Record<string, unknown>, options: ImportPipelineOptions): ImportedPipeline {
  const params = options.params ?? [];
  const session = new ImportSession(params.map((p) => p.name));
  for (const [k, v] of options.locals ?? []) session.body.locals.set(k, v);
  const code = decodePipeline(doc, session, options.given);
  const pipeline = session.body.valueOf(code) as Pipeline;
  const { overrides, unresolved } = reconcile(session, doc, () => ({ pipeline: pipelineNode(pipeline) }));
  const rendered = pipeline.render();
  for (const p of rendered.problems) session.todo(formatProblem(p), session.ownerNamed(p.path));
  const fn: GeneratedFunction = {
    name: options.functionName,
    doc: [`The pipeline '${String((doc.pipeline as Record<string, unknown>)?.identifier)}', imported from ${options.source}.`],
    params,
    returnType: 'Pipeline',
    body: session.body,
    result: code,
  };
  const report = makeReport(options.source, 'pipeline', doc, overrides, session.problems, unresolved);
  return { fn, report, pipeline };
}

/** The rendered `pipeline` node, problems or not. */
function pipelineNode(pipeline: Pipeline): unknown {
  const r = pipeline.render();
  return (r.document as { pipeline?: unknown } | undefined)?.pipeline ?? {};
}
