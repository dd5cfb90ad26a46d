import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// The validated example pipelines and workflows of the seven patterns are committed test fixtures
// (test/fixtures/reference/, each with its public sources in a header comment). Tests compare rendered
// documents and nodes with them.

/** The folder of the reference fixtures. */
export const REFERENCE_FIXTURES = join(__dirname, '..', 'fixtures', 'reference');

/** The names of the fixture files, sorted. */
export function referenceFiles(): string[] {
  return readdirSync(REFERENCE_FIXTURES)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

/** The text of one fixture file (e.g. `k8s-scale.pipeline.yaml`), header comment included. */
export function referenceText(file: string): string {
  return readFileSync(join(REFERENCE_FIXTURES, file), 'utf8');
}

/** One fixture file, parsed. */
export function referenceDocument(file: string): any {
  return parse(referenceText(file));
}

/** The pattern names that have an example pipeline (e.g. `k8s-rollback`), sorted. */
export function referencePipelineNames(): string[] {
  return referenceFiles()
    .filter((f) => f.endsWith('.pipeline.yaml'))
    .map((f) => f.slice(0, -'.pipeline.yaml'.length));
}

/** The example pipeline of a pattern (e.g. `k8s-rollback`), parsed. */
export function referencePipeline(name: string): { pipeline: Record<string, any> } {
  return referenceDocument(`${name}.pipeline.yaml`);
}

/** The example IDP 2.0 workflow of a pattern (e.g. `k8s-rollback`), parsed. */
export function referenceWorkflow(name: string): Record<string, any> {
  return referenceDocument(`${name}.idp2.yaml`);
}

/** The `stage` node with this identifier in an example pipeline. */
export function referenceStage(name: string, identifier: string): Record<string, any> {
  const stages: Array<{ stage: Record<string, any> }> = referencePipeline(name).pipeline.stages;
  const s = stages.find((x) => x.stage.identifier === identifier);
  if (!s) throw new Error(`no stage '${identifier}' in example '${name}'`);
  return s.stage;
}

/** The `step` node with this identifier in an example pipeline (looks into parallel blocks too). */
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
