import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

// The validated example pipelines of reference §A.1–A.7 are data in ../shared; tests read them from there
// (never copied into the project) and compare rendered nodes with them.
const REFERENCE = resolve(__dirname, '..', '..', '..', 'shared', 'design', 'harness-reference.md');

let cache: Record<string, string> | undefined;

function examples(): Record<string, string> {
  if (cache) return cache;
  if (!existsSync(REFERENCE)) {
    throw new Error(
      `The Harness reference is missing at ${REFERENCE}: these tests read its validated example pipelines. Put ../shared beside the project.`,
    );
  }
  const text = readFileSync(REFERENCE, 'utf8');
  cache = {};
  for (const m of text.matchAll(/```yaml\n(# file: (\S+)\.pipeline\.yaml[^\n]*\n[\s\S]*?)```/g)) cache[m[2]] = m[1];
  return cache;
}

/** A reference example pipeline (e.g. `p5-k8s-rollback`), parsed. */
export function referencePipeline(name: string): { pipeline: Record<string, any> } {
  const yaml = examples()[name];
  if (yaml === undefined) throw new Error(`no example pipeline '${name}' in the reference`);
  return parse(yaml);
}

/** The `stage` node with this identifier in a reference example. */
export function referenceStage(name: string, identifier: string): Record<string, any> {
  const stages: Array<{ stage: Record<string, any> }> = referencePipeline(name).pipeline.stages;
  const s = stages.find((x) => x.stage.identifier === identifier);
  if (!s) throw new Error(`no stage '${identifier}' in example '${name}'`);
  return s.stage;
}

/** The `step` node with this identifier in a reference example (looks into parallel blocks too). */
export function referenceStep(name: string, identifier: string): Record<string, any> {
  for (const { stage } of referencePipeline(name).pipeline.stages) {
    const visit = (items: any[]): Record<string, any> | undefined => {
      for (const e of items ?? []) {
        if (e.step?.identifier === identifier) return e.step;
        if (e.parallel) {
          const found = visit(e.parallel);
          if (found) return found;
        }
      }
      return undefined;
    };
    const found = visit(stage.spec.execution.steps);
    if (found) return found;
  }
  throw new Error(`no step '${identifier}' in example '${name}'`);
}
