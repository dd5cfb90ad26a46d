import { relative } from 'node:path';
import type { CliCommand } from '../command';
import { parseInitOptions } from '../init/options';
import { starterFiles, writeStarter } from '../init/starter';

const HELP = `Usage: cdktf-harness-idp init [dir] [options]

Scaffolds a platform team's GitOps repo in dir (default: the current directory): package.json, tsconfig.json,
cdktf.json (no 'cdktf get' needed: the Harness bindings come with the library), main.ts with one team stack and one
self-service workflow, state.ts (local state, and a remote S3 example), a jest test (YAML snapshots and Harness
schema validation), .gitignore and a README with the repo's own commands.

Options:
  --org <id>                Harness organization identifier (default: default)
  --project <id>            Harness project identifier, also the stack name (default: platform)
  --account <id>            Harness account identifier (default: the harness_account_id Terraform variable)
  --gitops-repo <name>      register the workflow through GitOps: commit its YAML to this GitHub repository...
  --github-owner <owner>    ...owned by this user or organization (both are needed)
  --gitops-connector <ref>  Harness Git connector that reads that repository (default: account.github_gitops)
  --library <spec>          how package.json names cdktf-harness-idp (default: ^<this version>); while the package
                            is not on the npm registry, a tarball path (file:...) or a git URL
  --force                   write into a directory that is not empty (files with the same names are overwritten)
  -h, --help                show this help

Then: cd dir && npm install && npx cdktf synth && npm test
`;

export const command: Readonly<CliCommand> = {
  name: 'init',
  usage: 'init [dir]',
  summary: "scaffold a platform team's GitOps repo (one team stack, one workflow, tests, remote-state example)",
  help: HELP,
  async run(args, io) {
    const options = parseInitOptions(args, io.cwd);
    const files = starterFiles(options);
    writeStarter(options, files);
    const rel = relative(io.cwd, options.dir);
    const where = rel === '' ? '.' : rel.startsWith('..') ? options.dir : rel;
    io.out(
      [
        `Created a Harness IDP platform repo in ${where}:`,
        ...files.map((f) => `  ${f.path}`),
        '',
        'Next:',
        ...(where === '.' ? [] : [`  cd ${where}`]),
        '  npm install && npx cdktf synth   # install, then synthesize the stack into cdktf.out/',
        '  npm test                         # snapshots of the pipeline and workflow YAML + Harness schema validation',
        '',
      ].join('\n'),
    );
    return 0;
  },
};
