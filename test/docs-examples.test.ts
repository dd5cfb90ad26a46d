import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { cachingCompilerHost } from './support/compiler';

// Every TypeScript example of the documentation (README.md, docs/*.md, examples/README.md) type-checks under strict
// against the library's sources, as a platform team would paste it. An example that is a fragment names what it
// uses in an HTML comment right before its fence, which readers of the rendered page do not see:
//   <!-- example-context: declare const app: App; -->
// or says why it is not compiled: `<!-- example-context: skip: <reason> -->`. An example without import lines gets
// the library's names it uses imported from 'cdktf-harness-idp' (and App, TerraformStack, ... from 'cdktf').

const root = join(__dirname, '..');

interface Example {
  readonly doc: string;
  readonly line: number;
  readonly code: string;
  readonly context?: string;
}

function examples(): Example[] {
  const docs = [
    'README.md',
    'examples/README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  return docs.flatMap((doc) => {
    const text = readFileSync(join(root, doc), 'utf8');
    return [...text.matchAll(/(?:<!-- example-context: ([\s\S]*?) -->\n)?```ts\n([\s\S]*?)```/g)].map((m) => ({
      doc,
      line: text.slice(0, m.index).split('\n').length + (m[1] === undefined ? 0 : m[0].split('\n```ts')[0].split('\n').length),
      code: m[2],
      context: m[1],
    }));
  });
}

/** The names the library's entry point exports (each layer's index names them one by one). */
function libraryNames(): Set<string> {
  const names = new Set<string>();
  for (const layer of ['core', 'pipeline', 'workflow', 'diagram', 'terraform', 'constructs', 'stacks']) {
    const index = readFileSync(join(root, 'src', layer, 'index.ts'), 'utf8');
    for (const m of index.matchAll(/export\s*\{([^}]*)\}\s*from/g)) {
      for (const item of m[1].split(',')) {
        const name = item
          .replace(/^\s*type\s+/, '')
          .split(/\s+as\s+/)
          .pop()
          ?.trim();
        if (name) names.add(name);
      }
    }
  }
  return names;
}

const CDKTF_NAMES = ['App', 'TerraformStack', 'TerraformVariable', 'TerraformOutput', 'Fn', 'Testing'];

/** The module text of an example: its context, then (without import lines of its own) the imports of the names it uses. */
function moduleText(example: Example, library: Set<string>): string {
  const context = example.context ?? '';
  if (/^import /m.test(example.code)) return `${context}\n${example.code}`;
  const imported = new Set([...context.matchAll(/import\s*\{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((n) => n.trim())));
  const text = `${context}\n${example.code}`;
  const used = (names: Iterable<string>) => [...names].filter((n) => !imported.has(n) && new RegExp(`\\b${n}\\b`).test(text));
  const imports = [
    `import { ${used(library).join(', ')} } from 'cdktf-harness-idp';`,
    `import { ${used(CDKTF_NAMES).join(', ')} } from 'cdktf';`,
  ].filter((line) => !line.startsWith('import {  }'));
  return [...imports, context, example.code, 'export {};'].join('\n');
}

/** The compiler's diagnostics of each example, by example. */
function diagnostics(list: readonly Example[]): string[][] {
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, root);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    baseUrl: root,
    paths: {
      'cdktf-harness-idp': ['src/index.ts'],
      'cdktf-harness-idp/testing': ['src/testing/index.ts'],
      'cdktf-harness-idp/providers/harness/*': ['.gen/providers/harness/*/index.ts'],
    },
  };
  const library = libraryNames();
  const files = new Map(list.map((e, i) => [join(root, `.docs-example-${i}.ts`), moduleText(e, library)]));
  const host = cachingCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.getSourceFile = (f, version, onError, create) =>
    files.has(f) ? ts.createSourceFile(f, files.get(f)!, version, true) : getSourceFile(f, version, onError, create);
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files.keys()].map((f) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(f)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')),
  );
}

describe('documentation examples', () => {
  const all = examples();
  const compiled = all.filter((e) => !e.context?.startsWith('skip: '));

  test('each example type-checks under strict against the library (in its context, if it has one)', () => {
    expect(all.length).toBeGreaterThanOrEqual(16);
    const errors = diagnostics(compiled);
    const failures = compiled.flatMap((e, i) => errors[i].map((message) => `${e.doc}:${e.line}: ${message}`));
    expect(failures).toEqual([]);
  });

  test('an example that is not compiled says why, naming a file that shows the same code working', () => {
    const skipped = all.filter((e) => e.context?.startsWith('skip: '));
    for (const e of skipped) {
      const files = [...e.context!.matchAll(/`((?:src|test|examples|templates)\/[\w./-]+)`/g)].map((m) => m[1]);
      expect([`${e.doc}:${e.line}`, files.length > 0 && files.every((f) => existsSync(join(root, f)))]).toEqual([
        `${e.doc}:${e.line}`,
        true,
      ]);
    }
    expect(skipped.length).toBeLessThanOrEqual(2);
  });
});
