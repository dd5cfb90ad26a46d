// Every Terraform element the library creates goes through withUserCreationStacks (src/terraform/user-creation-stacks.ts):
// a source check over src/. It reads the source text, so it knows the names a file imports with `import { A, B }`
// (not renamed or namespace imports, which src/ does not use for these), and it ignores comments and strings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The text with its comments removed and its string literals emptied (so that their parentheses do not count). */
function codeOnly(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (m) =>
    m.startsWith('/') ? ' ' : `${m[0]}${m[0]}`,
  );
}

/** Whether a call of `callee(` opened before `index` is still open there. */
function enclosedBy(code: string, index: number, callee: string): boolean {
  for (let at = code.lastIndexOf(callee, index); at >= 0; at = at === 0 ? -1 : code.lastIndexOf(callee, at - 1)) {
    let depth = 0;
    for (const c of code.slice(at + callee.length - 1, index)) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth > 0) return true;
  }
  return false;
}

/** The provider binding classes a file imports as values, from .gen/ or a @cdktf/provider-* package. */
function bindingsImported(text: string): string[] {
  const imports = text.matchAll(/^import \{([^}]*)\} from '[^']*(?:\.gen\/|@cdktf\/provider-)[^']*';/gm);
  return [...imports].flatMap((m) => m[1].split(',').map((name) => name.trim()));
}

/**
 * Where a file creates a Terraform element outside withUserCreationStacks: `new` of a provider binding, of a
 * `TerraformVariable`, a `dependable(...)` reference, a `kind.lookup(...)` (the data sources of lookup-data-sources.ts).
 */
function unwrappedCreations(file: string, text = readFileSync(file, 'utf8')): string[] {
  const code = codeOnly(text);
  const calls = [...bindingsImported(text).map((name) => `new ${name}(`), 'new TerraformVariable(', 'dependable(', '.lookup('];
  return calls.flatMap((call) =>
    [...code.matchAll(new RegExp(`(?<![\\w$])${call.replace(/[.(]/g, (c) => `\\${c}`)}`, 'g'))]
      .filter((m) => !enclosedBy(code, m.index, 'withUserCreationStacks('))
      .map(() => `${relative(root, file)}: ${call}`),
  );
}

describe('every Terraform element the library creates', () => {
  test('is created in withUserCreationStacks: none outside it in src/', () => {
    // The Lookup functions of lookup-data-sources.ts construct data sources; they are called as `kind.lookup(`,
    // which this test checks in prerequisite-lookups.ts.
    const files = sources(join(root, 'src')).filter((file) => !file.endsWith(join('private', 'lookup-data-sources.ts')));
    expect(files.flatMap((file) => unwrappedCreations(file))).toEqual([]);
  });

  test('the check finds a creation outside withUserCreationStacks (it can fail), and reads code, not comments or strings', () => {
    const imports = "import { PlatformPipeline } from '../.gen/providers/harness/platform-pipeline';\n";
    const check = (body: string): string[] => unwrappedCreations(join(root, 'src', 'x.ts'), imports + body);
    expect(check("new PlatformPipeline(s, 'p', {});")).toEqual(['src/x.ts: new PlatformPipeline(']);
    expect(check("withUserCreationStacks(() => new PlatformPipeline(s, 'p', {}));")).toEqual([]);
    expect(check("withUserCreationStacks(() => 1); new PlatformPipeline(s, 'p', {});")).toEqual(['src/x.ts: new PlatformPipeline(']);
    expect(check("withUserCreationStacks(() => f(')')); new TerraformVariable(s, 'v', {});")).toEqual(['src/x.ts: new TerraformVariable(']);
    expect(check('// withUserCreationStacks(\nx.dependsOn = [dependable(r)];')).toEqual(['src/x.ts: dependable(']);
    expect(check('x.dependsOn = [isDependable(r)]; // new PlatformPipeline(')).toEqual([]);
  });
});
