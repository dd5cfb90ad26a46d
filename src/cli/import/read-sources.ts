import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ImportSource } from '../../importer/project';

/** The YAML files of the given files and folders (folders searched recursively), in name order. */
export function readSources(paths: readonly string[], cwd: string): ImportSource[] {
  const files: string[] = [];
  const visit = (p: string): void => {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const full = join(p, name);
        if (statSync(full).isDirectory() ? !name.startsWith('.') && name !== 'node_modules' : /\.ya?ml$/i.test(name)) visit(full);
      }
    } else {
      files.push(p);
    }
  };
  for (const p of paths) visit(resolve(cwd, p));
  return files.map((f) => ({ name: relative(cwd, f) || f, text: readFileSync(f, 'utf8') }));
}
