import { ValidationError } from '../core/errors';
import type { RenderContext } from '../core/render-context';
import type { Workflow } from '../workflow/workflow';
import { WorkflowFormat } from '../workflow/workflow-format';
import { list, type Plain, plain, textOf } from './document-walk';
import { EdgeStyle, Flowchart, NodeShape } from './flowchart';
import { markdownCode, markdownText } from './markdown-text';
import { mermaidLines, mermaidText, shorten } from './mermaid-text';
import { type OutlineField, type OutlineOutput, type OutlineStep, outlineFields, outlineOutputs, outlineSteps } from './workflow-parts';

/**
 * The workflow as a form outline in a Markdown section: a table of the form's pages and fields (type or picker,
 * required, default, the pipeline variable each one feeds), a table of the outputs, and a Mermaid flowchart from
 * the fields through the pipeline trigger to the outputs. Renders the IDP 2.0 entity first (throws
 * `ValidationError` if the workflow has problems).
 * @param ctx the rendering pass @default - a pass of its own
 */
export function workflowOutline(workflow: Workflow, ctx?: RenderContext): string {
  const result = workflow.render(WorkflowFormat.IDP_2, ctx);
  if (result.problems.length > 0) throw new ValidationError(result.problems);
  return workflowDocumentOutline(result.document);
}

/**
 * {@link workflowOutline} of a rendered workflow document: an IDP 2.0 entity or an IDP 1.0 Backstage template
 * (what the YAML says, overrides included).
 */
export function workflowDocumentOutline(document: Readonly<Record<string, unknown>>): string {
  const metadata = plain(document.metadata) ?? {};
  const spec = plain(document.spec) ?? {};
  const id = textOf(document.identifier) ?? textOf(metadata.name) ?? '';
  const name = textOf(document.name) ?? textOf(metadata.title) ?? id;
  const steps = outlineSteps(spec);
  const fields = outlineFields(spec);
  const outputs = outlineOutputs(spec, steps);
  return [
    `## Workflow ${markdownCode(id)}: ${markdownText(name)}`,
    '',
    summary(document, spec, steps),
    '',
    ...fieldTable(fields),
    '',
    ...outputTable(outputs),
    '',
    '```mermaid',
    outlineChart(spec, fields, steps, outputs),
    '```',
    '',
  ].join('\n');
}

function summary(document: Plain, spec: Plain, steps: readonly OutlineStep[]): string {
  const facts: string[] = [];
  const type = textOf(document.type) ?? textOf(spec.type);
  const owner = textOf(document.owner) ?? textOf(spec.owner);
  if (type !== undefined) facts.push(`Type ${markdownCode(type)}`);
  if (owner !== undefined) facts.push(`owner ${markdownCode(owner)}`);
  const pipelines = steps.flatMap((s) => (s.pipelineId === undefined ? [] : [markdownCode(s.pipelineId)]));
  if (pipelines.length > 0) facts.push(`runs pipeline ${pipelines.join(', ')}`);
  return facts.length > 0 ? `${facts.join(', ')}.` : 'A workflow.';
}

function fieldTable(fields: readonly OutlineField[]): string[] {
  if (fields.length === 0) return ['The form has no fields.'];
  const rows = fields.map((f) =>
    row([
      String(f.page + 1),
      markdownCode(f.id, true),
      markdownText(f.title),
      markdownText(f.input),
      f.required ? 'yes' : 'no',
      f.default === undefined ? '' : markdownCode(f.default, true),
      f.feeds.length === 0 ? '—' : f.feeds.map((k) => markdownCode(k, true)).join(', '),
    ]),
  );
  return [row(['page', 'field', 'title', 'input', 'required', 'default', 'feeds pipeline variable']), row(Array(7).fill('---')), ...rows];
}

function outputTable(outputs: readonly OutlineOutput[]): string[] {
  if (outputs.length === 0) return ['The workflow shows no outputs.'];
  const rows = outputs.map((o) =>
    row([markdownText(o.title), o.kind, markdownCode(o.value, true), o.condition === undefined ? '' : markdownCode(o.condition, true)]),
  );
  return [row(['output', 'kind', 'value', 'shown if']), row(Array(4).fill('---')), ...rows];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * The form's pages in order (each a box of its fields, with the pipeline variables a field feeds), then the steps
 * (the pipeline trigger), then the outputs, with the step outputs each one reads.
 */
function outlineChart(
  spec: Plain,
  fields: readonly OutlineField[],
  steps: readonly OutlineStep[],
  outputs: readonly OutlineOutput[],
): string {
  const chart = new Flowchart('LR');
  const pages = list(spec.parameters).map((p, i) => textOf(plain(p)?.title) ?? `Page ${i + 1}`);
  const chain: string[] = [];
  pages.forEach((title, page) => {
    chain.push(`page${page}`);
    chart.subgraph(`page${page}`, mermaidText(`${page + 1}. ${title}`), () => drawFields(chart, fields, page), { direction: 'TB' });
  });
  steps.forEach((s, i) => {
    const what = s.pipelineId !== undefined ? `runs pipeline ${s.pipelineId}` : s.action;
    const lines = [s.name, what, ...(s.condition === undefined ? [] : [`if ${shorten(s.condition)}`])];
    chart.node(`run${i}`, mermaidLines(lines), NodeShape.SUBROUTINE, s.condition === undefined ? [] : ['conditional']);
    chain.push(`run${i}`);
  });
  if (outputs.length > 0) {
    chart.subgraph('results', mermaidText('Outputs'), () => drawOutputs(chart, outputs, steps), { direction: 'TB' });
    chain.push('results');
  }
  for (let i = 1; i < chain.length; i++) chart.edge(chain[i - 1], chain[i]);
  if (chart.uses('conditional')) chart.classDef('conditional', 'stroke-dasharray: 5 5');
  return chart.toString();
}

/** The fields of one page: title (`*` when required), then `→ <variable>` for each pipeline variable it feeds. */
function drawFields(chart: Flowchart, fields: readonly OutlineField[], page: number): void {
  const ids: string[] = [];
  fields.forEach((f, i) => {
    if (f.page !== page) return;
    const lines = [f.required ? `${f.title} *` : f.title, ...(f.feeds.length > 0 ? [`→ ${f.feeds.join(', ')}`] : [])];
    chart.node(`field${i}`, mermaidLines(lines));
    ids.push(`field${i}`);
  });
  inOrder(chart, ids);
}

/** Invisible links that keep the nodes of a box in the order of the form (Mermaid places unlinked nodes freely). */
function inOrder(chart: Flowchart, ids: readonly string[]): void {
  for (let i = 1; i < ids.length; i++) chart.edge(ids[i - 1], ids[i], EdgeStyle.INVISIBLE);
}

/** Each output: title, kind, the step outputs it reads (`from <step>: <output>`), its condition. */
function drawOutputs(chart: Flowchart, outputs: readonly OutlineOutput[], steps: readonly OutlineStep[]): void {
  outputs.forEach((o, i) => {
    const reads = o.reads.map((r) => `${steps[r.step].id}.${r.output}`);
    const lines = [
      `${o.title} (${o.kind})`,
      ...(reads.length > 0 ? [`← ${reads.join(', ')}`] : []),
      ...(o.condition === undefined ? [] : [`if ${shorten(o.condition)}`]),
    ];
    chart.node(`result${i}`, mermaidLines(lines), NodeShape.PARALLELOGRAM, o.condition === undefined ? [] : ['conditional']);
  });
  inOrder(
    chart,
    outputs.map((_, i) => `result${i}`),
  );
}
