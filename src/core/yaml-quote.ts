/**
 * Quoted scalars, written exactly as the `yaml` package writes them with `lineWidth: 0` (no folding of long
 * lines), plus escapes for the characters a YAML 1.1 reader rejects or reads as a line break.
 */

/** Double quotes, unless the text holds `"` and no `'`: then single quotes (the `yaml` package's choice). */
export function quoted(text: string, indent: string, key: boolean): string {
  return text.includes('"') && !text.includes("'") ? singleQuoted(text, indent, key) : doubleQuoted(text, indent, key);
}

/** A single-quoted scalar; double quotes where single quotes cannot keep the text (a line break next to a space). */
export function singleQuoted(text: string, indent: string, key: boolean): string {
  if ((key && text.includes('\n')) || /[ \t]\n|\n[ \t]/.test(text)) return doubleQuoted(text, indent, key);
  return `'${text.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`)}'`;
}

/**
 * Characters JSON.stringify leaves raw that a YAML 1.1 reader does not read back: DEL and the C1 controls (not
 * printable in YAML 1.1, rejected by SnakeYAML and PyYAML), NEL, LS and PS (line breaks in YAML 1.1), the byte
 * order mark and the non-characters U+FFFE and U+FFFF. The `yaml` package writes these raw.
 */
const RAW_IN_JSON = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** The YAML escape of a `\uXXXX` JSON escape: named where YAML has a name (`\0`, `\e`, `\N`, `\L`, ...). */
function yamlEscape(hex: string): string {
  switch (hex) {
    case '0000':
      return '\\0';
    case '0007':
      return '\\a';
    case '000b':
      return '\\v';
    case '001b':
      return '\\e';
    case '0085':
      return '\\N';
    case '00a0':
      return '\\_';
    case '2028':
      return '\\L';
    case '2029':
      return '\\P';
    default:
      return hex.startsWith('00') ? `\\x${hex.slice(2)}` : `\\u${hex}`;
  }
}

/** Where the writer is in the JSON text of a double-quoted scalar. */
interface Cursor {
  out: string;
  start: number;
  i: number;
}

/** Writes the line break at `c.i` as a real one (a folded `\n`, kept by an empty line), as the `yaml` package does. */
function foldLineBreak(json: string, c: Cursor, indent: string): void {
  c.out += `${json.slice(c.start, c.i)}\n\n`;
  while (json[c.i + 2] === '\\' && json[c.i + 3] === 'n' && json[c.i + 4] !== '"') {
    c.out += '\n';
    c.i += 2;
  }
  c.out += indent;
  // A space after a line break must be escaped, or folding would eat it.
  if (json[c.i + 2] === ' ') c.out += '\\';
  c.i += 1;
  c.start = c.i + 1;
}

/**
 * A double-quoted scalar: the JSON string with YAML's named escapes. A value (not a key) whose JSON string has 40
 * characters or more writes its line breaks as real line breaks, each followed by `indent`.
 */
export function doubleQuoted(text: string, indent: string, key: boolean): string {
  const json = JSON.stringify(text).replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const c: Cursor = { out: '', start: 0, i: 0 };
  for (let ch = json[0]; ch; ch = json[++c.i]) {
    if (ch === ' ' && json[c.i + 1] === '\\' && json[c.i + 2] === 'n') {
      // A space before a line break must be escaped, or folding would eat it. A space that is already escaped as the
      // first of its line is not escaped again (the `yaml` package writes two backslashes: a backslash character).
      const escaped = c.start === c.i && c.out.endsWith('\\');
      c.out += escaped ? ' ' : `${json.slice(c.start, c.i)}\\ `;
      c.i += 1;
      c.start = c.i;
      ch = '\\';
    }
    if (ch !== '\\') continue;
    const next = json[c.i + 1];
    if (next === 'u') {
      c.out += json.slice(c.start, c.i) + yamlEscape(json.slice(c.i + 2, c.i + 6));
      c.i += 5;
      c.start = c.i + 1;
    } else if (next === 'n' && !key && json[c.i + 2] !== '"' && json.length >= 40) {
      foldLineBreak(json, c, indent);
    } else {
      c.i += 1;
    }
  }
  return c.start ? c.out + json.slice(c.start) : json;
}
