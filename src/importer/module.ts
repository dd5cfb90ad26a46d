import type { Body } from './body';
import { type Code, symbolsOf } from './code';
import { GLOBALS } from './evaluate';
import { print } from './printer';

/** A function of a generated module. */
export interface GeneratedFunction {
  readonly name: string;
  /** JSDoc lines. */
  readonly doc: readonly string[];
  readonly params: readonly { readonly name: string; readonly type: string }[];
  /** The return type, or `''` to leave it to inference. */
  readonly returnType: string;
  readonly body: Body;
  /** The returned value. @default - none (a `void` function) */
  readonly result?: Code;
}

/** A generated TypeScript module. */
export interface GeneratedModule {
  /** File name, e.g. `service-onboarding.pipeline.ts`. */
  readonly fileName: string;
  /** Comment lines at the top. */
  readonly header: readonly string[];
  /** Library names used only as types. */
  readonly typeNames: readonly string[];
  /** Imports of sibling modules. */
  readonly localImports: readonly { readonly from: string; readonly names: readonly string[] }[];
  /** Top-level declarations written before the functions (e.g. interfaces), as text. */
  readonly declarations: readonly string[];
  readonly functions: readonly GeneratedFunction[];
}

function printStatements(body: Body): string[] {
  const out: string[] = [];
  for (const s of body.statements) {
    for (const c of s.comments) out.push(`  // ${c}`);
    if (s.name !== undefined) out.push(`  const ${s.name} = ${print(s.value, 1, 9 + s.name.length)};`);
    else out.push(`  ${print(s.value, 1)};`);
  }
  return out;
}

function printFunction(f: GeneratedFunction): string {
  const params = f.params.map((p) => `${p.name}: ${p.type}`).join(', ');
  const doc = f.doc.length === 0 ? [] : ['/**', ...f.doc.map((l) => ` * ${l}`.trimEnd()), ' */'];
  return [
    ...doc,
    `export function ${f.name}(${params})${f.returnType === '' ? '' : `: ${f.returnType}`} {`,
    ...printStatements(f.body),
    ...(f.result === undefined ? [] : [`  return ${print(f.result, 1, 9)};`]),
    '}',
  ].join('\n');
}

/** The library names a module uses, as values and as types. */
function librarySymbols(m: GeneratedModule): { values: string[]; types: string[] } {
  const values = new Set<string>();
  for (const f of m.functions) {
    f.body.symbols(values);
    if (f.result) symbolsOf(f.result, values);
  }
  for (const g of Object.keys(GLOBALS)) values.delete(g);
  const signatures = m.functions.flatMap((f) => [f.returnType, ...f.params.map((p) => p.type)]);
  const types = m.typeNames.filter((t) => !values.has(t) && signatures.includes(t));
  return { values: [...values], types };
}

/** Prints a module: header, imports (sorted), declarations, functions. */
export function printModule(m: GeneratedModule, library: string): string {
  const { values, types } = librarySymbols(m);
  const names = [...values.map((v) => ({ v, t: false })), ...types.map((v) => ({ v, t: true }))].sort((a, b) =>
    a.v < b.v ? -1 : a.v > b.v ? 1 : 0,
  );
  const importLine = `import { ${names.map((n) => (n.t ? `type ${n.v}` : n.v)).join(', ')} } from '${library}';`;
  const lines = [...m.header.map((h) => `// ${h}`.trimEnd())];
  if (names.length > 0)
    lines.push(
      importLine.length <= 140
        ? importLine
        : `import {\n${names.map((n) => `  ${n.t ? 'type ' : ''}${n.v},`).join('\n')}\n} from '${library}';`,
    );
  for (const l of m.localImports) lines.push(`import { ${[...l.names].sort().join(', ')} } from '${l.from}';`);
  const parts = [lines.join('\n'), ...m.declarations, ...m.functions.map(printFunction)];
  return `${parts.join('\n\n')}\n`;
}
