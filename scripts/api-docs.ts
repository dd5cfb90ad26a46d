// `npm run docs:api`: regenerates the API reference in docs/api/ with TypeDoc (typedoc.json) and records, in
// docs/api/.api-surface.json, the hash of the public surface it was generated from and the hash of the files written.
// test/api-surface.test.ts recomputes both (in about a second, where TypeDoc takes half a minute) and fails with
// "run `npm run docs:api`" when the surface changed or a file of docs/api was edited by hand.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadPublicApi, type PublicApi, sha256, surfaceText } from './api-surface';

/** Where the reference goes, and the record of what it was generated from. */
export const API_DOCS_DIR = 'docs/api';
export const API_DOCS_STAMP = '.api-surface.json';

/** The layer indexes whose `// Group` comments become the categories of the reference. */
const LAYER_INDEXES = ['constructs', 'stacks', 'pipeline', 'workflow', 'core', 'terraform', 'testing'].map((l) => `src/${l}/index.ts`);

/** What the reference was generated from, and what was written. */
export interface ApiDocsStamp {
  /** SHA-256 of the public surface text, the TypeDoc configuration and the TypeDoc versions. */
  readonly surface: string;
  /** SHA-256 of the files of docs/api (paths and contents), the stamp excepted. */
  readonly docs: string;
}

const version = (root: string, pkg: string): string =>
  JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

/** The hash of everything the reference is generated from. */
export function surfaceHash(root: string, api: PublicApi = loadPublicApi(root)): string {
  const inputs = [
    surfaceText(api),
    // The configuration, and what files the reference into groups: the plugin and the group comments of the indexes.
    ...['typedoc.json', 'scripts/typedoc-categories.mjs', ...LAYER_INDEXES].map((f) => readFileSync(join(root, f), 'utf8')),
    `typedoc ${version(root, 'typedoc')}`,
    `typedoc-plugin-markdown ${version(root, 'typedoc-plugin-markdown')}`,
  ];
  return sha256(inputs.join('\n\0\n'));
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? files(full) : [full];
    });
}

/** The hash of the generated files. */
export function docsHash(root: string): string {
  const dir = join(root, API_DOCS_DIR);
  const parts = files(dir)
    .filter((f) => relative(dir, f) !== API_DOCS_STAMP)
    .map((f) => `${relative(dir, f)}\n${readFileSync(f, 'utf8')}`);
  return sha256(parts.join('\n\0\n'));
}

/** The recorded stamp, or undefined when there is none. */
export function readStamp(root: string): ApiDocsStamp | undefined {
  try {
    return JSON.parse(readFileSync(join(root, API_DOCS_DIR, API_DOCS_STAMP), 'utf8'));
  } catch {
    return undefined;
  }
}

function main(): void {
  const root = join(__dirname, '..');
  const run = spawnSync(join(root, 'node_modules/.bin/typedoc'), [], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const stamp: ApiDocsStamp = { surface: surfaceHash(root), docs: docsHash(root) };
  writeFileSync(join(root, API_DOCS_DIR, API_DOCS_STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
  console.log(`${API_DOCS_DIR}: ${files(join(root, API_DOCS_DIR)).length} files, surface ${stamp.surface.slice(0, 12)}`);
}

if (require.main === module) main();
