import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { HarnessPlatformStack, type HarnessPlatformStackProps } from '../../src/stacks/harness-platform-stack';
import { synthDocuments } from '../../src/testing/synth-documents';

// Test support for the pattern constructs: a platform stack, the synthesized documents of one pattern and
// the inputset ↔ runtime-input comparison. The example workflows are in ./reference-examples.

/** A HarnessPlatformStack with a literal account id, so trigger URLs read like the reference fixtures'. */
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
