import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackage } from '../support/package-build';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const REPO = 'https://github.com/acme-platform/cdktf-harness-idp';

describe('package.json', () => {
  test('prepare builds lib/ from a clean folder, so git and tarball installs have it', () => {
    expect(pkg.scripts.prepare).toBe('npm run build');
    expect(pkg.scripts.build).toBe(`node -e "require('fs').rmSync('lib',{recursive:true,force:true})" && tsc -p tsconfig.build.json`);
    expect(JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8'))).toMatchObject({
      compilerOptions: { outDir: 'lib', rootDir: '.' },
      include: ['src/**/*.ts', '.gen/**/*.ts'],
    });
  });

  test('entry points: main/types, and an exports map with . and ./testing (types first) mirrored by typesVersions', () => {
    expect([pkg.main, pkg.types]).toEqual(['lib/src/index.js', 'lib/src/index.d.ts']);
    const entry = (base: string) => ({ types: `./${base}.d.ts`, default: `./${base}.js` });
    expect(pkg.exports).toEqual({
      '.': entry('lib/src/index'),
      './testing': entry('lib/src/testing/index'),
      './testing/jest-global-setup': entry('lib/src/testing/jest-global-setup'),
      './testing/jest-setup': entry('lib/src/testing/jest-setup'),
      './providers/harness': entry('lib/.gen/providers/harness/index'),
      './providers/harness/*': entry('lib/.gen/providers/harness/*/index'),
      './package.json': './package.json',
    });
    // TypeScript's `node10` resolution (module: commonjs) ignores exports and reads typesVersions.
    const subpaths = Object.keys(pkg.exports).filter((k) => k.startsWith('./') && k !== './package.json');
    expect(Object.keys(pkg.typesVersions['*'])).toEqual(subpaths.map((k) => k.slice(2)));
    for (const k of subpaths) expect(pkg.typesVersions['*'][k.slice(2)]).toEqual([pkg.exports[k].types.slice(2)]);
  });

  test('ajv and @types/jest are optional peer dependencies (of the testing entry point), not dependencies', () => {
    expect(pkg.peerDependencies).toEqual({ '@types/jest': '^29.5.14', ajv: '^8.20.0', cdktf: '^0.21.0 || ^0.24.0', constructs: '^10.4.2' });
    expect(pkg.peerDependenciesMeta).toEqual({ '@types/jest': { optional: true }, ajv: { optional: true } });
    expect(Object.keys(pkg.dependencies)).not.toEqual(expect.arrayContaining(['ajv']));
    expect(Object.keys(pkg.dependencies)).not.toContain('@types/jest');
  });

  test('ships the compiled library once (lib/src, lib/.gen), the starter templates, README, LICENSE and CHANGELOG', () => {
    expect(pkg.files).toEqual(['lib/src', 'lib/.gen', 'templates', 'CHANGELOG.md', '!**/*.tsbuildinfo']);
    // npm adds package.json, README and LICENSE by itself; the sources of .gen are not shipped.
    for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md']) expect(existsSync(join(ROOT, f))).toBe(true);
  });

  test('metadata: Apache-2.0 with its full text, repository, bugs, homepage, keywords, Node 20', () => {
    expect(pkg.license).toBe('Apache-2.0');
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^\s*Apache License\n\s*Version 2\.0, January 2004\n\s*http:\/\/www\.apache\.org\/licenses\/\n/);
    for (let section = 1; section <= 9; section++) expect(license).toMatch(new RegExp(`\\n\\s*${section}\\. [A-Z]`));
    expect(license).toContain('END OF TERMS AND CONDITIONS');
    expect(license).toContain('APPENDIX: How to apply the Apache License to your work.');
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPO}.git` });
    expect(pkg.bugs).toEqual({ url: `${REPO}/issues` });
    expect(pkg.homepage).toBe(`${REPO}#readme`);
    expect(pkg.keywords).toEqual(expect.arrayContaining(['cdktf', 'terraform', 'harness', 'harness-idp']));
    expect(pkg.engines).toEqual({ node: '>=20' });
  });

  test('CHANGELOG: a semver policy and an entry for the current version', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toContain('## Versioning policy');
    expect(changelog).toMatch(new RegExp(`\\n## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}\\n`));
  });
});

describe('the compiled package', () => {
  let out: string;
  beforeAll(() => {
    // Compiled from the current sources (incrementally, into node_modules/.cache: see test/support/package-build.ts).
    out = buildPackage();
  }, 300_000);

  /** The files a fresh Node process has loaded after requiring `entry` (and running `then`). */
  function loadedFiles(entry: string, then = ''): string[] {
    const script = `require(${JSON.stringify(entry)}); ${then}; process.stdout.write(JSON.stringify(Object.keys(require.cache)))`;
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, stdio: 'pipe' }).toString());
  }

  test('every export target exists', () => {
    for (const [key, target] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        const built = file.replace('./lib/', `${out}/`).replace('*', 'platform-pipeline');
        expect([key, existsSync(file.startsWith('./lib/') ? built : join(ROOT, file))]).toEqual([key, true]);
      }
    }
  });

  test('the main entry loads nothing of the testing entry point, and not ajv, nor the yaml package (plain data never needs it)', () => {
    const files = loadedFiles(join(out, 'src/index.js'));
    expect(files).toContain(join(out, 'src/stacks/harness-platform-stack.js'));
    expect(files.filter((f) => f.startsWith(join(out, 'src/testing')) || f.startsWith(join(out, 'src/cli')))).toEqual([]);
    expect(files.filter((f) => f.includes('/node_modules/ajv/') || f.includes('/node_modules/yaml/'))).toEqual([]);
  });

  test('toYaml loads the yaml package the first time a value needs it (a Date), not for plain data', () => {
    const toYaml = (value: string) => `require(${JSON.stringify(join(out, 'src/core/yaml.js'))}).toYaml(${value})`;
    const yamlFiles = (files: string[]) => files.filter((f) => f.includes('/node_modules/yaml/'));
    expect(yamlFiles(loadedFiles(join(out, 'src/index.js'), toYaml('{ a: [1, "on", null] }')))).toEqual([]);
    expect(loadedFiles(join(out, 'src/index.js'), toYaml('{ at: new Date(0) }'))).toContain(require.resolve('yaml'));
  });

  test('the testing entry point loads ajv only when it compiles or loads a schema', () => {
    const files = loadedFiles(join(out, 'src/testing/index.js'));
    expect(files).toContain(join(out, 'src/testing/schema-download.js'));
    expect(files.filter((f) => f.includes('/node_modules/ajv/'))).toEqual([]);
  });

  test('the compiled CLI finds its subcommands (.js files) and its templates', () => {
    const help = execFileSync(process.execPath, [join(out, 'src/cli/main.js'), '--help'], { cwd: ROOT }).toString();
    expect(help).toMatch(/\n {2}init \[dir\] +scaffold /);
    expect(help).toMatch(/\n {2}schema fetch\|path +download /);
    const dir = mkdtempSync(join(ROOT, '.starter-test-'));
    try {
      execFileSync(process.execPath, [join(out, 'src/cli/main.js'), 'init', dir, '--force'], { cwd: ROOT, stdio: 'pipe' });
      expect(readFileSync(join(dir, 'main.ts'), 'utf8')).toContain('new HarnessPlatformStack(app, "platform", {');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
