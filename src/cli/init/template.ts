/** Values a template may insert: validated identifiers and names only (see `options.ts`). */
export type TemplateValues = Readonly<Record<string, string>>;
/** Switches of `{{#if name}}` sections. */
export type TemplateFlags = Readonly<Record<string, boolean>>;

const PLACEHOLDER = /\{\{(json|text) ([A-Za-z]+)\}\}/g;
const DIRECTIVE = /^\s*(?:\/\/ )?\{\{(#if [A-Za-z]+|else|\/if)\}\}\s*$/;

/**
 * Renders a starter file. Placeholders:
 * - `{{json name}}`: the value as a JSON string literal (also a valid TypeScript string literal): how a value goes
 *   into code, never concatenated into it;
 * - `{{text name}}`: the value as it is, for prose and Markdown (the values are validated identifiers and names);
 * - a line holding only `{{#if flag}}`, `{{else}}` or `{{/if}}` (optionally after `// `) keeps or drops the lines up
 *   to the next directive. Sections do not nest.
 *
 * An unknown name, an unclosed or nested section, or a stray `{{` left in the output throws: a starter file is never
 * written half rendered.
 */
export function renderTemplate(name: string, template: string, values: TemplateValues, flags: TemplateFlags = {}): string {
  const out: string[] = [];
  let keep: boolean | undefined;
  for (const [i, line] of template.split('\n').entries()) {
    const directive = DIRECTIVE.exec(line)?.[1];
    const where = `${name}:${i + 1}`;
    if (directive === undefined) {
      if (keep !== false) out.push(line.replace(PLACEHOLDER, (_m, kind: string, key: string) => insert(where, kind, key, values)));
    } else if (directive.startsWith('#if ')) {
      if (keep !== undefined) throw new Error(`${where}: nested {{#if}}`);
      keep = flag(where, directive.slice(4), flags);
    } else if (keep === undefined) {
      throw new Error(`${where}: {{${directive}}} without {{#if}}`);
    } else {
      keep = directive === 'else' ? !keep : undefined;
    }
  }
  if (keep !== undefined) throw new Error(`${name}: unclosed {{#if}}`);
  const text = out.join('\n');
  if (text.includes('{{')) throw new Error(`${name}: unknown placeholder ${/\{\{[^}]*\}?\}?/.exec(text)?.[0]}`);
  return text;
}

function insert(where: string, kind: string, key: string, values: TemplateValues): string {
  const value = values[key];
  if (value === undefined) throw new Error(`${where}: no value for {{${kind} ${key}}}`);
  return kind === 'json' ? JSON.stringify(value) : value;
}

function flag(where: string, key: string, flags: TemplateFlags): boolean {
  const value = flags[key];
  if (value === undefined) throw new Error(`${where}: no flag '${key}'`);
  return value;
}
