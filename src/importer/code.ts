/**
 * The code model of the importer: a small expression tree that is printed as TypeScript (`printer.ts`) and also
 * evaluated against the library (`evaluate.ts`), so the importer can render what the printed code will render and
 * compare it with the YAML it read. One tree, two back ends: the code that is written is the code that was checked.
 */
export type Code =
  | { readonly kind: 'lit'; readonly value: string | number | boolean | null }
  | { readonly kind: 'arr'; readonly items: readonly Code[] }
  | { readonly kind: 'obj'; readonly entries: readonly (readonly [string, Code])[] }
  | { readonly kind: 'ref'; readonly name: string }
  | { readonly kind: 'sym'; readonly name: string }
  | { readonly kind: 'member'; readonly target: Code; readonly name: string }
  | { readonly kind: 'call'; readonly target: Code; readonly args: readonly Code[] }
  | { readonly kind: 'new'; readonly target: Code; readonly args: readonly Code[] }
  | { readonly kind: 'tmpl'; readonly parts: readonly (string | Code)[] }
  | { readonly kind: 'lines'; readonly lines: readonly Code[] };

/** A literal: string, number, boolean or null. */
export function lit(value: string | number | boolean | null): Code {
  return { kind: 'lit', value };
}

/** An array literal. */
export function arr(items: readonly Code[]): Code {
  return { kind: 'arr', items };
}

/** An object literal; entries keep their order. Entries whose code is `undefined` are left out. */
export function obj(entries: readonly (readonly [string, Code | undefined])[]): Code {
  return { kind: 'obj', entries: entries.filter((e): e is readonly [string, Code] => e[1] !== undefined) };
}

/** A local constant of the generated module. */
export function ref(name: string): Code {
  return { kind: 'ref', name };
}

/** A name the library exports, e.g. `RunStep` or `Shell`. */
export function sym(name: string): Code {
  return { kind: 'sym', name };
}

/** `target.name`. */
export function member(target: Code, name: string): Code {
  return { kind: 'member', target, name };
}

/** `target(...args)`. */
export function call(target: Code, ...args: Code[]): Code {
  return { kind: 'call', target, args };
}

/** `new target(...args)`. */
export function newOf(target: Code, ...args: Code[]): Code {
  return { kind: 'new', target, args };
}

/** A template literal of text and embedded values. */
export function tmpl(parts: readonly (string | Code)[]): Code {
  return { kind: 'tmpl', parts };
}

/** Multi-line text: `[line, ...].join('\n')`. */
export function lines(items: readonly Code[]): Code {
  return { kind: 'lines', lines: items };
}

/** `Symbol.member`, e.g. `Shell.SH`. */
export function symMember(symbol: string, name: string): Code {
  return member(sym(symbol), name);
}

/** `Symbol.method(...args)`, e.g. `Timeout.minutes(10)`. */
export function symCall(symbol: string, method: string, ...args: Code[]): Code {
  return call(member(sym(symbol), method), ...args);
}

/** Plain data (from YAML) as code: objects, arrays and scalars. */
export function plain(value: unknown): Code {
  if (Array.isArray(value)) return arr(value.map(plain));
  if (value !== null && typeof value === 'object') return obj(Object.entries(value).map(([k, v]) => [k, plain(v)] as const));
  if (value === undefined) return lit(null);
  return lit(value as string | number | boolean | null);
}

/** The library names a piece of code uses (for the import line). */
export function symbolsOf(code: Code, into: Set<string> = new Set()): Set<string> {
  switch (code.kind) {
    case 'sym':
      into.add(code.name);
      break;
    case 'arr':
      code.items.forEach((c) => symbolsOf(c, into));
      break;
    case 'obj':
      code.entries.forEach(([, c]) => symbolsOf(c, into));
      break;
    case 'member':
      symbolsOf(code.target, into);
      break;
    case 'call':
    case 'new':
      symbolsOf(code.target, into);
      code.args.forEach((c) => symbolsOf(c, into));
      break;
    case 'tmpl':
      code.parts.forEach((p) => typeof p !== 'string' && symbolsOf(p, into));
      break;
    case 'lines':
      code.lines.forEach((c) => symbolsOf(c, into));
      break;
    default:
      break;
  }
  return into;
}
