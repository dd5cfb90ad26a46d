import { oneLine } from './one-line';

/**
 * Text in a generated Markdown file (headings, table cells). GitHub-flavoured Markdown reads `*`, `_`, `` ` ``,
 * `[`, `]`, `<`, `>`, `&`, `~`, `|`, `#`, `!` and `\` as syntax; each is backslash-escaped (valid for any ASCII
 * punctuation), and line breaks become spaces so that a heading or a table row stays one line.
 */
export function markdownText(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>&~|#!]/g, (c) => `\\${c}`);
}

/**
 * `text` as a Markdown code span: fenced with one backtick more than the longest run inside, padded with a space
 * when it starts or ends with a backtick; empty text is a code span of one space.
 * @param inTable escape `|`, which GitHub requires even inside a code span in a table cell @default false
 */
export function markdownCode(text: string, inTable = false): string {
  const line = inTable ? oneLine(text).replace(/\|/g, '\\|') : oneLine(text);
  if (line === '') return '` `';
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
