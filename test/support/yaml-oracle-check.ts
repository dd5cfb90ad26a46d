// Jest setup (jest.config.js setupFilesAfterEnv): every document a test file renders with the kernel's toYaml is
// also written by the `yaml` package (the oracle, src/core/yaml-package.ts). The test file fails if the emitter
// wrote other bytes, except for the documented differences of docs/yaml.md. The yaml package writes a document once
// per test file: a document of the same structure (see structureKey) is compared with the text it wrote the first time.
import * as yaml from '../../src/core/yaml';
import { packageYaml } from '../../src/core/yaml-package';
import { structureKey } from './structure-key';
import { documentDiffersFromPackage } from './yaml-differences';

const emit = yaml.toYaml;
const mismatches: string[] = [];

function oracle(obj: unknown): string {
  try {
    const text: string | undefined = packageYaml(obj);
    return text === undefined ? text : text.normalize('NFC');
  } catch (e) {
    return `the yaml package throws: ${(e as Error).message}`;
  }
}

const byStructure = new Map<string, string | undefined>();

/** The oracle's text for `obj`, written by the yaml package once per structure. */
function expectedText(obj: unknown): string | undefined {
  const key = structureKey(obj);
  if (key === undefined) return oracle(obj);
  if (!byStructure.has(key)) byStructure.set(key, oracle(obj));
  return byStructure.get(key);
}

/** toYaml, checked against the oracle. */
function checkedToYaml(obj: unknown): string {
  const written = emit(obj);
  if (!documentDiffersFromPackage(obj)) {
    const expected = expectedText(obj);
    if (written !== expected) mismatches.push(`toYaml wrote\n${written}\nthe yaml package writes\n${expected}`);
  }
  return written;
}

Object.defineProperty(yaml, 'toYaml', { value: checkedToYaml });

afterAll(() => {
  expect(mismatches).toEqual([]);
});
