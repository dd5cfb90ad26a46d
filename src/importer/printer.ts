import type { Code } from './code';

/** Line width of the generated code (the project's formatter setting). */
export const LINE_WIDTH = 140;
const INDENT = '  ';

/** A string literal: single quotes unless the text holds more single than double quotes (as the formatter does). */
export function quote(text: string): string {
  const singles = (text.match(/'/g) ?? []).length;
  const doubles = (text.match(/"/g) ?? []).length;
  const q = singles > doubles ? '"' : "'";
  return `${q}${escapeText(text, q)}${q}`;
}

function escapeText(text: string, q: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += `\\${q}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\u2028' || ch === '\u2029' || ch < ' ' || ch === '\u007f')
      out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/** The text of a template literal part: backticks, backslashes and `${` escaped. */
function templateText(text: string): string {
  return escapeText(text, '`').replace(/\$\{/g, '\\${');
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object key: bare when it is an identifier, else quoted. */
export function key(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}

/** An object entry: `key: value`, or the shorthand `key` for a constant of the same name. */
function entry(name: string, value: string, code: Code): string {
  return code.kind === 'ref' && code.name === name ? name : `${key(name)}: ${value}`;
}

/** An entry of a broken object; a text that does not fit after its key goes on the next line. */
function brokenEntry(name: string, code: Code, level: number): string {
  const k = key(name);
  const value = print(code, level, k.length + 2);
  const unbreakable = code.kind === 'lit';
  if (unbreakable && INDENT.length * level + k.length + 2 + value.length + 1 > LINE_WIDTH) {
    return `${k}:\n${INDENT.repeat(level + 1)}${value}`;
  }
  return entry(name, value, code);
}

/** Prints code on one line. */
export function flat(code: Code): string {
  switch (code.kind) {
    case 'lit':
      return typeof code.value === 'string' ? quote(code.value) : String(code.value);
    case 'arr':
      return `[${code.items.map(flat).join(', ')}]`;
    case 'obj':
      return code.entries.length === 0 ? '{}' : `{ ${code.entries.map(([k, v]) => entry(k, flat(v), v)).join(', ')} }`;
    case 'ref':
    case 'sym':
      return code.name;
    case 'member':
      return `${flat(code.target)}.${code.name}`;
    case 'call':
      return `${flat(code.target)}(${code.args.map(flat).join(', ')})`;
    case 'new':
      return `new ${flat(code.target)}(${code.args.map(flat).join(', ')})`;
    case 'tmpl':
      return `\`${code.parts.map((p) => (typeof p === 'string' ? templateText(p) : `\${${flat(p)}}`)).join('')}\``;
    case 'lines':
      return `${flat({ kind: 'arr', items: code.lines })}.join('\\n')`;
  }
}

/**
 * Prints code at an indentation, breaking objects, arrays and argument lists over lines when one line would be
 * longer than {@link LINE_WIDTH}. `used` is the width already taken on the first line (e.g. `const x = `).
 */
export function print(code: Code, level: number, used = 0, trailing = 1): string {
  const one = flat(code);
  if (INDENT.length * level + used + one.length + trailing <= LINE_WIDTH) return one;
  const pad = INDENT.repeat(level + 1);
  const close = INDENT.repeat(level);
  switch (code.kind) {
    case 'arr':
      return code.items.length === 0 ? '[]' : `[\n${code.items.map((c) => `${pad}${print(c, level + 1)},\n`).join('')}${close}]`;
    case 'obj':
      return `{\n${code.entries.map(([k, v]) => `${pad}${brokenEntry(k, v, level + 1)},\n`).join('')}${close}}`;
    case 'lines':
      return `${print({ kind: 'arr', items: code.lines }, level)}.join('\\n')`;
    case 'call':
    case 'new':
      return printCall(code, level, used, trailing);
    case 'member': {
      const target = print(code.target, level, used);
      return `${target}.${code.name}`;
    }
    default:
      return one;
  }
}

function printCall(code: Extract<Code, { kind: 'call' | 'new' }>, level: number, used: number, trailing: number): string {
  const prefix = `${code.kind === 'new' ? 'new ' : ''}${flat(code.target)}(`;
  const args = code.args;
  const last = args[args.length - 1];
  const head = args.slice(0, -1).map(flat);
  const hugHead = `${prefix}${head.map((h) => `${h}, `).join('')}`;
  const hug =
    last !== undefined && (last.kind === 'obj' || last.kind === 'arr') && INDENT.length * level + used + hugHead.length < LINE_WIDTH;
  if (hug) return `${hugHead}${print(last, level, used + hugHead.length, trailing + 1)})`;
  if (code.target.kind === 'member' && (code.target.target.kind === 'call' || code.target.target.kind === 'new')) {
    return printChain(code, level, used);
  }
  const pad = INDENT.repeat(level + 1);
  return `${prefix}\n${args.map((a) => `${pad}${print(a, level + 1)},\n`).join('')}${INDENT.repeat(level)})`;
}

/** A call chain that does not fit: `a()\n  .b()\n  .c()`. */
function printChain(code: Code, level: number, used: number): string {
  const links: Code[] = [];
  let head: Code = code;
  while (
    head.kind === 'call' &&
    head.target.kind === 'member' &&
    (head.target.target.kind === 'call' || head.target.target.kind === 'new')
  ) {
    links.unshift(head);
    head = head.target.target;
  }
  const pad = INDENT.repeat(level + 1);
  const rest = links.map((l) => {
    const c = l as Extract<Code, { kind: 'call' }>;
    const name = (c.target as Extract<Code, { kind: 'member' }>).name;
    return `\n${pad}.${print({ kind: 'call', target: { kind: 'ref', name }, args: c.args }, level + 1)}`;
  });
  return `${print(head, level, used)}${rest.join('')}`;
}
