import { readFileSync } from 'node:fs';
import { createContext, Script } from 'node:vm';
import { parseHTML } from 'linkedom';

// Mermaid's own parser, headless: Mermaid's browser bundle (which carries its flowchart grammar and DOMPurify) runs
// in a `vm` context whose global object is a linkedom window, the minimal DOM that DOMPurify needs. Loaded once per
// test file (about a second); each parse then takes milliseconds.

interface FlowVertex {
  readonly id: string;
  readonly text: string;
}
interface FlowSubGraph {
  readonly id: string;
  readonly title: string;
  readonly nodes: readonly string[];
}
interface FlowEdge {
  readonly start: string;
  readonly end: string;
  readonly text: string;
}
interface FlowDb {
  getVertices(): Map<string, FlowVertex>;
  getSubGraphs(): FlowSubGraph[];
  getEdges(): FlowEdge[];
}
interface MermaidApi {
  parse(text: string): Promise<{ diagramType: string }>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: FlowDb; type: string }> };
}

/** A parsed flowchart: the text of every label as a reader sees it (entities decoded, lines joined with `\n`). */
export interface ParsedFlowchart {
  readonly diagramType: string;
  readonly nodes: Readonly<Record<string, string>>;
  readonly subgraphs: Readonly<Record<string, { readonly title: string; readonly nodes: readonly string[] }>>;
  readonly edges: ReadonlyArray<readonly [string, string, string]>;
}

let api: MermaidApi | undefined;

function mermaid(): MermaidApi {
  if (!api) {
    const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>');
    const context = createContext(window);
    const bundle = require.resolve('mermaid/dist/mermaid.min.js');
    new Script(readFileSync(bundle, 'utf8'), { filename: bundle }).runInContext(context);
    api = (context as unknown as { mermaid: MermaidApi }).mermaid;
  }
  return api;
}

let registered = false;

/** Mermaid registers its diagram types on the first `parse()`; `getDiagramFromText` needs them. */
async function ready(): Promise<MermaidApi> {
  if (!registered) {
    await mermaid().parse('flowchart TD\n  a');
    registered = true;
  }
  return mermaid();
}

/** The ```mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);
}

/** Parses a flowchart with Mermaid (throws Mermaid's parse error) and returns what it read. */
export async function parseFlowchart(text: string): Promise<ParsedFlowchart> {
  const { db, type: diagramType } = await (await ready()).mermaidAPI.getDiagramFromText(text);
  const nodes = Object.fromEntries([...db.getVertices().values()].map((v) => [v.id, decode(v.text)]));
  const subgraphs = Object.fromEntries(db.getSubGraphs().map((s) => [s.id, { title: decode(s.title), nodes: [...s.nodes] }]));
  const edges = db.getEdges().map((e) => [e.start, e.end, decode(e.text)] as const);
  return { diagramType, nodes, subgraphs, edges };
}

const NAMED: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>' };

/**
 * The text the drawing shows: Mermaid keeps `#…;` entities as placeholders while it parses, turns them into HTML
 * entities when it draws (its `decodeEntities`: three plain replacements), and the browser decodes those.
 */
function decode(text: string): string {
  return text
    .replace(/ﬂ°°/g, '&#')
    .replace(/ﬂ°/g, '&')
    .replace(/¶ß/g, ';')
    .replace(/&(#\d+|quot|amp|lt|gt);/g, (_, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : NAMED[e]))
    .replace(/<br\s*\/?>/g, '\n');
}
