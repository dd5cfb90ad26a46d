import { QUOTED_HCL_PLACEHOLDER_SHAPE } from './hcl-placeholder';

/**
 * Formats the block structure of rendered HCL (see `HclParts`: every value a quoted placeholder) as `terraform fmt`
 * does, without the Go formatter, when each line is of the few kinds CDKTF's block renderer writes. Returns
 * `undefined` for any other text, which the Go formatter then formats.
 *
 * The kinds of line: a block header (`resource "type" "name" {`), an attribute whose value is a placeholder, a
 * keyword, a number or a type (`type = list(string)`), an attribute that opens a list or an object (`tags = [`),
 * a list item (`"__CDKTF_HCL_BARE_3__",`), an object that opens in a list (`{`), a closing bracket (`}`, `]`, `},`),
 * and an empty line. The text is ASCII. For these lines, Go's `hclwrite.Format` (behind `terraform fmt`):
 * - indents each line by two spaces per open bracket around it (a line that closes one is indented as the line
 *   that opened it);
 * - writes one space between the tokens of a line, none before a comma;
 * - aligns the `=` of consecutive one-line attributes (an empty line, a header, an opening or closing line ends
 *   the run) one space after the longest name of the run;
 * - leaves empty lines empty.
 * `test/terraform/hcl-skeleton-format.test.ts` compares it with the Go formatter over generated structures.
 */
export function formatHclSkeleton(text: string): string | undefined {
  if (!/^[\x20-\x7e\n]*$/.test(text)) return undefined;
  const lines: SkeletonLine[] = [];
  for (const raw of text.split('\n')) {
    const line = parseLine(raw.trim());
    if (line === undefined) return undefined;
    lines.push(line);
  }
  const indented = indent(lines);
  return indented && alignAttributes(indented).join('\n');
}

/** A line: its indentation change, its text as formatted, and for a one-line attribute its name and value. */
interface SkeletonLine {
  readonly brackets: -1 | 0 | 1;
  readonly text: string;
  readonly attribute?: { readonly name: string; readonly value: string };
}

const PLACEHOLDER = QUOTED_HCL_PLACEHOLDER_SHAPE;
const NAME = '(?:[A-Za-z_][A-Za-z0-9_-]*|"[A-Za-z0-9_ .:/-]*")';
const IDENT = '[A-Za-z_][A-Za-z0-9_]*';
const TYPE = `${IDENT}(?:\\(${IDENT}(?:\\(${IDENT}\\))?\\))?`;
const VALUE = `(?:${PLACEHOLDER}|\\d+(?:\\.\\d+)?|${TYPE}|\\[\\]|\\{\\})`;
const HEADER = new RegExp(`^(${IDENT}(?: +"[A-Za-z0-9_.:/-]*")*) *\\{$`);
const ATTRIBUTE = new RegExp(`^(${NAME}) *= *(${VALUE})$`);
const OPENING_ATTRIBUTE = new RegExp(`^(${NAME}) *= *([[{])$`);
const ITEM = new RegExp(`^(${VALUE}) *(,?)$`);
const CLOSING = /^([}\]]) *(,?)$/;

function parseLine(line: string): SkeletonLine | undefined {
  if (line === '') return { brackets: 0, text: '' };
  if (line === '{') return { brackets: 1, text: '{' };
  let m = HEADER.exec(line);
  if (m) return { brackets: 1, text: `${m[1].replace(/ +/g, ' ')} {` };
  m = ATTRIBUTE.exec(line);
  if (m) return { brackets: 0, text: '', attribute: { name: m[1], value: m[2] } };
  m = OPENING_ATTRIBUTE.exec(line);
  if (m) return { brackets: 1, text: `${m[1]} = ${m[2]}` };
  m = ITEM.exec(line);
  if (m) return { brackets: 0, text: `${m[1]}${m[2]}` };
  m = CLOSING.exec(line);
  if (m) return { brackets: -1, text: `${m[1]}${m[2]}` };
  return undefined;
}

/** The lines with their depth, or `undefined` when the brackets do not pair (the Go formatter takes those). */
function indent(lines: readonly SkeletonLine[]): Array<SkeletonLine & { readonly depth: number }> | undefined {
  let depth = 0;
  const out = lines.map((line) => {
    depth += Math.min(line.brackets, 0);
    const at = depth;
    depth += Math.max(line.brackets, 0);
    return { ...line, depth: at };
  });
  return depth === 0 && out.every((l) => l.depth >= 0) ? out : undefined;
}

/** Writes each line, the `=` of each run of one-line attributes aligned. */
function alignAttributes(lines: ReadonlyArray<SkeletonLine & { readonly depth: number }>): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.attribute) {
      out.push(line.text === '' ? '' : `${'  '.repeat(line.depth)}${line.text}`);
      i += 1;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end].attribute) end += 1;
    const run = lines.slice(i, end);
    const width = Math.max(...run.map((l) => l.attribute!.name.length));
    for (const l of run) out.push(`${'  '.repeat(l.depth)}${l.attribute!.name.padEnd(width)} = ${l.attribute!.value}`);
    i = end;
  }
  return out;
}
