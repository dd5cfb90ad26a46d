import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

// Keeps docs/rules.md honest: every rule has an anchor, a source, a message and a test; every test it names
// exists (file and describe › test title); every anchor of docs/rules.md cited in the repository names a rule.

const root = join(__dirname, '..');
const CATALOG = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');

interface Rule {
  readonly anchor: string;
  readonly lines: readonly string[];
}

/** The rules: each `### \`anchor\`` heading and the lines up to the next heading. */
function rules(): Rule[] {
  const out: Rule[] = [];
  let current: { anchor: string; lines: string[] } | undefined;
  for (const line of CATALOG.split('\n')) {
    const heading = /^### `([^`]+)`$/.exec(line);
    if (heading) {
      current = { anchor: heading[1], lines: [] };
      out.push(current);
    } else if (/^#{1,3} /.test(line)) {
      current = undefined;
    } else {
      current?.lines.push(line);
    }
  }
  return out;
}

/** The anchor GitHub gives a heading: lowercase, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

/** Every anchor of the catalog: rule anchors and section headings. */
function anchors(): Set<string> {
  const all = new Set(rules().map((r) => r.anchor));
  for (const m of CATALOG.matchAll(/^#{1,3} (.+)$/gm)) all.add(slug(m[1]));
  return all;
}

/** The `- Field: value` line of a rule, or undefined. */
function field(rule: Rule, name: string): string | undefined {
  return rule.lines.find((l) => l.startsWith(`- ${name}: `))?.slice(`- ${name}: `.length);
}

/** `file` › `title` pairs of a Test line. */
function testRefs(line: string): Array<{ file: string; title: string }> {
  return [...line.matchAll(/`(test\/[^`]+\.test\.ts)` › `([^`]+)`/g)].map((m) => ({ file: m[1], title: m[2] }));
}

const titleCache = new Map<string, Set<string>>();

/** The full titles (`describe › ... › test`) of the tests of a file whose titles are string literals. */
function testTitles(file: string): Set<string> {
  const cached = titleCache.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const titles = new Set<string>();
  const calleeName = (e: ts.Expression): string => {
    if (ts.isIdentifier(e)) return e.text;
    if (ts.isPropertyAccessExpression(e) || ts.isCallExpression(e)) return calleeName(e.expression);
    return '';
  };
  const visit = (node: ts.Node, path: readonly string[]): void => {
    if (ts.isCallExpression(node) && node.arguments.length >= 2) {
      const name = calleeName(node.expression);
      const first = node.arguments[0];
      if (['describe', 'test', 'it'].includes(name) && ts.isStringLiteralLike(first)) {
        const full = [...path, first.text];
        if (name === 'describe') {
          for (const arg of node.arguments) visit(arg, full);
        } else {
          titles.add(full.join(' › '));
        }
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, path));
  };
  visit(source, []);
  titleCache.set(file, titles);
  return titles;
}

/** Files of the repository that may cite the catalog. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'cdktf.out' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|md)$/.test(name)) out.push(path);
  }
  return out;
}

describe('docs/rules.md', () => {
  test('every rule has a unique kebab-case anchor, a source, a message and a test', () => {
    const all = rules();
    expect(all.length).toBeGreaterThan(150);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const rule of all) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.anchor)) problems.push(`${rule.anchor}: anchor is not kebab-case`);
      if (seen.has(rule.anchor)) problems.push(`${rule.anchor}: anchor is used twice`);
      seen.add(rule.anchor);
      const source = field(rule, 'Source');
      const sources = source?.split(', ') ?? [];
      if (sources.length === 0 || !sources.every((s) => s === 'library rule' || /^https:\/\/\S+$/.test(s))) {
        problems.push(`${rule.anchor}: Source is not 'library rule' or a list of https URLs`);
      }
      const message = field(rule, 'Message');
      if (message === undefined || !/^(``? .+ ``?|`[^`]+`|none \(rendered by construction\))$/.test(message)) {
        problems.push(`${rule.anchor}: Message is missing or not in backquotes`);
      }
      const tests = field(rule, 'Test');
      if (tests === undefined || testRefs(tests).length === 0) problems.push(`${rule.anchor}: no Test`);
    }
    expect(problems).toEqual([]);
  });

  test('every test it names exists: the file and the test title (describe › test)', () => {
    const missing: string[] = [];
    for (const rule of rules()) {
      for (const { file, title } of testRefs(field(rule, 'Test') ?? '')) {
        if (!existsSync(join(root, file))) missing.push(`${rule.anchor}: no file ${file}`);
        else if (!testTitles(file).has(title)) missing.push(`${rule.anchor}: no test '${title}' in ${file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every catalog anchor cited in src/, test/, docs/, examples/ and the README names a rule or a section', () => {
    const known = anchors();
    const dangling: string[] = [];
    const files = [...['src', 'test', 'docs', 'examples'].flatMap((d) => sourceFiles(join(root, d))), join(root, 'README.md')];
    let citations = 0;
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const isCatalog = path === join(root, 'docs', 'rules.md');
      const pattern = isCatalog ? /\]\(#([a-z0-9-]+)\)/g : /rules\.md#([a-z0-9-]+)/g;
      for (const m of text.matchAll(pattern)) {
        citations++;
        if (!known.has(m[1])) dangling.push(`${relative(root, path)}: #${m[1]}`);
      }
    }
    expect(citations).toBeGreaterThan(100);
    expect(dangling).toEqual([]);
  });
});
