// Jest setup (jest.config.js setupFilesAfterEnv): every document a test file renders with the kernel's toYaml is
// also written by the `yaml` package (the oracle, src/core/yaml-package.ts). The test file fails if the emitter
// wrote other bytes, except for the documented differences of docs/yaml.md.
import * as yaml from '../../src/core/yaml';
import { packageYaml } from '../../src/core/yaml-package';
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

/** toYaml, checked against the oracle. */
function checkedToYaml(obj: unknown): string {
  const written = emit(obj);
  if (!documentDiffersFromPackage(obj)) {
    const expected = oracle(obj);
    if (written !== expected) mismatches.push(`toYaml wrote\n${written}\nthe yaml package writes\n${expected}`);
  }
  return written;
}

Object.defineProperty(yaml, 'toYaml', { value: checkedToYaml });

afterAll(() => {
  expect(mismatches).toEqual([]);
});
