/**
 * The HCL expression for a Terraform template string (as it stands in `cdk.tf.json`):
 * - exactly one interpolation (`${harness_platform_project.p.identifier}`): the bare expression, as
 *   `terraform fmt` writes it;
 * - multi-line text ending in a newline: a heredoc (`<<EOT`), whose delimiter is chosen so that no line of
 *   the text closes it early; heredocs take backslashes and quotes literally (unless `options.heredoc` is false);
 * - anything else: a quoted string, with `\` and `"` escaped and control characters as `\n`, `\t`, `\uXXXX`
 *   in the literal parts; `${…}`/`%{…}` sequences and the `$${`/`%%{` escapes are kept as they are.
 */
export function hclStringExpression(template: string, options: HclStringOptions = {}): string {
  const parts = splitTemplate(template);
  if (parts.length === 1 && parts[0].sequence && parts[0].text.startsWith('${')) {
    return parts[0].text.slice(2, -1);
  }
  if (options.heredoc !== false && template.includes('\n') && template.endsWith('\n') && !template.includes('\r')) {
    const lines = new Set(template.split('\n').map((l) => l.trim()));
    let delimiter = 'EOT';
    for (let i = 1; lines.has(delimiter); i++) delimiter = `EOT${i}`;
    return `<<${delimiter}\n${template}${delimiter}`;
  }
  return `"${parts.map((p) => (p.sequence ? p.text : quoteLiteral(p.text))).join('')}"`;
}

/** Options of {@link hclStringExpression}. */
export interface HclStringOptions {
  /**
   * Whether multi-line text may be a heredoc: not where a comma follows the value (a list item), since the line that
   * closes a heredoc holds its delimiter only. @default true
   */
  readonly heredoc?: boolean;
}

interface TemplatePart {
  readonly sequence: boolean;
  readonly text: string;
}

/**
 * Splits a template into literal text and template sequences (`${…}`, `%{…}`), scanning left to right as
 * Terraform's template lexer does: `$${` and `%%{` are escapes and stay in the literal text.
 */
function splitTemplate(t: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  while (i < t.length) {
    if (t.startsWith('$${', i) || t.startsWith('%%{', i)) {
      literal += t.slice(i, i + 3);
      i += 3;
    } else if ((t[i] === '$' || t[i] === '%') && t[i + 1] === '{') {
      if (literal) parts.push({ sequence: false, text: literal });
      literal = '';
      const end = scanSequence(t, i + 2);
      parts.push({ sequence: true, text: t.slice(i, end) });
      i = end;
    } else {
      literal += t[i];
      i += 1;
    }
  }
  if (literal) parts.push({ sequence: false, text: literal });
  return parts;
}

/** Index after the `}` closing a template sequence whose body starts at `j`. */
function scanSequence(t: string, j: number): number {
  let depth = 1;
  while (j < t.length) {
    const c = t[j];
    if (c === '"') {
      j = scanQuoted(t, j + 1);
      continue;
    }
    if (c === '{') depth += 1;
    if (c === '}') {
      depth -= 1;
      if (depth === 0) return j + 1;
    }
    j += 1;
  }
  return t.length;
}

/** Index after the `"` closing a quoted string inside a template sequence whose text starts at `j`. */
function scanQuoted(t: string, j: number): number {
  while (j < t.length) {
    const c = t[j];
    if (c === '\\') {
      j += 2;
    } else if (c === '"') {
      return j + 1;
    } else if (t.startsWith('$${', j) || t.startsWith('%%{', j)) {
      j += 3;
    } else if ((c === '$' || c === '%') && t[j + 1] === '{') {
      j = scanSequence(t, j + 2);
    } else {
      j += 1;
    }
  }
  return t.length;
}

function quoteLiteral(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}
