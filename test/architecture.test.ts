// The layers of src/ (see README "Layout"): imports point down, never up, and no files import each other.
//
//   stacks      -> constructs, diagram, terraform, workflow, pipeline, core
//   constructs  -> diagram, terraform, workflow, pipeline, core (+ cdktf, constructs, .gen, provider packages)
//   terraform   -> core (+ cdktf, constructs, @cdktf/hcl-tools)
//   diagram     -> workflow, pipeline, core  (no cdktf)
//   workflow    -> pipeline, core            (no cdktf)
//   pipeline    -> core                      (no cdktf)
//   core        -> nothing of ours           (no cdktf)
//   importer    -> workflow, pipeline, core    (no cdktf): YAML -> TypeScript (`cdktf-harness-idp import`)
//   testing     -> a separate entry point (terraform, core); nothing but cli imports it
//   cli         -> the top layer (the `cdktf-harness-idp` command): may import every layer; nothing imports it
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(__dirname, '..');
const src = join(root, 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? tsFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file imports or re-exports, including `import type` and `import('...')` types. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gms),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specs.map((m) => m[1]);
}

/** The layer of a file or of a relative import target: the first folder below src/ (or '.gen'). */
function layerOf(absolute: string): string {
  const rel = relative(src, absolute);
  if (rel.startsWith('..')) return relative(root, absolute).startsWith('.gen') ? '.gen' : 'outside';
  const parts = rel.split(/[\\/]/);
  return parts.length === 1 ? 'index' : parts[0];
}

interface Edge {
  readonly from: string;
  readonly spec: string;
  /** Absolute target for a relative import, else undefined (a package). */
  readonly target?: string;
}

function edges(files: readonly string[]): Edge[] {
  return files.flatMap((f) =>
    imports(f).map((spec) => ({ from: f, spec, target: spec.startsWith('.') ? resolve(dirname(f), spec) : undefined })),
  );
}

const srcFiles = tsFiles(src);
const all = edges(srcFiles);
const show = (e: Edge): string => `${relative(root, e.from)} imports ${e.spec}`;

/** What each layer may import of ours (relative imports) and which packages it may use. */
const RULES: Record<string, { readonly layers: readonly string[]; readonly packages: RegExp }> = {
  // Only the kernel writes YAML (src/core/yaml.ts); the models hand it plain data.
  core: { layers: ['core'], packages: /^(yaml|node:.*)$/ },
  pipeline: { layers: ['core', 'pipeline'], packages: /^node:.*$/ },
  workflow: { layers: ['core', 'pipeline', 'workflow'], packages: /^node:.*$/ },
  diagram: { layers: ['core', 'pipeline', 'workflow', 'diagram'], packages: /^node:.*$/ },
  terraform: { layers: ['core', 'terraform'], packages: /^(cdktf(\/lib\/.*)?|constructs|@cdktf\/hcl-tools(\/.*)?|node:.*)$/ },
  constructs: {
    layers: ['core', 'pipeline', 'workflow', 'diagram', 'terraform', 'constructs', '.gen'],
    packages: /^(cdktf|constructs|@cdktf\/provider-(github|null)\/.*|node:.*)$/,
  },
  stacks: {
    layers: ['core', 'pipeline', 'workflow', 'diagram', 'terraform', 'constructs', 'stacks', '.gen'],
    packages: /^(cdktf|constructs|@cdktf\/provider-(github|null)\/.*|node:.*)$/,
  },
  importer: { layers: ['core', 'pipeline', 'workflow', 'importer'], packages: /^(yaml|node:.*)$/ },
  testing: { layers: ['core', 'terraform', 'testing'], packages: /^(cdktf|yaml|ajv(\/.*)?|node:.*)$/ },
  cli: {
    layers: ['core', 'pipeline', 'workflow', 'terraform', 'constructs', 'stacks', 'testing', 'importer', 'index', 'cli', '.gen'],
    packages: /^node:.*$/,
  },
};

describe('layers', () => {
  test.each(Object.keys(RULES))('%s imports only the layers below it', (layer) => {
    const offenders = all
      .filter((e) => layerOf(e.from) === layer && e.target !== undefined && !RULES[layer].layers.includes(layerOf(e.target)))
      .map(show);
    expect(offenders).toEqual([]);
  });

  test.each(Object.keys(RULES))('%s uses only its packages', (layer) => {
    const offenders = all
      .filter((e) => layerOf(e.from) === layer && e.target === undefined && !RULES[layer].packages.test(e.spec))
      .map(show);
    expect(offenders).toEqual([]);
  });

  test('every file of src/ belongs to a known layer', () => {
    const known = [...Object.keys(RULES), 'index'];
    expect(srcFiles.map((f) => relative(root, f)).filter((f) => !known.includes(layerOf(join(root, f))))).toEqual([]);
  });

  test('nothing but the testing entry point and the CLI imports src/testing (the main entry loads no test code)', () => {
    const offenders = all
      .filter((e) => !['testing', 'cli'].includes(layerOf(e.from)) && e.target && layerOf(e.target) === 'testing')
      .map(show);
    expect(offenders).toEqual([]);
  });

  test('nothing imports src/cli: it is the top layer', () => {
    const offenders = all.filter((e) => layerOf(e.from) !== 'cli' && e.target && layerOf(e.target) === 'cli').map(show);
    expect(offenders).toEqual([]);
  });

  test('private/ folders are imported only from inside the folder that owns them', () => {
    const offenders = all
      .filter((e) => e.target?.includes('/private/'))
      .filter((e) => !e.from.startsWith(e.target!.slice(0, e.target!.indexOf('/private/'))))
      .map(show);
    expect(offenders).toEqual([]);
  });
});

describe('no cycles', () => {
  test('no file of src/ imports a file that imports it back, directly or through others', () => {
    const byFile = new Map<string, string[]>();
    for (const f of srcFiles) byFile.set(f, []);
    for (const e of all) {
      if (!e.target) continue;
      const target = [`${e.target}.ts`, join(e.target, 'index.ts')].find((c) => byFile.has(c));
      if (target) byFile.get(e.from)!.push(target);
    }
    expect(cycles(byFile).map((c) => c.map((f) => relative(root, f)).join(' -> '))).toEqual([]);
  });

  test('the cycle finder finds a cycle of three files', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });
});

/** Strongly connected components of more than one file (Tarjan), each sorted. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return out;
}

describe('no module-level mutable state', () => {
  /**
   * The one exception: the HCL formatter's WebAssembly runtime, started once per process on first use, and the memo
   * of its last 64 results. Neither changes what any app renders (each call formats the text it is given, and the
   * memo answers a text with the bytes the formatter gave for it), like the `require` cache holds a module.
   */
  const PROCESS_RESOURCES: Record<string, readonly string[]> = { 'src/terraform/hcl-format.ts': ['goFormat', 'recentlyFormatted'] };
  /** A module-level `let`/`var`, or a `const` holding a container that is neither typed read-only nor frozen. */
  const MUTABLE =
    /^(?:export\s+)?(?:let|var)\s+(\w+)|^(?:export\s+)?const\s+(\w+)(?::(?![^=]*\b[Rr]eadonly)[^=]+)?\s*=\s*(?:new\s+(?:Map|Set|WeakMap|WeakSet|Array)\b|\[|\{)/;

  test('no file of the library keeps mutable state at module level (two apps in one process cannot see each other)', () => {
    const offenders = srcFiles
      .filter((f) => layerOf(f) !== 'testing')
      .flatMap((f) => {
        const rel = relative(root, f);
        return readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, i, m: MUTABLE.exec(line) }))
          .filter(({ line, m }) => m !== null && !/\bas const;$/.test(line) && !(PROCESS_RESOURCES[rel] ?? []).includes(m[1] ?? m[2]))
          .map(({ line, i }) => `${rel}:${i + 1}: ${line.trim()}`);
      });
    expect(offenders).toEqual([]);
  });

  test('the check finds a module-level let, a Map and an object literal, and leaves frozen constants alone', () => {
    const found = [
      'let n = 0;',
      'const cache = new Map<string, number>();',
      'export const table: Record<string, number> = {',
      'const X = 1;',
      'const KINDS: readonly string[] = [',
      'export const M: Readonly<Record<string, number>> = {',
    ].map((l) => MUTABLE.exec(l)?.[1] ?? MUTABLE.exec(l)?.[2]);
    expect(found).toEqual(['n', 'cache', 'table', undefined, undefined, undefined]);
  });
});

describe('text that reaches Terraform', () => {
  /** Names a file imports from the Harness bindings or a provider package. */
  function providerClasses(text: string): string[] {
    return [...text.matchAll(/^import\s*\{([^}]*)\}\s*from\s*['"]([^'"]*(?:\.gen\/|@cdktf\/provider-)[^'"]*)['"]/gm)].flatMap((m) =>
      m[1]
        .split(',')
        .map((n) => n.replace(/\btype\b/, '').trim())
        .filter((n) => n !== ''),
    );
  }

  /** The third argument of each `new X(scope, id, args)` of the given classes, as written. */
  function thirdArguments(text: string, classes: readonly string[]): Array<{ cls: string; arg: string }> {
    const out: Array<{ cls: string; arg: string }> = [];
    for (const cls of classes) {
      for (const m of text.matchAll(new RegExp(`new ${cls}\\(`, 'g'))) {
        let depth = 0;
        let commas = 0;
        let i = (m.index ?? 0) + m[0].length;
        for (; i < text.length; i++) {
          const c = text[i];
          if ('([{'.includes(c)) depth++;
          else if (')]}'.includes(c)) {
            if (depth === 0) break;
            depth--;
          } else if (c === ',' && depth === 0 && ++commas === 2) break;
        }
        if (commas === 2)
          out.push({
            cls,
            arg: text
              .slice(i + 1)
              .trimStart()
              .slice(0, 40),
          });
      }
    }
    return out;
  }

  test('every resource and provider the library creates takes its arguments through terraformArgs()', () => {
    const offenders = srcFiles
      .filter((f) => ['constructs', 'stacks'].includes(layerOf(f)))
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        return thirdArguments(text, providerClasses(text))
          .filter(({ arg }) => !arg.startsWith('terraformArgs('))
          .map(({ cls, arg }) => `${relative(root, f)}: new ${cls}(..., ${arg}`);
      });
    expect(offenders).toEqual([]);
  });

  test('the check sees a resource created without the wrapper', () => {
    const text =
      "import { PlatformPipeline } from '../../.gen/providers/harness/platform-pipeline';\nnew PlatformPipeline(this, 'r', { yaml: x });";
    expect(thirdArguments(text, providerClasses(text))).toEqual([{ cls: 'PlatformPipeline', arg: '{ yaml: x });' }]);
  });
});
