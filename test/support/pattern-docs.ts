import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { HarnessPlatformStack, type HarnessPlatformStackProps } from '../../src/stacks/harness-platform-stack';
import { synthDocuments } from '../../src/testing/synth-documents';

// Test support for the pattern constructs: a platform stack, the synthesized documents of one pattern,
// the inputset ↔ runtime-input comparison, and the reference's workflow examples (w1..w7, read from
// ../shared, never copied into the project).

/** A HarnessPlatformStack with a literal account id, so trigger URLs read like the reference's. */
export function platform(props: Partial<HarnessPlatformStackProps> = {}): HarnessPlatformStack {
  return new HarnessPlatformStack(Testing.app(), 'team', {
    orgId: 'default',
    projectId: 'idp_workflows',
    accountId: 'ACCOUNT_ID',
    ...props,
  });
}

/** The documents of one pattern, as YAML text and parsed. */
export interface PatternDocs {
  readonly docs: Record<string, string>;
  readonly pipelineYaml: string;
  readonly workflowYaml: string;
  readonly pipeline: Record<string, any>;
  readonly workflow: Record<string, any>;
}

/** Synthesizes the stack (with validations) and returns the pipeline and workflow with this identifier. */
export function patternDocs(stack: HarnessPlatformStack, identifier: string): PatternDocs {
  const docs = synthDocuments(stack);
  const pipelineYaml = docs[`team/pipelines/${identifier}.yaml`];
  const workflowYaml = docs[`team/workflows/${identifier}.yaml`];
  if (pipelineYaml === undefined || workflowYaml === undefined) {
    throw new Error(`no pipeline/workflow '${identifier}' in ${Object.keys(docs).join(', ')}`);
  }
  return { docs, pipelineYaml, workflowYaml, pipeline: parse(pipelineYaml).pipeline, workflow: parse(workflowYaml) };
}

/** Names of the pipeline variables whose value is a runtime input. */
export function runtimeInputNames(pipeline: Record<string, any>): string[] {
  return (pipeline.variables ?? [])
    .filter((v: any) => typeof v.value === 'string' && v.value.startsWith('<+input>'))
    .map((v: any) => v.name);
}

/** Keys of the trigger step's inputset. */
export function inputsetKeys(workflow: Record<string, any>): string[] {
  const trigger = workflow.spec.steps.find((s: any) => s.action === 'trigger:harness-custom-pipeline');
  return Object.keys(trigger.input.inputset);
}

const REFERENCE = resolve(__dirname, '..', '..', '..', 'shared', 'design', 'harness-reference.md');
let cache: Record<string, string> | undefined;

/** A reference workflow example (e.g. `w5-k8s-rollback`), parsed (IDP 2.0 format). */
export function referenceWorkflow(name: string): Record<string, any> {
  if (!cache) {
    if (!existsSync(REFERENCE)) throw new Error(`The Harness reference is missing at ${REFERENCE}. Put ../shared beside the project.`);
    cache = {};
    const text = readFileSync(REFERENCE, 'utf8');
    for (const m of text.matchAll(/```yaml\n(# file: (\S+)\.idp2\.yaml[^\n]*\n[\s\S]*?)```/g)) cache[m[2]] = m[1];
  }
  const yaml = cache[name];
  if (yaml === undefined) throw new Error(`no example workflow '${name}' in the reference`);
  return parse(yaml);
}

/** The form property with this id, on whatever page of a rendered workflow. */
export function property(workflow: Record<string, any>, id: string): Record<string, any> | undefined {
  for (const page of workflow.spec.parameters) if (page.properties[id]) return page.properties[id];
  return undefined;
}

/** The message of the error `fn` throws (fails if it throws none). */
export function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}
