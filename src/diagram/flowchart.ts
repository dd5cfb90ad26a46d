/** Node shapes the diagrams use. */
export enum NodeShape {
  /** `["..."]` */
  BOX = 'box',
  /** `("...")` */
  ROUNDED = 'rounded',
  /** `{{"..."}}` */
  HEXAGON = 'hexagon',
  /** `[["..."]]` */
  SUBROUTINE = 'subroutine',
  /** `[/"..."/]` */
  PARALLELOGRAM = 'parallelogram',
}

/** Edge styles. */
export enum EdgeStyle {
  /** `-->` */
  SOLID = 'solid',
  /** `-.->` */
  DOTTED = 'dotted',
  /** `~~~`: not drawn, only keeps the two in order (no label). */
  INVISIBLE = 'invisible',
}

const SHAPES: Readonly<Record<NodeShape, readonly [string, string]>> = {
  [NodeShape.BOX]: ['[', ']'],
  [NodeShape.ROUNDED]: ['(', ')'],
  [NodeShape.HEXAGON]: ['{{', '}}'],
  [NodeShape.SUBROUTINE]: ['[[', ']]'],
  [NodeShape.PARALLELOGRAM]: ['[/', '/]'],
};

/** Options of {@link Flowchart.subgraph}. */
export interface SubgraphOptions {
  /** CSS classes of the subgraph. @default [] */
  readonly classes?: readonly string[];
  /** Layout direction inside the subgraph. @default - the chart's */
  readonly direction?: 'TB' | 'LR';
}

const ARROWS: Readonly<Record<EdgeStyle, string>> = { [EdgeStyle.SOLID]: '-->', [EdgeStyle.DOTTED]: '-.->', [EdgeStyle.INVISIBLE]: '~~~' };

/** Ids are generated, never taken from user text: letters, digits and `_`, never a keyword, never `o`/`x` first. */
const ID = /^[a-np-wyzA-Z][a-zA-Z0-9_]*$/;
const KEYWORDS: readonly string[] = [
  'end',
  'graph',
  'flowchart',
  'subgraph',
  'style',
  'class',
  'classDef',
  'click',
  'linkStyle',
  'default',
];

/**
 * A Mermaid flowchart built statement by statement: nodes and subgraphs in the order they are added (a node
 * belongs to the subgraph open when it is added), then the edges, the class definitions and the class assignments
 * (by class name). Labels are
 * pre-escaped Mermaid text (see `mermaidText`/`mermaidLines`); ids are checked. Same calls, same text.
 */
export class Flowchart {
  private readonly body: string[] = [];
  private readonly edges: string[] = [];
  private readonly classDefs: string[] = [];
  private readonly classes = new Map<string, string[]>();
  private depth = 1;

  constructor(private readonly direction: 'TD' | 'LR') {}

  /** Adds a node; `label` is escaped Mermaid text. */
  public node(id: string, label: string, shape: NodeShape = NodeShape.BOX, cssClasses: readonly string[] = []): this {
    const [open, close] = SHAPES[shape];
    this.line(`${checkId(id)}${open}"${label}"${close}`);
    for (const c of cssClasses) this.addClass(id, c);
    return this;
  }

  /**
   * Adds a subgraph; what `build` adds goes inside it. `title` is escaped Mermaid text. A `direction` holds only
   * while no node inside has an edge to a node outside (Mermaid's rule).
   */
  public subgraph(id: string, title: string, build: () => void, options: SubgraphOptions = {}): this {
    this.line(`subgraph ${checkId(id)}["${title}"]`);
    this.depth++;
    if (options.direction) this.line(`direction ${options.direction}`);
    build();
    this.depth--;
    this.line('end');
    for (const c of options.classes ?? []) this.addClass(id, c);
    return this;
  }

  /** Adds an edge between two nodes or subgraphs; `label` is escaped Mermaid text (an invisible edge has none). */
  public edge(from: string, to: string, style: EdgeStyle = EdgeStyle.SOLID, label?: string): this {
    const arrow = ARROWS[style];
    const text = label === undefined || style === EdgeStyle.INVISIBLE ? '' : `|"${label}"|`;
    this.edges.push(`  ${checkId(from)} ${arrow}${text} ${checkId(to)}`);
    return this;
  }

  /** Declares a class (`classDef`); `style` is CSS the diagram author writes, never user text. */
  public classDef(name: string, style: string): this {
    this.classDefs.push(`  classDef ${checkId(name)} ${style}`);
    return this;
  }

  /** True if anything carries this class. */
  public uses(cssClass: string): boolean {
    return this.classes.has(cssClass);
  }

  public toString(): string {
    const names = [...this.classes.keys()].sort();
    const assignments = names.map((name) => `  class ${this.classes.get(name)!.join(',')} ${name}`);
    return [`flowchart ${this.direction}`, ...this.body, ...this.edges, ...this.classDefs, ...assignments].join('\n');
  }

  private addClass(id: string, cssClass: string): void {
    const ids = this.classes.get(checkId(cssClass)) ?? [];
    ids.push(id);
    this.classes.set(cssClass, ids);
  }

  private line(text: string): void {
    this.body.push(`${'  '.repeat(this.depth)}${text}`);
  }
}

function checkId(id: string): string {
  if (!ID.test(id) || KEYWORDS.includes(id)) throw new Error(`internal: '${id}' is not a safe Mermaid id`);
  return id;
}
