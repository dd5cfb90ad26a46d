import type { RepositoryFile } from '@cdktf/provider-github/lib/repository-file';
import { TerraformProvider, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';
import { reportProblems } from './synth-session';

/**
 * Reports a problem of `owner` when `file` (a file the library commits with the GitHub provider) has no provider of
 * its own and its stack has no GitHub provider: CDKTF would stop the synthesis at that stack, after the stacks before
 * it were written, with a message that names neither the construct nor the setting (docs/rules.md#github-provider).
 *
 * @param field the prop that asked for the commit, e.g. `registration` or `storage`
 * @param target the file in messages: `<repository>@<branch>:<path>`
 */
export function requireGithubProvider(owner: IConstruct, file: RepositoryFile, field: string, target: string): void {
  reportProblems(owner, (session) => {
    const stack = TerraformStack.of(file);
    if (file.provider !== undefined || session.cached(stack, 'github-provider', () => hasGithubProvider(stack))) return [];
    return [
      {
        path: '',
        field,
        problem: `commits '${target}' to GitHub, but stack '${stack.node.id}' has no GitHub provider`,
        fix:
          "set github: { owner: '<organization>' } on the HarnessPlatformStack, add a GithubProvider to the stack, " +
          'or pass githubProvider',
      },
    ];
  });
}

function hasGithubProvider(stack: TerraformStack): boolean {
  return stack.node.findAll().some((c) => c instanceof TerraformProvider && c.terraformResourceType === 'github');
}
