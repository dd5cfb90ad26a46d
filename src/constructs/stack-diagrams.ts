import type { TerraformStack } from 'cdktf';
import { stackFiles } from '../terraform/stack-files';
import { DIAGRAM_FOLDER } from './private/diagram-registry';

/**
 * The diagram files of a stack, keyed `diagrams/<identifier>.md`: one Markdown file per pipeline or workflow
 * identifier, holding the workflow's form outline and then the pipeline's Mermaid flowchart when both share the
 * identifier (as a `SelfServiceWorkflow` and the patterns do). `cdktf synth` writes the same files to
 * `cdktf.out/stacks/<stack>/diagrams/`; `synthDocuments` includes them. Documents are rendered in the synthesis
 * under way, if any, else in a pass of their own.
 */
export function stackDiagrams(stack: TerraformStack): Record<string, string> {
  return Object.fromEntries(Object.entries(stackFiles(stack)).filter(([path]) => path.startsWith(`${DIAGRAM_FOLDER}/`)));
}
