import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? tsFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

describe('layers', () => {
  test.each(['src/pipeline', 'src/workflow'])('%s imports neither cdktf, constructs, .gen nor the construct layers', (layer) => {
    const offenders = tsFiles(join(root, layer)).flatMap((f) =>
      imports(f)
        .filter((m) => /^(cdktf|constructs)(\/|$)|^@cdktf\/|\.gen\/|\/(constructs|stacks)(\/|$)/.test(m))
        .map((m) => `${relative(root, f)} imports ${m}`),
    );
    expect(offenders).toEqual([]);
  });

  test('the pipeline model does not import the workflow model (data flows down)', () => {
    const offenders = tsFiles(join(root, 'src/pipeline')).flatMap((f) =>
      imports(f)
        .filter((m) => /\/workflow(\/|$)/.test(m))
        .map((m) => `${relative(root, f)} imports ${m}`),
    );
    expect(offenders).toEqual([]);
  });
});
