import type { RenderContext } from '../core/render-context';
import type { Pipeline } from '../pipeline/pipeline';
import { list, type Plain, plain, textOf } from './document-walk';
import { EdgeStyle, Flowchart, NodeShape } from './flowchart';
import { markdownCode, markdownText } from './markdown-text';
import { mermaidLines, mermaidText, shorten } from './mermaid-text';
import { type DrawnStep, findOutputLinks } from './step-output-links';

/** Options of {@link pipelineDiagram}. */
export interface PipelineDiagramOptions {
  /**
   * Draw a dotted arrow from each step to every step that reads one of its outputs, labelled with the outputs.
   * @default false
   */
  readonly stepOutputLinks?: boolean;
}

/** Step types that wait for a person. */
const APPROVAL_STEPS: readonly string[] = ['HarnessApproval', 'JiraApproval', 'ServiceNowApproval', 'IACMApproval', 'CustomApproval'];

/**
 * The pipeline as a Mermaid flowchart in a Markdown section: stages top to bottom (parallel stages side by side
 * in a `parallel` box), each stage a box of its steps in order, step groups and parallel blocks as nested boxes,
 * rollback steps in their own box; approvals are hexagons, conditional stages and steps have a dashed border and
 * their condition in the label. Renders the pipeline first (throws `ValidationError` if it has problems).
 * @param ctx the rendering pass @default - a pass of its own
 */
export function pipelineDiagram(pipeline: Pipeline, options: PipelineDiagramOptions = {}, ctx?: RenderContext): string {
  return pipelineDocumentDiagram(pipeline.toObject({}, ctx), options);
}

/** {@link pipelineDiagram} of a rendered `{ pipeline: {...} }` document (what the YAML says, overrides included). */
export function pipelineDocumentDiagram(document: Readonly<Record<string, unknown>>, options: PipelineDiagramOptions = {}): string {
  const pipeline = plain(document.pipeline) ?? {};
  const drawing = new PipelineDrawing();
  drawing.sequence(list(pipeline.stages).map((e) => drawing.stageElement(e)));
  if (options.stepOutputLinks) {
    for (const link of findOutputLinks(drawing.steps)) {
      drawing.chart.edge(link.from, link.to, EdgeStyle.DOTTED, mermaidText(link.outputs.join(', ')));
    }
  }
  const chart = drawing.chart;
  if (chart.uses('approval')) chart.classDef('approval', 'fill:#fff4ce,stroke:#b8860b');
  if (chart.uses('conditional')) chart.classDef('conditional', 'stroke-dasharray: 5 5');
  const id = textOf(pipeline.identifier) ?? '';
  const name = textOf(pipeline.name) ?? id;
  return [
    `## Pipeline ${markdownCode(id)}: ${markdownText(name)}`,
    '',
    legend(chart, options.stepOutputLinks === true),
    '',
    '```mermaid',
    chart.toString(),
    '```',
    '',
  ].join('\n');
}

function legend(chart: Flowchart, links: boolean): string {
  const parts = ['Stages run top to bottom; inside a stage, steps follow the arrows.'];
  if (chart.uses('approval')) parts.push('Hexagons wait for an approval.');
  if (chart.uses('conditional')) parts.push('A dashed border: runs only under the condition shown.');
  if (links) parts.push("A dotted arrow labelled with output names: the step reads another step's outputs.");
  return parts.join(' ');
}

/** Walks a rendered pipeline into a {@link Flowchart}. Each draw method returns the id of what it drew. */
class PipelineDrawing {
  public readonly chart = new Flowchart('TD');
  public readonly steps: DrawnStep[] = [];
  private count = 0;

  /** Arrows from each drawn element to the next. */
  public sequence(ids: readonly (string | undefined)[]): string[] {
    const drawn = ids.filter((i): i is string => i !== undefined);
    for (let i = 1; i < drawn.length; i++) this.chart.edge(drawn[i - 1], drawn[i]);
    return drawn;
  }

  public stageElement(element: unknown): string | undefined {
    const e = plain(element);
    const stage = plain(e?.stage);
    if (stage) return this.stage(stage);
    if (Array.isArray(e?.parallel)) return this.parallel(e.parallel, (x) => this.stageElement(x));
    return undefined;
  }

  private id(prefix: string): string {
    return `${prefix}${this.count++}`;
  }

  private parallel(items: readonly unknown[], draw: (item: unknown) => string | undefined): string {
    const id = this.id('par');
    this.chart.subgraph(id, mermaidText('parallel'), () => items.forEach(draw));
    return id;
  }

  private stage(stage: Plain): string {
    const id = this.id('stage');
    const stageId = textOf(stage.identifier) ?? '';
    const type = textOf(stage.type);
    const when = conditionLines(plain(stage.when), 'pipelineStatus');
    const title = mermaidLines([`Stage: ${textOf(stage.name) ?? stageId}${type ? ` · ${type}` : ''}`, ...when]);
    const classes = [...(type === 'Approval' ? ['approval'] : []), ...(when.length > 0 ? ['conditional'] : [])];
    this.chart.subgraph(id, title, () => this.execution(plain(plain(stage.spec)?.execution), stageId), { classes });
    return id;
  }

  private execution(execution: Plain | undefined, stageId: string): void {
    const base = `pipeline.stages.${stageId}.spec.execution`;
    const main = this.stepList(list(execution?.steps), `${base}.steps`, stageId);
    const rollback = list(execution?.rollbackSteps);
    if (rollback.length === 0) return;
    const id = this.id('rollback');
    this.chart.subgraph(id, mermaidText('Rollback steps'), () => this.stepList(rollback, `${base}.rollbackSteps`, stageId));
    if (main.length > 0) this.chart.edge(main[main.length - 1], id, EdgeStyle.DOTTED, mermaidText('on failure'));
  }

  private stepList(elements: readonly unknown[], path: string, stageId: string): string[] {
    return this.sequence(elements.map((e) => this.stepElement(e, path, stageId)));
  }

  private stepElement(element: unknown, path: string, stageId: string): string | undefined {
    const e = plain(element);
    const step = plain(e?.step);
    if (step) return this.step(step, path, stageId);
    const group = plain(e?.stepGroup);
    if (group) return this.group(group, path, stageId);
    if (Array.isArray(e?.parallel)) return this.parallel(e.parallel, (x) => this.stepElement(x, path, stageId));
    return undefined;
  }

  private step(step: Plain, path: string, stageId: string): string {
    const id = this.id('step');
    const identifier = textOf(step.identifier) ?? '';
    const type = textOf(step.type);
    const when = conditionLines(plain(step.when), 'stageStatus');
    const approval = type !== undefined && APPROVAL_STEPS.includes(type);
    const label = mermaidLines([textOf(step.name) ?? identifier, ...(type ? [type] : []), ...when]);
    const classes = [...(approval ? ['approval'] : []), ...(when.length > 0 ? ['conditional'] : [])];
    this.chart.node(id, label, approval ? NodeShape.HEXAGON : NodeShape.ROUNDED, classes);
    this.steps.push({ nodeId: id, stageId, path: `${path}.${identifier}`, node: step });
    return id;
  }

  private group(group: Plain, path: string, stageId: string): string {
    const id = this.id('group');
    const identifier = textOf(group.identifier) ?? '';
    const when = conditionLines(plain(group.when), 'stageStatus');
    const title = mermaidLines([`Step group: ${textOf(group.name) ?? identifier}`, ...when]);
    const inner = `${path}.${identifier}.steps`;
    this.chart.subgraph(id, title, () => this.stepList(list(group.steps), inner, stageId), {
      classes: when.length > 0 ? ['conditional'] : [],
    });
    return id;
  }
}

/** How a `when` status other than `Success` (the usual case) reads in a label. */
const STATUS_TEXT: ReadonlyMap<string, string> = new Map([
  ['All', 'always runs'],
  ['Failure', 'runs only on failure'],
]);

/**
 * The label lines of a `when` block: the status it runs on unless that is `Success`, and the condition (shortened).
 * No lines when neither is there.
 */
function conditionLines(when: Plain | undefined, statusKey: string): string[] {
  if (!when) return [];
  const lines: string[] = [];
  const status = textOf(when[statusKey]);
  if (status !== undefined && status !== 'Success') lines.push(STATUS_TEXT.get(status) ?? `${statusKey}: ${status}`);
  const condition = textOf(when.condition);
  if (condition !== undefined && condition.trim() !== '') lines.push(`if ${shorten(condition)}`);
  return lines;
}
