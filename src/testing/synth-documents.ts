import { type TerraformStack, Testing } from 'cdktf';
import { stackFiles } from '../terraform/stack-files';
import { unescapeTerraformString } from '../terraform/terraform-string';

/** Options of {@link synthDocuments}. */
export interface SynthDocumentsOptions {
  /** Run construct validations first (as `cdktf synth` does). @default true */
  readonly runValidations?: boolean;
  /** Include the stack's diagram files (`<stack>/diagrams/<id>.md`, as `cdktf synth` writes them). @default true */
  readonly diagrams?: boolean;
}

interface SynthesizedJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
}

/**
 * Synthesizes a stack and returns its Harness documents as plain YAML text, keyed
 * `<stack>/pipelines/<id>.yaml`, `<stack>/workflows/<id>.yaml` (catalog entities),
 * `<stack>/templates/<id>_<version>.yaml`, files committed through the GitHub provider by their file name under
 * `pipelines/`, `templates/` or `workflows/` (by the document's root key), and `<stack>/resources/<type>.<name>.yaml`
 * for other YAML-valued attributes. Terraform escapes are undone, so a jest snapshot reads like the YAML itself;
 * Terraform references stay visible as `${var.x}`. Also the Markdown diagrams `cdktf synth` writes next to the
 * stack, keyed `<stack>/diagrams/<id>.md` (see `stackDiagrams`), so a snapshot diff shows the pictures change too.
 */
export function synthDocuments(stack: TerraformStack, options: SynthDocumentsOptions = {}): Record<string, string> {
  const json = JSON.parse(Testing.synth(stack, options.runValidations ?? true)) as SynthesizedJson;
  const docs = documentsFromJson(stack.node.id, json);
  if (options.diagrams === false) return docs;
  const diagrams = Object.entries(stackFiles(stack))
    .filter(([path]) => path.startsWith('diagrams/'))
    .map(([path, text]) => [`${stack.node.id}/${path}`, text]);
  return Object.fromEntries([...Object.entries(docs), ...diagrams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Resource types whose documents get keys of their own. */
const KEYED_TYPES: readonly string[] = [
  'harness_platform_pipeline',
  'harness_platform_idp_catalog_entity',
  'harness_platform_template',
  'github_repository_file',
];

/** The folder of a committed document: `pipelines` or `templates` by its root key, else `workflows`. */
function committedKind(content: unknown): string {
  if (typeof content !== 'string') return 'workflows';
  if (content.startsWith('pipeline:')) return 'pipelines';
  return content.startsWith('template:') ? 'templates' : 'workflows';
}

/** Same as {@link synthDocuments}, from an already synthesized `cdk.tf.json` object. */
export function documentsFromJson(stackName: string, json: SynthesizedJson): Record<string, string> {
  const docs: Record<string, string> = {};
  const resources = json.resource ?? {};
  const put = (key: string, text: unknown): void => {
    if (typeof text !== 'string') return;
    if (docs[key] !== undefined) throw new Error(`synthDocuments: two documents map to '${key}'. Fix: give them distinct identifiers`);
    docs[key] = unescapeTerraformString(text);
  };
  for (const [name, r] of Object.entries(resources.harness_platform_pipeline ?? {})) {
    put(`${stackName}/pipelines/${String(r.identifier ?? name)}.yaml`, r.yaml);
  }
  for (const [name, r] of Object.entries(resources.harness_platform_idp_catalog_entity ?? {})) {
    put(`${stackName}/workflows/${String(r.identifier ?? name)}.yaml`, r.yaml);
  }
  for (const [name, r] of Object.entries(resources.harness_platform_template ?? {})) {
    put(`${stackName}/templates/${String(r.identifier ?? name)}_${String(r.version)}.yaml`, r.template_yaml);
  }
  for (const [name, r] of Object.entries(resources.github_repository_file ?? {})) {
    const file = String(r.file ?? name);
    if (/\.ya?ml$/.test(file)) put(`${stackName}/${committedKind(r.content)}/${file.split('/').pop()}`, r.content);
  }
  for (const [type, byName] of Object.entries(resources)) {
    if (KEYED_TYPES.includes(type)) continue;
    for (const [name, r] of Object.entries(byName)) {
      for (const attr of ['yaml', 'input_set_yaml', 'template_yaml']) {
        if (typeof r[attr] === 'string') put(`${stackName}/resources/${type}.${name}.yaml`, r[attr]);
      }
    }
  }
  // Code-point order: `localeCompare` depends on the machine's locale, and the order must not.
  return Object.fromEntries(Object.entries(docs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
