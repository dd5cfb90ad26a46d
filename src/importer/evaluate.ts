import * as core from '../core/index';
import * as pipeline from '../pipeline/index';
import * as workflow from '../workflow/index';
import type { Code } from './code';

/** The library names generated code may use: everything the models export. */
const LIBRARY: Readonly<Record<string, unknown>> = Object.freeze({ ...core, ...pipeline, ...workflow });

const LIBRARY_NAMES: ReadonlySet<string> = new Set(Object.keys(LIBRARY));

/** Globals generated code may use besides the library (not imported). */
export const GLOBALS: Readonly<Record<string, unknown>> = Object.freeze({ JSON });

/** True if the library exports `name` (a class, enum or function the generated code can import). */
export function isLibrarySymbol(name: string): boolean {
  return LIBRARY_NAMES.has(name);
}

/** The runtime value of a library export (an enum object, a class). */
export function librarySymbol(name: string): unknown {
  if (name === 'JSON') return GLOBALS[name];
  if (!isLibrarySymbol(name)) throw new Error(`importer: the library exports no '${name}'`);
  return LIBRARY[name];
}

/** The constants of a generated module while it is evaluated. */
export type Locals = Map<string, unknown>;

/**
 * Runs a piece of generated code against the library, as the printed TypeScript would run: the importer renders
 * the result and compares it with the YAML it read.
 */
export function evaluate(code: Code, locals: Locals): unknown {
  switch (code.kind) {
    case 'lit':
      return code.value;
    case 'arr':
      return code.items.map((c) => evaluate(c, locals));
    case 'obj':
      return Object.fromEntries(code.entries.map(([k, c]) => [k, evaluate(c, locals)]));
    case 'ref':
      if (!locals.has(code.name)) throw new Error(`importer: '${code.name}' is used before it is declared`);
      return locals.get(code.name);
    case 'sym':
      return librarySymbol(code.name);
    case 'member':
      return (evaluate(code.target, locals) as Record<string, unknown>)[code.name];
    case 'call':
      return invoke(code.target, code.args, locals);
    case 'new': {
      const ctor = evaluate(code.target, locals) as new (...args: unknown[]) => unknown;
      return Reflect.construct(
        ctor,
        code.args.map((a) => evaluate(a, locals)),
      );
    }
    case 'tmpl':
      return code.parts.map((p) => (typeof p === 'string' ? p : String(evaluate(p, locals)))).join('');
    case 'lines':
      return code.lines.map((c) => String(evaluate(c, locals))).join('\n');
  }
}

function invoke(target: Code, args: readonly Code[], locals: Locals): unknown {
  const values = args.map((a) => evaluate(a, locals));
  if (target.kind === 'member') {
    const self = evaluate(target.target, locals) as Record<string, (...a: unknown[]) => unknown>;
    return self[target.name].apply(self, values);
  }
  return (evaluate(target, locals) as (...a: unknown[]) => unknown)(...values);
}
