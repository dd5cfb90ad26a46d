/**
 * How the kernel's YAML writer writes a string: plain when every YAML 1.1 and 1.2 reader reads it back as that
 * string, else quoted (single or double quotes, the `yaml` package's choice), a multi-line value as a literal block.
 * The rules are those of the `yaml` package (`stringifyString`) plus the quoting for both YAML versions; see
 * docs/yaml.md.
 */
import { literalBlock } from './yaml-block';
import { DoubleQuoted } from './yaml-double-quoted';
import { readsAsNonString } from './yaml-non-string';
import { doubleQuoted, quoted } from './yaml-quote';

/**
 * Text that only a double-quoted scalar can hold: C0 and C1 controls other than tab and line feed, lone
 * surrogates (as the `yaml` package decides), and U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF (which YAML 1.1 readers
 * read as line breaks, strip or reject).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters that force double quotes
const ESCAPED = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\u{D800}-\u{DFFF}]/u;
/** The same, but any surrogate: a quicker test without the `u` flag that rules out most text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters that force double quotes
const MAYBE_ESCAPED = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

/** True when `text` holds a character that only a double-quoted scalar can hold. */
function needsEscapes(text: string): boolean {
  return MAYBE_ESCAPED.test(text) && ESCAPED.test(text);
}

/**
 * Text that cannot be plain: an indicator at the start (`- `, `? `, `#`, `&`, `*`, `!`, `|`, `>`, quotes, `%`,
 * `@`, backquote, flow characters), `: ` or ` #` inside, whitespace at an end, or whitespace next to a line break.
 */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/** A line that starts like a directive or a document marker (`%`, `---`, `...`). */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/** Single-line text that must be quoted: not writable plain, or read as a non-string by some YAML reader. */
function mustQuote(text: string): boolean {
  return NOT_PLAIN.test(text) || readsAsNonString(text);
}

/**
 * A string value in a block collection; `indent` is the indentation of its content lines: the indentation of the
 * collection holding it plus two.
 */
export function valueScalar(text: string, indent: string): string {
  if (needsEscapes(text)) return doubleQuoted(text, indent, false);
  if (text.includes('\n')) return literalBlock(text, indent);
  return mustQuote(text) ? quoted(text, indent, false) : text;
}

/**
 * A mapping key. Keys of the root mapping (`indent` is two spaces) that start like a document marker are quoted,
 * as the `yaml` package does.
 */
export function keyScalar(text: string, indent: string): string {
  if (needsEscapes(text) || text.includes('\n')) return doubleQuoted(text, indent, true);
  const marker = indent === '  ' && DOCUMENT_MARKER.test(text);
  return marker || mustQuote(text) ? quoted(text, indent, true) : text;
}

/**
 * A string that is the whole document (double-quoted if it is a {@link DoubleQuoted}). Quoted text with a line that
 * starts like a document marker continues its lines after two spaces, so that it cannot end the document; such
 * single-line text is a block. A block is always indented by two spaces: the `yaml` package writes it at column 0
 * (unless a line starts like a marker), which PyYAML refuses and where an indentation indicator is misread.
 */
export function rootScalar(value: string | DoubleQuoted): string {
  const text = typeof value === 'string' ? value : value.value;
  const marker = DOCUMENT_MARKER.test(text);
  const indent = marker ? '  ' : '';
  if (value instanceof DoubleQuoted || needsEscapes(text)) return doubleQuoted(text, indent, false);
  if (text.includes('\n')) return literalBlock(text, '  ');
  if (NOT_PLAIN.test(text)) return quoted(text, indent, false);
  if (marker) return literalBlock(text, '  ');
  return readsAsNonString(text) ? quoted(text, indent, false) : text;
}
