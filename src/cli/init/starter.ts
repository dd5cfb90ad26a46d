import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageInfo, testedVersion } from '../package-info';
import type { InitOptions } from './options';
import { renderTemplate, type TemplateFlags, type TemplateValues } from './template';

/** A file of the starter repo: its path in the repo and its text. */
export interface StarterFile {
  readonly path: string;
  readonly content: string;
}

/** Starter files rendered from `templates/init/<template>` (shipped with the package). */
const TEMPLATED: ReadonlyArray<readonly [path: string, template: string]> = [
  ['README.md', 'README.md.tpl'],
  ['main.ts', 'main.ts.tpl'],
  ['state.ts', 'state.ts.tpl'],
  ['main.test.ts', 'main.test.ts.tpl'],
  ['jest.config.js', 'jest.config.js.tpl'],
  ['tsconfig.json', 'tsconfig.json.tpl'],
  // npm leaves files named .gitignore out of packages.
  ['.gitignore', 'gitignore.tpl'],
];

/** The development dependencies of the starter; the versions are the ones this package is tested with. */
const DEV_DEPENDENCIES: readonly string[] = ['@types/jest', '@types/node', 'ajv', 'cdktf-cli', 'jest', 'ts-jest', 'tsx', 'typescript'];

/** The folder of the starter's templates. */
export function templatesDir(): string {
  return join(packageInfo().root, 'templates', 'init');
}

/** Every file of the starter repo, in a fixed order. */
export function starterFiles(options: InitOptions): StarterFile[] {
  const values: TemplateValues = {
    packageName: options.packageName,
    orgId: options.orgId,
    projectId: options.projectId,
    stackId: options.projectId,
    ...(options.accountId !== undefined ? { accountId: options.accountId } : {}),
    ...(options.gitOps
      ? { githubOwner: options.gitOps.owner, gitopsRepo: options.gitOps.repository, gitopsConnector: options.gitOps.connectorRef }
      : {}),
  };
  const flags: TemplateFlags = { account: options.accountId !== undefined, gitops: options.gitOps !== undefined };
  const rendered = TEMPLATED.map(([path, template]) => ({
    path,
    content: renderTemplate(template, readFileSync(join(templatesDir(), template), 'utf8'), values, flags),
  }));
  return [
    { path: 'package.json', content: json(starterPackageJson(options)) },
    { path: 'cdktf.json', content: json(starterCdktfJson()) },
    ...rendered,
  ];
}

/** The starter's package.json: the library, cdktf and the test tooling, at the versions this package uses. */
export function starterPackageJson(options: InitOptions): Record<string, unknown> {
  return {
    name: options.packageName,
    version: '0.1.0',
    private: true,
    description: `Harness IDP self-service workflows of the ${options.projectId} project, as code (cdktf-harness-idp)`,
    engines: { node: '>=20.6' },
    scripts: { synth: 'cdktf synth', test: 'jest', typecheck: 'tsc --noEmit' },
    dependencies: {
      cdktf: testedVersion('cdktf'),
      [packageInfo().name]: options.librarySpec,
      constructs: testedVersion('constructs'),
    },
    devDependencies: Object.fromEntries(DEV_DEPENDENCIES.map((d) => [d, testedVersion(d)])),
  };
}

/**
 * The starter's cdktf.json. No `terraformProviders`: the Harness provider bindings come with the package, so
 * `cdktf synth` needs no `cdktf get` (which would look for bindings in `.gen`). The app runs `main.ts` with
 * `node --import tsx` (Node 20.6 or later, hence the starter's `engines`): `npx tsx` starts npm first, which made
 * each `cdktf synth` about 0.5 s slower.
 */
export function starterCdktfJson(): Record<string, unknown> {
  return {
    language: 'typescript',
    app: 'node --import tsx main.ts',
    sendCrashReports: 'false',
    terraformProviders: [],
    terraformModules: [],
    context: {},
  };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes the files into `options.dir` (created if missing). Refuses a directory that holds anything unless
 * `options.force` is set; then it overwrites the starter's files and leaves the others alone.
 */
export function writeStarter(options: InitOptions, files: readonly StarterFile[]): void {
  if (existsSync(options.dir)) {
    if (!statSync(options.dir).isDirectory()) throw new Error(`${options.dir} is a file. Fix: give a directory`);
    const entries = readdirSync(options.dir).sort();
    if (entries.length > 0 && !options.force) {
      const shown = entries.length > 5 ? [...entries.slice(0, 5), '...'] : entries;
      throw new Error(
        `${options.dir} is not empty (${shown.join(', ')}). Fix: choose a new or empty directory, or pass --force to write ` +
          "the starter's files into it (files with the same names are overwritten)",
      );
    }
  }
  for (const file of files) {
    const target = join(options.dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}
