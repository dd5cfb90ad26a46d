/**
 * Literal block scalars (`|`) for multi-line strings, written exactly as the `yaml` package writes them with
 * `blockQuote: 'literal'`: a chomping indicator for the trailing line breaks and an indentation indicator when
 * the text starts with a space.
 */
import { quoted } from './yaml-quote';

/** Runs of line breaks inside the trailing whitespace that another line follows. */
const END_NEWLINES = /(^|(?<!\n))\n+(?!\n|$)/g;

/** `-` (strip) without a final line break, `` (clip) with exactly one, `+` (keep) with more, or whitespace only. */
function chompOf(text: string, end: string): string {
  const firstBreak = end.indexOf('\n');
  if (firstBreak === -1) return '-';
  return text === end || firstBreak !== end.length - 1 ? '+' : '';
}

/** Where the trailing spaces, tabs and line breaks of `text` start. */
function trailingStart(text: string): number {
  let i = text.length;
  while (i > 0) {
    const ch = text[i - 1];
    if (ch !== '\n' && ch !== '\t' && ch !== ' ') break;
    i--;
  }
  return i;
}

/** The leading spaces and line breaks up to the last leading line break, and whether a space is among them. */
function leadingPart(text: string): { readonly start: string; readonly space: boolean } {
  let space = false;
  let lastBreak = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ' ') space = true;
    else if (ch === '\n') lastBreak = i;
    else break;
  }
  return { start: text.slice(0, lastBreak + 1), space };
}

/**
 * A literal block scalar whose content lines start with `indent`; `indent` is the indentation of the block's
 * parent plus two. Text whose last line holds only spaces or tabs cannot be a block: it is quoted instead.
 */
export function literalBlock(text: string, indent: string): string {
  const cut = trailingStart(text);
  // Whitespace only, starting with a space: the `yaml` package writes a block without indentation indicator, which
  // reads back without the spaces. Such text is quoted here.
  if (/\n[\t ]+$/.test(text) || (cut === 0 && /^\n* /.test(text))) return quoted(text, indent, false);
  let end = text.slice(cut);
  const chomp = chompOf(text, end);
  let body = text;
  if (end) {
    body = text.slice(0, cut);
    if (end.endsWith('\n')) end = end.slice(0, -1);
    end = end.replace(END_NEWLINES, `$&${indent}`);
  }
  const { start, space } = leadingPart(body);
  body = body.slice(start.length).replace(/\n+/g, `$&${indent}`);
  // The indentation indicator counts from the parent, which is at -1 for a block at the document's root.
  const header = (space ? (indent ? '2' : '1') : '') + chomp;
  return `|${header}\n${indent}${start.replace(/\n+/g, `$&${indent}`)}${body}${end}`;
}
