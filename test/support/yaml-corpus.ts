// Test support (not a test): real documents for the YAML writer tests and benchmark. Every YAML snapshot of
// test/**/__snapshots__ and every reference fixture (test/fixtures/reference), parsed back to plain objects.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { referenceFiles, referenceText } from './reference-examples';

const TEST_ROOT = join(__dirname, '..');

/** One document: where it comes from, and its content as plain data. */
export interface CorpusDocument {
  readonly name: string;
  /** The stored text. */
  readonly text: string;
  /** The text parsed as YAML 1.1. */
  readonly value: unknown;
}

function snapshotFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return snapshotFiles(full);
    return full.endsWith('.snap') && dir.endsWith('__snapshots__') ? [full] : [];
  });
}

/** The YAML texts of one snapshot value: a printed string, or an object of strings (one per file name). */
function yamlTexts(printed: string): Array<[string, string]> {
  if (printed.startsWith('\n"')) return [['', printed.slice(2, -2)]];
  return [...printed.matchAll(/^ {2}"([^"\n]+)": "([\s\S]*?\n)",?$/gm)].map((m) => [m[1], m[2]]);
}

/** The text as YAML 1.1 if it is a YAML mapping or sequence (snapshots also hold HCL and JSON text), else undefined. */
function parsed(text: string): unknown {
  try {
    const value: unknown = parse(text, { version: '1.1' });
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Every YAML document stored in a snapshot file (jest writes them unescaped, see jest.config.js). */
export function snapshotDocuments(): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (const file of snapshotFiles(TEST_ROOT)) {
    const stored: Record<string, string> = {};
    new Function('exports', readFileSync(file, 'utf8'))(stored);
    for (const [title, printed] of Object.entries(stored)) {
      for (const [name, text] of yamlTexts(printed)) {
        const value = parsed(text);
        if (value !== undefined) docs.push({ name: `${relative(TEST_ROOT, file)}: ${title}${name ? ` ${name}` : ''}`, text, value });
      }
    }
  }
  return docs;
}

/** Every reference fixture (the example pipelines and workflows of the seven patterns), parsed. */
export function referenceCorpus(): CorpusDocument[] {
  return referenceFiles().flatMap((file) => {
    const text = referenceText(file);
    const value = parsed(text);
    return value === undefined ? [] : [{ name: `reference ${file}`, text, value }];
  });
}
