// TypeDoc plugin: files each export of the API reference under the group it has in its layer's index (the `// Group`
// comment above its export line in src/<layer>/index.ts), so the reference reads in the order of the curated index:
// constructs and patterns first, then the pipeline and workflow models, the kernel, Terraform, stacks, testing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, Comment, CommentTag, Converter } from 'typedoc';

/** The layer indexes in reading order, with the title their groups get. */
const LAYERS = [
  ['src/constructs/index.ts', 'Constructs'],
  ['src/stacks/index.ts', 'Stacks'],
  ['src/pipeline/index.ts', 'Pipeline'],
  ['src/workflow/index.ts', 'Workflow'],
  ['src/core/index.ts', 'Kernel'],
  ['src/terraform/index.ts', 'Terraform'],
  ['src/testing/index.ts', 'Testing'],
];

/**
 * Exported name -> category, from the indexes: a `// Group` line after a blank line and right above an export statement
 * starts a group; the names of each `export { ... }` statement that follows belong to it.
 */
function categories(root) {
  const byName = new Map();
  const order = [];
  for (const [file, layer] of LAYERS) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    let group = layer;
    let statement = '';
    lines.forEach((line, i) => {
      const heading = /^\/\/ (.+)$/.exec(line);
      if (heading && i > 0 && lines[i - 1].trim() === '' && lines[i + 1]?.startsWith('export ')) group = `${layer}: ${heading[1]}`;
      if (line.startsWith('export ')) statement = '';
      statement += `${line}\n`;
      const names = /^export (?:type )?\{([^}]*)\}/.exec(statement)?.[1];
      if (!names) return;
      if (!order.includes(group)) order.push(group);
      for (const name of names.split(',').map((n) => n.replace(/^\s*type\s+/, '').trim())) if (name) byName.set(name, group);
      statement = '';
    });
  }
  return { byName, order };
}

export function load(app) {
  // After the configuration is read (it would reset the value), before the options freeze.
  app.on(Application.EVENT_BOOTSTRAP_END, () => app.options.setValue('categoryOrder', [...categories(process.cwd()).order, '*']));
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { byName } = categories(process.cwd());
    for (const module of context.project.children ?? []) {
      for (const reflection of module.children ?? []) {
        const category = byName.get(reflection.name);
        if (!category) continue;
        reflection.comment ??= new Comment();
        reflection.comment.blockTags = reflection.comment.blockTags.filter((t) => t.tag !== '@category');
        reflection.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
      }
    }
  });
}
