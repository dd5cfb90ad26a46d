import { fail } from '../../../core/errors';
import { Expression, type StepOutput } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { checkGitTarget, type GitTarget, renderGitTarget } from './git-target';

/** Props of a {@link CreateRepoStep}. */
export interface CreateRepoStepProps extends StepProps, GitTarget {
  /** Repository visibility: `public` or `private` (or an expression). */
  readonly repoType: 'public' | 'private' | Expression;
  /** Repository description (`spec.description`). @default - none */
  readonly repositoryDescription?: string | Expression;
  /** Default branch of the new repository. @default - not set (the Git provider's default branch) */
  readonly defaultBranch?: string | Expression;
  /** Create the repository under a personal account rather than an organization. @default - organization */
  readonly personalAccount?: boolean;
}

/** Typed outputs of a {@link CreateRepoStep}. */
export interface CreateRepoOutputs {
  /** URL of the new repository. */
  readonly repositoryUrl: StepOutput;
}

/** The IDP CreateRepo step (`IDPCreateRepoPlanInfo`): creates a repository in the Git provider. */
export class CreateRepoStep extends Step {
  public readonly type = 'CreateRepo';
  /** Typed references to the step's outputs (e.g. `repositoryUrl`). */
  public readonly outputs: CreateRepoOutputs;
  private readonly props: CreateRepoStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: CreateRepoStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkGitTarget(props, where);
    const repoType: unknown = props.repoType;
    if (!(repoType instanceof Expression) && repoType !== 'public' && repoType !== 'private') {
      fail(
        where,
        'spec.repoType',
        `'${String(repoType)}' is not a repository type`,
        "use 'public' or 'private' (lowercase), or an expression",
      );
    }
    this.outputs = { repositoryUrl: this.outputVariable('repositoryUrl') };
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      ...renderGitTarget(p),
      repoType: p.repoType,
      description: p.repositoryDescription,
      defaultBranch: p.defaultBranch,
      personalAccount: p.personalAccount,
    };
  }
}
