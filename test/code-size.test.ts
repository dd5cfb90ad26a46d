// Issue 8: no god units. Every hand-written source file stays readable in one sitting: at most 300 lines, functions
// and methods of at most 60 lines, lines of at most 140 characters (a line whose overflow is a URL, which cannot be
// wrapped, counts without it, like ESLint's ignoreUrls). Generated code (.gen) is exempt.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const root = join(__dirname, '..');
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 60;
const MAX_LINE_CHARS = 140;
const FOLDERS = ['src', 'scripts', 'examples'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'cdktf.out' || e.name.startsWith('.') ? [] : sources(path);
    return /\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = FOLDERS.flatMap((f) => sources(join(root, f))).map((path) => ({
  name: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

function functionName(node: ts.Node, sf: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) {
    return parent.name.getText(sf);
  }
  return '(anonymous)';
}

/** Functions, methods, accessors and constructors longer than the limit, as `file:line name (n lines)`. */
function longFunctions(name: string, text: string): string[] {
  const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_FUNCTION_LINES) found.push(`${name}:${start + 1} ${functionName(node, sf)} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Longer than the limit once a URL in it (which cannot be wrapped) is left out. */
const tooLong = (line: string): boolean => line.replace(/https?:\/\/\S+/g, 'URL').length > MAX_LINE_CHARS;

describe('code size', () => {
  test('the scan sees the sources', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files.map((f) => f.name)).toContain('src/index.ts');
  });

  test(`no source file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.map((f) => ({ name: f.name, lines: f.text.split('\n').length })).filter((f) => f.lines > MAX_FILE_LINES);
    expect(long.map((f) => `${f.name} (${f.lines} lines)`)).toEqual([]);
  });

  test(`no function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap((f) => longFunctions(f.name, f.text))).toEqual([]);
  });

  test(`no line over ${MAX_LINE_CHARS} characters`, () => {
    const long = files.flatMap((f) =>
      f.text.split('\n').flatMap((line, i) => (tooLong(line) ? [`${f.name}:${i + 1} (${line.length})`] : [])),
    );
    expect(long).toEqual([]);
  });

  test('the checks find what they look for', () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, i) => `  const a${i} = ${i};`).join('\n');
    expect(longFunctions('x.ts', `function big() {\n${body}\n}\nconst ok = () => 1;`)).toEqual(['x.ts:1 big (62 lines)']);
    expect(longFunctions('x.ts', `class C {\n  constructor() {\n${body}\n  }\n}`)).toEqual(['x.ts:2 constructor (62 lines)']);
    expect(tooLong(`// ${'x'.repeat(MAX_LINE_CHARS)}`)).toBe(true);
    expect(tooLong(` * @see https://developer.harness.io/docs/${'a/'.repeat(70)}`)).toBe(false);
  });
});
