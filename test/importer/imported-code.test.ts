// The checks of the importer tests (test/support/imported-code.ts) find what is wrong in a generated folder: the
// compile check a syntax error, a type error, a wrong use of the library it imports, and an unused local (the project's
// tsconfig), each reported in the folder it is in; the format check each file Biome would format otherwise.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type GeneratedApp, generate, typeErrors, typeErrorsByDir, unformatted } from '../support/imported-code';

const ROOT = join(__dirname, '..', '..');
let good: GeneratedApp;
let bad: GeneratedApp;
let formatting: GeneratedApp;

beforeAll(() => {
  good = generate([]);
  bad = generate([]);
  formatting = generate([]);
  const library = relative(bad.dir, join(ROOT, 'src', 'index')).replace(/\\/g, '/');
  writeFileSync(join(good.dir, 'good.ts'), `import { Pipeline } from '${library}';\nexport const p = new Pipeline({ identifier: 'p' });\n`);
  writeFileSync(join(bad.dir, 'typed.ts'), "export const n: number = 'one';\n");
  writeFileSync(
    join(bad.dir, 'library.ts'),
    `import { Pipeline } from '${library}';\nexport const p: Pipeline = new Pipeline({ identifier: 'p', nam: 'p' });\n`,
  );
  writeFileSync(join(bad.dir, 'syntax.ts'), 'export const s = (;\n');
  writeFileSync(join(bad.dir, 'unused.ts'), 'export function f(): number {\n  const unused = 1;\n  return 2;\n}\n');
});

afterAll(() => {
  good.remove();
  bad.remove();
  formatting.remove();
});

describe('typeErrors', () => {
  const at = (file: string) => relative(ROOT, join(bad.dir, file));
  const errors = () => [
    `${at('library.ts')}: Object literal may only specify known properties, but 'nam' does not exist in type 'PipelineProps'. Did you mean to write 'name'?`,
    `${at('syntax.ts')}: Expression expected.`,
    `${at('typed.ts')}: Type 'string' is not assignable to type 'number'.`,
    `${at('unused.ts')}: 'unused' is declared but its value is never read.`,
  ];

  test('reports each error of the generated files with its file and message', () => {
    expect(typeErrors([bad.dir])).toEqual(errors());
  });

  test('one program for several folders gives each folder its own errors; none for code that uses the library correctly', () => {
    const byDir = typeErrorsByDir([good.dir, bad.dir]);
    expect([...byDir.keys()]).toEqual([good.dir, bad.dir]);
    expect(byDir.get(good.dir)).toEqual([]);
    expect(byDir.get(bad.dir)).toEqual(errors());
  });
});

describe('unformatted', () => {
  test('reports the files Biome would format otherwise (in the order given), with the project settings (single quotes, 140 columns)', () => {
    const long = `export const text = '${'x'.repeat(100)}';\n`;
    const files = {
      'formatted.ts': `export const a = { b: 1, c: 'd' };\n${long}`,
      'double-quotes.ts': 'export const a = "b";\n',
      'spacing.ts': 'export const a = {b:1};\n',
      'no-semicolon.ts': "export const a = 'b'\n",
      'wrapped.ts': `export const text =\n  '${'x'.repeat(100)}';\n`,
      'syntax.ts': 'export const a = (;\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(formatting.dir, name), text);
    expect(unformatted(formatting.dir, Object.keys(files))).toEqual([
      'double-quotes.ts',
      'spacing.ts',
      'no-semicolon.ts',
      'wrapped.ts',
      'syntax.ts',
    ]);
    expect(unformatted(formatting.dir, ['formatted.ts'])).toEqual([]);
  });
});
