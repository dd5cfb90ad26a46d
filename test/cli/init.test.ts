import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageName } from '../../src/cli/init/options';
import { templatesDir } from '../../src/cli/init/starter';
import { systemTmpdirEnv } from '../support/scratch-tmpdir';
import { cli, ROOT, repoTempDir } from './support';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const STARTER_FILES = [
  'package.json',
  'cdktf.json',
  'README.md',
  'main.ts',
  'state.ts',
  'main.test.ts',
  'jest.config.js',
  'tsconfig.json',
  '.gitignore',
];

let dir: string;
beforeEach(() => {
  dir = repoTempDir();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (file: string): string => readFileSync(join(dir, 'app', file), 'utf8');

/**
 * Runs the starter app with tsx, the library mapped to this repository's sources (as the installed package would
 * provide it), and returns the synthesized cdk.tf.json of its stack.
 */
function synthStarter(stack: string): any {
  const app = join(dir, 'app');
  writeFileSync(
    join(app, 'tsconfig.paths.json'),
    JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: {
        paths: { 'cdktf-harness-idp': [join(ROOT, 'src/index.ts')], 'cdktf-harness-idp/testing': [join(ROOT, 'src/testing/index.ts')] },
      },
    }),
  );
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['main.ts'], {
    cwd: app,
    env: { ...process.env, ...systemTmpdirEnv(), CDKTF_OUTDIR: 'cdktf.out', TSX_TSCONFIG_PATH: 'tsconfig.paths.json' },
    stdio: 'pipe',
  });
  return JSON.parse(readFileSync(join(app, 'cdktf.out/stacks', stack, 'cdk.tf.json'), 'utf8'));
}

describe('cdktf-harness-idp init', () => {
  test('writes the starter repo and says what to run next', async () => {
    const result = await cli(['init', 'app', '--project', 'payments'], dir);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Created a Harness IDP platform repo in app:',
        ...STARTER_FILES.map((f) => `  ${f}`),
        '',
        'Next:',
        '  cd app',
        '  npm install && npx cdktf synth   # install, then synthesize the stack into cdktf.out/',
        '  npm test                         # snapshots of the pipeline and workflow YAML + Harness schema validation',
        '',
      ].join('\n'),
    });
    expect(readdirSync(join(dir, 'app')).sort()).toEqual([...STARTER_FILES].sort());
  });

  test('package.json: the library, cdktf, constructs and the test tooling, at the versions the library uses', async () => {
    await cli(['init', 'app'], dir);
    const dev = pkg.devDependencies;
    expect(JSON.parse(read('package.json'))).toEqual({
      name: 'app',
      version: '0.1.0',
      private: true,
      description: 'Harness IDP self-service workflows of the platform project, as code (cdktf-harness-idp)',
      engines: { node: '>=20.6' },
      scripts: { synth: 'cdktf synth', test: 'jest', typecheck: 'tsc --noEmit' },
      dependencies: { cdktf: dev.cdktf, 'cdktf-harness-idp': `^${pkg.version}`, constructs: dev.constructs },
      devDependencies: {
        '@types/jest': dev['@types/jest'],
        '@types/node': dev['@types/node'],
        ajv: dev.ajv,
        'cdktf-cli': dev['cdktf-cli'],
        jest: dev.jest,
        'ts-jest': dev['ts-jest'],
        tsx: dev.tsx,
        typescript: dev.typescript,
      },
    });
    expect(dev.typescript).toMatch(/^[~^]?5\./);
  });

  test('cdktf.json needs no `cdktf get`: no providers to generate, the bindings come with the package', async () => {
    await cli(['init', 'app'], dir);
    expect(JSON.parse(read('cdktf.json'))).toEqual({
      language: 'typescript',
      app: 'node --import tsx main.ts',
      sendCrashReports: 'false',
      terraformProviders: [],
      terraformModules: [],
      context: {},
    });
  });

  test('the starter synthesizes: one team stack, one workflow with its pipeline, local state with a relative path', async () => {
    await cli(['init', 'app', '--org', 'acme', '--project', 'payments'], dir);
    expect(read('main.ts')).toContain('new HarnessPlatformStack(app, "payments", {\n    orgId: "acme",\n    projectId: "payments",\n');
    const json = synthStarter('payments');
    expect(json.terraform.backend).toEqual({ local: { path: '../../../terraform.payments.tfstate' } });
    expect(Object.keys(json.resource).sort()).toEqual(['harness_platform_idp_catalog_entity', 'harness_platform_pipeline']);
    expect(Object.values(json.resource.harness_platform_pipeline)).toEqual([
      expect.objectContaining({ identifier: 'hello_platform', org_id: 'acme', project_id: 'payments' }),
    ]);
    expect(Object.values(json.resource.harness_platform_idp_catalog_entity)).toEqual([
      expect.objectContaining({ identifier: 'hello_platform', kind: 'workflow', org_id: 'acme', project_id: 'payments' }),
    ]);
    expect(json.provider.harness[0].account_id).toBe('${var.harness_account_id}');
    expect(json.provider.github).toBeUndefined();
  }, 60_000);

  test('--account and GitOps registration reach the stack and the workflow', async () => {
    const args = ['--account', 'AbC_12-x', '--gitops-repo', 'platform-gitops', '--github-owner', 'acme-platform'];
    await cli(['init', 'app', '--project', 'payments', ...args, '--gitops-connector', 'org.github'], dir);
    const json = synthStarter('payments');
    expect(json.provider.harness[0].account_id).toBe('AbC_12-x');
    expect(json.provider.github).toEqual([{ owner: 'acme-platform', token: '${var.github_token}' }]);
    const files = Object.values(json.resource.github_repository_file) as Array<Record<string, unknown>>;
    expect(files.map((f) => [f.repository, f.file])).toEqual([['platform-gitops', 'workflows/default/payments/hello_platform.yaml']]);
    expect(read('README.md')).toContain(
      'export TF_VAR_github_token=...                # contents:write on acme-platform/platform-gitops\n',
    );
    expect(read('README.md')).not.toContain('TF_VAR_harness_account_id');
  }, 60_000);

  test('refuses a directory that is not empty, unless --force, which leaves other files alone', async () => {
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', 'notes.txt'), 'mine');
    expect(await cli(['init', 'app'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: `cdktf-harness-idp init: ${join(dir, 'app')} is not empty (notes.txt). Fix: choose a new or empty directory, or pass --force to write the starter's files into it (files with the same names are overwritten)\n`,
    });
    expect(existsSync(join(dir, 'app', 'main.ts'))).toBe(false);
    expect((await cli(['init', 'app', '--force'], dir)).code).toBe(0);
    expect(read('notes.txt')).toBe('mine');
    expect(existsSync(join(dir, 'app', 'main.ts'))).toBe(true);
  });

  test('a file in place of the directory is refused', async () => {
    writeFileSync(join(dir, 'app'), '');
    expect(await cli(['init', 'app'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: `cdktf-harness-idp init: ${join(dir, 'app')} is a file. Fix: give a directory\n`,
    });
  });

  const usage = (message: string): string => `cdktf-harness-idp init: ${message}\nRun 'cdktf-harness-idp init --help' for usage.\n`;
  test.each([
    [
      ['--org', 'my-org'],
      "--org: 'my-org' is not a valid Harness identifier (must match ^[a-zA-Z_][0-9a-zA-Z_]{0,127}$: a letter or _ first, then letters, digits or _, at most 128 characters; no '-', '.', '$' or spaces). Fix: use for example 'my_org'",
    ],
    [
      ['--project', 'account'],
      "--project: 'account' is a reserved word in Harness. Fix: choose another identifier, for example 'account_1'",
    ],
    [
      ['--account', 'abc def'],
      "--account: 'abc def' is not a Harness account identifier (must match ^[A-Za-z0-9_-]{1,64}$). Fix: correct it",
    ],
    [
      ['--gitops-repo', 'gitops'],
      '--github-owner: --gitops-repo needs it (GitOps registration commits the workflow YAML to <owner>/<repo>). Fix: pass both',
    ],
    [
      ['--github-owner', 'acme'],
      '--gitops-repo: --github-owner needs it (GitOps registration commits the workflow YAML to <owner>/<repo>). Fix: pass both',
    ],
    [
      ['--gitops-repo', 'gitops', '--github-owner', 'acme"; rm -rf /'],
      "--github-owner: 'acme\"; rm -rf /' is not a GitHub user or organization name (must match ^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$). Fix: correct it",
    ],
    [
      ['--gitops-repo', 'acme/gitops', '--github-owner', 'acme'],
      "--gitops-repo: 'acme/gitops' is not a GitHub repository name (without owner or URL) (must match ^(?!\\.\\.?$)[A-Za-z0-9_.-]{1,100}$). Fix: correct it",
    ],
    [
      ['--gitops-repo', 'gitops', '--github-owner', 'acme', '--gitops-connector', 'project.x'],
      "--gitops-connector: 'project.x' is not a Harness connector reference such as 'account.github_gitops' (must match ^(?:(?:account|org)\\.)?[a-zA-Z_][0-9a-zA-Z_]{0,127}$). Fix: correct it",
    ],
    [
      ['--library', 'file:my lib.tgz'],
      "--library: 'file:my lib.tgz' is not an npm package spec. Fix: give a version range, a tarball path or a git URL",
    ],
    [['second'], "expected at most one directory, got 'app', 'second'"],
    [['--region', 'eu'], "Unknown option '--region'"],
  ])('%j is refused with a message naming the option and the fix', async (args, message) => {
    expect(await cli(['init', 'app', ...args], dir)).toEqual({ code: 2, stdout: '', stderr: usage(message) });
    expect(existsSync(join(dir, 'app'))).toBe(false);
  });

  test('--library sets how package.json names the library (a tarball or git URL while unpublished)', async () => {
    await cli(['init', 'app', '--library', 'file:../cdktf-harness-idp-0.1.0.tgz'], dir);
    expect(JSON.parse(read('package.json')).dependencies['cdktf-harness-idp']).toBe('file:../cdktf-harness-idp-0.1.0.tgz');
  });

  test('every template is used', () => {
    const used = [
      'README.md.tpl',
      'main.ts.tpl',
      'state.ts.tpl',
      'main.test.ts.tpl',
      'jest.config.js.tpl',
      'tsconfig.json.tpl',
      'gitignore.tpl',
    ];
    expect(readdirSync(templatesDir()).sort()).toEqual(used.sort());
  });
});

describe('packageName', () => {
  test.each([
    ['platform-repo', 'platform-repo'],
    ['My Platform Repo', 'my-platform-repo'],
    ['.hidden_dir', 'hidden_dir'],
    ['___', 'harness-idp-platform'],
    ['node_modules', 'harness-idp-platform'],
  ])('%s -> %s', (dirName, expected) => {
    expect(packageName(dirName)).toBe(expected);
  });
});
