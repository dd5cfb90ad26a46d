import type { Plain } from './document-walk';

/** A step drawn in a pipeline diagram. */
export interface DrawnStep {
  /** Node id in the diagram. */
  readonly nodeId: string;
  /** The stage the step belongs to. */
  readonly stageId: string;
  /** JEXL path of the step, e.g. `pipeline.stages.s.spec.execution.steps.g.steps.x`. */
  readonly path: string;
  /** The rendered `step` node. */
  readonly node: Plain;
}

/** A step that reads outputs of another. */
export interface OutputLink {
  /** Node id of the producer. */
  readonly from: string;
  /** Node id of the consumer. */
  readonly to: string;
  /** The outputs read (last segment of each path), sorted and distinct. */
  readonly outputs: readonly string[];
}

/**
 * Which step reads which step's outputs, found in the rendered text of each step: a Harness expression that starts
 * with the producer's path, fully qualified (`<+pipeline.stages.<stage>.spec.execution.steps.<step>.…>`, what the
 * library writes for a typed step output) or, within the producer's stage, relative (`<+stage.spec.execution…>`,
 * `<+execution.steps.<step>.…>`). In step order, consumers first.
 */
export function findOutputLinks(steps: readonly DrawnStep[]): OutputLink[] {
  const links: OutputLink[] = [];
  for (const consumer of steps) {
    const body = JSON.stringify(consumer.node);
    for (const producer of steps) {
      if (producer === consumer) continue;
      const outputs = new Set<string>();
      for (const prefix of prefixesOf(producer, consumer)) collectOutputs(body, `<+${prefix}.`, outputs);
      if (outputs.size > 0) links.push({ from: producer.nodeId, to: consumer.nodeId, outputs: [...outputs].sort(byCodePoint) });
    }
  }
  return links;
}

/** The paths by which `consumer` can name `producer`. */
function prefixesOf(producer: DrawnStep, consumer: DrawnStep): string[] {
  const prefixes = [producer.path];
  const stagePrefix = `pipeline.stages.${producer.stageId}.spec.`;
  if (producer.stageId === consumer.stageId && producer.path.startsWith(stagePrefix)) {
    const relative = producer.path.slice(stagePrefix.length);
    prefixes.push(`stage.spec.${relative}`, relative);
  }
  return prefixes;
}

/** Adds the last path segment after each occurrence of `prefix` in `body`. */
function collectOutputs(body: string, prefix: string, into: Set<string>): void {
  for (let at = body.indexOf(prefix); at >= 0; at = body.indexOf(prefix, at + 1)) {
    const path = /^[\w.]*\w/.exec(body.slice(at + prefix.length))?.[0];
    if (path) into.add(path.slice(path.lastIndexOf('.') + 1));
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
