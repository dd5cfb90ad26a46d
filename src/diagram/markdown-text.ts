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
 * when it starts or ends with a backtick or starts and ends with a space; empty text is a code span of one space.
 * @param inTable escape `|`, which GitHub requires even inside a code span in a table cell @default false
 */
export function markdownCode(text: string, inTable = false): string {
  if (inTable && /\\\|/.test(oneLine(text))) return htmlCode(oneLine(text));
  const line = inTable ? oneLine(text).replace(/\|/g, '\\|') : oneLine(text);
  if (line === '') return '` `';
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // A reader strips one space from each end of a code span that starts and ends with one (CommonMark): pad it too.
  const spaced = line.startsWith(' ') && line.endsWith(' ') && line.trim() !== '';
  const pad = line.startsWith('`') || line.endsWith('`') || spaced ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/**
 * A table cell's code whose text has a backslash right before a `|`: no code span can hold it, because GitHub splits
 * the row at `\\|` (an escaped backslash, then a cell border) before it reads code spans. An HTML `<code>` element
 * with every ASCII punctuation character written as a character reference splits nowhere and shows the text as is.
 */
function htmlCode(line: string): string {
  return `<code>${line.replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`)}</code>`;
}
