import { oneLine } from './one-line';

/**
 * Text inside a quoted Mermaid label (`["..."]`, `subgraph id["..."]`, `-->|"..."|`).
 *
 * Mermaid reads `"` as the end of the label, `#name;` / `#123;` as an entity, `%%{` as a directive anywhere in
 * the text, `|` as the end of an edge label, a leading backtick as a Markdown string, and renders labels as HTML
 * (`<`, `>`, `&`). Every such character, and every control or format character (which would end the line or
 * reorder the text), becomes an entity (`#quot;`, `#35;`), which Mermaid turns back into the character it stands
 * for. Line breaks and tabs become spaces. Brackets, braces and parentheses are plain text inside quotes; letters,
 * digits and other printable text of any script stay as they are, so the Markdown file reads well in a review.
 */

/**
 * Characters that mean something to Mermaid or to the HTML a label becomes, with the entity that stands for each:
 * named where Mermaid documents one (readable in a diff), else the code point. `ﬂ` and `¶` start and end the
 * placeholders Mermaid turns entities into while it parses; escaped, a label that contains them reads back as typed.
 */
const SYNTAX: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '#': '#35;',
  '%': '#37;',
  '|': '#124;',
  '`': '#96;',
  '\u00b6': '#182;',
  '\ufb02': '#64258;',
};

/** Control, format, private-use, unassigned and surrogate code points, and line or paragraph separators. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]$/u;

/** `text` as the content of a quoted Mermaid label: every character that could change the syntax escaped. */
export function mermaidText(text: string): string {
  let out = '';
  for (const ch of oneLine(text)) out += SYNTAX[ch] ?? (INVISIBLE.test(ch) ? `#${ch.codePointAt(0)};` : ch);
  return out;
}

/** Label lines joined with Mermaid's line break; each line escaped. */
export function mermaidLines(lines: readonly string[]): string {
  return lines.map(mermaidText).join('<br/>');
}

/**
 * `text` cut to at most `max` code points (an ellipsis marks the cut), for long user text in a label such as a
 * condition. The document (YAML) keeps the whole text; the picture only hints at it.
 * @param max @default 80
 */
export function shorten(text: string, max = 80): string {
  const points = [...oneLine(text)];
  return points.length <= max ? points.join('') : `${points.slice(0, max - 1).join('')}…`;
}
