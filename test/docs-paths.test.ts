import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The files the documentation names in backticks (`src/terraform/terraform-string.ts`, a test, a snapshot) exist:
// a reader who opens one finds it.

const root = join(__dirname, '..');

/** README.md, examples/README.md and docs/*.md (docs/api is generated). */
function documents(): string[] {
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'));
  return ['README.md', 'examples/README.md', ...docs.map((f) => `docs/${f}`)];
}

/** Repository paths in backticks, optionally with `:line` or `:from-to`. */
const NAMED_PATH =
  /`((?:src|test|docs|scripts|examples|templates)\/[A-Za-z0-9_./-]+\.(?:ts|md|snap|json|js|sh|tpl|yaml))(?::\d+(?:-\d+)?)?`/g;

describe('documentation', () => {
  test('every repository file named in backticks exists (from the root, or next to the document)', () => {
    const named = documents().flatMap((doc) =>
      [...readFileSync(join(root, doc), 'utf8').matchAll(NAMED_PATH)].map((m) => ({ doc, path: m[1] })),
    );
    expect(named.length).toBeGreaterThan(300);
    const missing = named.filter(({ doc, path }) => !existsSync(join(root, path)) && !existsSync(join(root, dirname(doc), path)));
    expect(missing).toEqual([]);
  });
});
