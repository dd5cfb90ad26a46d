import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The parts of this package's package.json the CLI uses. */
export interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
}

/** This package: its folder and its package.json. */
export interface PackageInfo extends PackageJson {
  /** The folder of package.json (the repository, or `node_modules/cdktf-harness-idp`). */
  readonly root: string;
}

const NAME = 'cdktf-harness-idp';

/** This package's package.json, found by walking up from this file (works from `src/` and from compiled `lib/`). */
export function packageInfo(): PackageInfo {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const json = readJson(join(dir, 'package.json'));
    if (json?.name === NAME) return { ...json, root: dir };
    if (dirname(dir) === dir) throw new Error(`${NAME}: cannot find its own package.json above ${__dirname}`);
  }
}

/**
 * The version range this package is built and tested with for `dependency`: its devDependencies (what the tests
 * run), else its dependencies or peerDependencies.
 */
export function testedVersion(dependency: string): string {
  const pkg = packageInfo();
  const range = pkg.devDependencies?.[dependency] ?? pkg.dependencies?.[dependency] ?? pkg.peerDependencies?.[dependency];
  if (range === undefined) throw new Error(`${NAME}: package.json names no version of '${dependency}'`);
  return range;
}

function readJson(file: string): PackageJson | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
  } catch {
    return undefined;
  }
}
