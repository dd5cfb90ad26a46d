// The public API of the package as the TypeScript compiler sees it: the names each entry point exports, the members a
// user can reach (public and protected, not `@internal`), whether each has a JSDoc comment, and a text of the whole
// surface (signatures and comments) whose hash tells whether docs/api/ is up to date.
// Used by test/api-surface.test.ts and scripts/api-docs.ts (`npm run docs:api`).
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/** The package's entry points with exported API, and their source files. */
export const ENTRY_POINTS: Readonly<Record<string, string>> = {
  'cdktf-harness-idp': 'src/index.ts',
  'cdktf-harness-idp/testing': 'src/testing/index.ts',
};

/** A declaration a user can reach, with the name it is documented under (`Pipeline#addStage`, `Shell.BASH`). */
export interface ApiMember {
  readonly path: string;
  readonly declaration: ts.Declaration;
  readonly symbol: ts.Symbol;
}

/** One exported name of an entry point. */
export interface ApiExport {
  readonly name: string;
  readonly kind: string;
  readonly symbol: ts.Symbol;
}

/** The program over the entry points and what each exports. */
export interface PublicApi {
  readonly root: string;
  readonly checker: ts.TypeChecker;
  readonly entries: Readonly<Record<string, readonly ApiExport[]>>;
}

export function loadPublicApi(root: string): PublicApi {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.build.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const files = Object.values(ENTRY_POINTS).map((f) => join(root, f));
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const entries: Record<string, ApiExport[]> = {};
  for (const [entry, file] of Object.entries(ENTRY_POINTS)) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(join(root, file))!)!;
    entries[entry] = checker
      .getExportsOfModule(module)
      .map((s) => {
        const symbol = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        return { name: s.name, kind: kindOf(symbol), symbol };
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return { root, checker, entries };
}

function kindOf(symbol: ts.Symbol): string {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Module) return 'namespace';
  return 'unknown';
}

/** `name (kind)` of every export of an entry point, sorted by name. */
export function exportedNames(api: PublicApi, entry: string): string[] {
  return api.entries[entry].map((e) => `${e.name} (${e.kind})`);
}

/** True when a declaration's JSDoc says `@internal` (as `stripInternal` reads it: anywhere in a leading comment). */
export function isInternal(declaration: ts.Node): boolean {
  const text = declaration.getSourceFile().text;
  const ranges = ts.getLeadingCommentRanges(text, declaration.pos) ?? [];
  return ranges.some((r) => text.slice(r.pos, r.end).includes('@internal'));
}

/** The text of the JSDoc comments of a declaration (description and tags). */
export function docText(declaration: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(declaration)
    .filter(ts.isJSDoc)
    .map((d) => d.getText())
    .join('\n');
}

/** True when the declaration has a JSDoc comment with a description (not only tags). */
export function hasDescription(declaration: ts.Node): boolean {
  const described = (d: ts.JSDoc | ts.JSDocTag): boolean =>
    !!ts
      .getTextOfJSDocComment(d.comment)
      ?.replace(/^[\s-]*/, '')
      .trim();
  // A JSDoc with a description, or with described `@param` tags (a constructor documented by its parameters); a
  // constructor parameter property is described by its own comment or by the constructor's `@param`.
  return ts
    .getJSDocCommentsAndTags(declaration)
    .some((d) =>
      ts.isJSDoc(d)
        ? described(d) || (d.tags ?? []).some((t) => ts.isJSDocParameterTag(t) && described(t))
        : ts.isJSDocParameterTag(d) && described(d),
    );
}

const inSource = (api: PublicApi, d: ts.Node): boolean => !relative(join(api.root, 'src'), d.getSourceFile().fileName).startsWith('..');

function reachable(api: PublicApi, member: ts.Symbol): ts.Declaration[] {
  return (member.declarations ?? []).filter((d) => {
    if (!inSource(api, d) || isInternal(d)) return false;
    const flags = ts.getCombinedModifierFlags(d);
    const name = ts.getNameOfDeclaration(d);
    return !(flags & ts.ModifierFlags.Private) && !(name && ts.isPrivateIdentifier(name));
  });
}

/** Every member a user reaches through the exports of an entry point, inherited members included. */
export function publicMembers(api: PublicApi, entry: string): ApiMember[] {
  const out: ApiMember[] = [];
  for (const e of api.entries[entry]) {
    for (const d of e.symbol.declarations ?? []) out.push({ path: e.name, declaration: d, symbol: e.symbol });
    out.push(...membersOf(api, e));
  }
  return out;
}

function membersOf(api: PublicApi, e: ApiExport): ApiMember[] {
  const { checker } = api;
  const collect = (symbols: readonly ts.Symbol[], sep: string): ApiMember[] =>
    symbols.flatMap((m) => reachable(api, m).map((declaration) => ({ path: `${e.name}${sep}${m.name}`, declaration, symbol: m })));
  if (e.kind === 'enum') return collect(checker.getExportsOfModule(e.symbol), '.');
  if (e.kind === 'interface') return collect(checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(e.symbol)), '.');
  if (e.kind !== 'class') return [];
  const statics = checker.getPropertiesOfType(checker.getTypeOfSymbol(e.symbol)).filter((m) => m.name !== 'prototype');
  const constructors = (e.symbol.members?.get(ts.InternalSymbolName.Constructor)?.declarations ?? [])
    .filter((d) => !(ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Private) && !isInternal(d))
    .map((declaration) => ({ path: `${e.name}.constructor`, declaration, symbol: e.symbol }));
  return [
    ...constructors,
    ...collect(statics, '.'),
    ...collect(checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(e.symbol)), '#'),
  ];
}

/**
 * True when the member has a described JSDoc comment, or overrides / implements a member that has one (TypeDoc
 * shows the inherited comment then, as it does for `type` and `renderSpec()` of every step).
 */
export function isDocumented(api: PublicApi, member: ApiMember): boolean {
  const d = member.declaration;
  if (hasDescription(d)) return true;
  if (ts.isConstructorDeclaration(d)) return false;
  const owner = d.parent;
  if (!(ts.isClassLike(owner) || ts.isInterfaceDeclaration(owner))) return false;
  return inheritedDocs(api, owner, member.symbol.name, isStatic(d));
}

const isStatic = (d: ts.Declaration): boolean => (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Static) !== 0;

function inheritedDocs(api: PublicApi, owner: ts.ClassLikeDeclaration | ts.InterfaceDeclaration, name: string, statics: boolean): boolean {
  const { checker } = api;
  const heritage = (owner.heritageClauses ?? []).flatMap((h) => h.types);
  return heritage.some((t) => {
    const base = statics ? checker.getTypeAtLocation(t.expression) : checker.getTypeAtLocation(t);
    const prop = checker.getPropertyOfType(base, name);
    return (prop?.declarations ?? []).some((pd) => hasDescription(pd) || isDocumentedParent(api, pd, name, statics));
  });
}

function isDocumentedParent(api: PublicApi, d: ts.Declaration, name: string, statics: boolean): boolean {
  const owner = d.parent;
  return (ts.isClassLike(owner) || ts.isInterfaceDeclaration(owner)) && inheritedDocs(api, owner, name, statics);
}

/** `Class#member` paths of public members without a described JSDoc comment. */
export function undocumented(api: PublicApi, entry: string): string[] {
  const missing = publicMembers(api, entry)
    .filter((m) => !isDocumented(api, m))
    .map((m) => `${m.path}  (${relative(api.root, m.declaration.getSourceFile().fileName)})`);
  return [...new Set(missing)].sort();
}

/**
 * The public surface as text: each export and member with its type and JSDoc. Changes whenever a signature or a
 * comment the API reference shows changes, and not when an implementation or a line number does.
 */
export function surfaceText(api: PublicApi): string {
  const { checker } = api;
  const lines: string[] = [];
  const flags = ts.TypeFormatFlags.NoTruncation;
  for (const entry of Object.keys(api.entries).sort()) {
    lines.push(`# ${entry}`);
    for (const m of publicMembers(api, entry)) {
      const d = m.declaration;
      const type = ts.isTypeAliasDeclaration(d)
        ? d.type.getText()
        : ts.isEnumMember(d)
          ? String(checker.getConstantValue(d))
          : checker.typeToString(checker.getTypeOfSymbolAtLocation(m.symbol, d), undefined, flags);
      const heritage = ts.isClassLike(d) || ts.isInterfaceDeclaration(d) ? (d.heritageClauses ?? []).map((h) => h.getText()) : [];
      const modifiers = ts.getCombinedModifierFlags(d);
      lines.push(`${m.path} [${ts.SyntaxKind[d.kind]} ${modifiers}] ${heritage.join(' ')}: ${type}`, docText(d));
    }
  }
  // Types that have no name in scope print as import("<absolute path>").Name: keep the text the same in any checkout.
  return lines.join('\n').split(api.root).join('<root>');
}

/** SHA-256 of a text, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
