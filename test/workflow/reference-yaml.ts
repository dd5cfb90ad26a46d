// Test support (not a test): the validated YAML examples of the Harness reference, parsed at test time.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The shared reference document (sections A and C hold `# file: NAME` YAML blocks). */
export const REFERENCE_PATH = '/work/shared/design/harness-reference.md';

let cache: Map<string, unknown> | undefined;

/** Every fenced YAML block of the reference that starts with `# file: NAME`, keyed by NAME. */
export function referenceDocuments(): Map<string, unknown> {
  if (cache) return cache;
  if (!existsSync(REFERENCE_PATH)) {
    throw new Error(
      `Reference file ${REFERENCE_PATH} is missing: the workflow reference tests compare against its YAML examples and cannot run without it`,
    );
  }
  const text = readFileSync(REFERENCE_PATH, 'utf8');
  const docs = new Map<string, unknown>();
  for (const m of text.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const body = m[1];
    const name = body.match(/^# file: (\S+)/);
    if (name) docs.set(name[1], parse(body));
  }
  cache = docs;
  return docs;
}

/** One reference document; throws (failing the test) if it is not in the reference. */
export function referenceDocument(name: string): any {
  const doc = referenceDocuments().get(name);
  if (doc === undefined) {
    throw new Error(`${REFERENCE_PATH} has no YAML block '# file: ${name}' (found: ${[...referenceDocuments().keys()].join(', ')})`);
  }
  return doc;
}
