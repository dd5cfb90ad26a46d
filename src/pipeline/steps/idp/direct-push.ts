import type { Expression } from '../../../core/expression';
import { Step, type StepProps } from '../../step';
import { type ContainerResources, renderContainerResources } from '../common/container-resources';
import { requireText } from '../common/field-checks';
import { checkGitTarget, type GitTarget, renderGitTarget } from './git-target';

/** Props of a {@link DirectPushStep}. */
export interface DirectPushStepProps extends StepProps, GitTarget {
  /** Workspace directory whose content is pushed, e.g. the Cookiecutter output (the project name). */
  readonly codeDirectory: string | Expression;
  /** Branch to push to, e.g. `main`. */
  readonly branch: string | Expression;
  /** Directory in the repository that receives the code (schema field; not described in the docs). @default - the repository root */
  readonly codeOutputDirectory?: string | Expression;
  /**
   * Force-push, overwriting the branch. Needed when the provider initialised the new repository with a
   * commit.
   * @default false
   */
  readonly forcePush?: boolean;
  /** Container resources. @default - the infrastructure's defaults */
  readonly resources?: ContainerResources;
}

/**
 * The IDP DirectPush step (`IDPDirectPushPlanInfo`): pushes a workspace directory to a repository.
 * Harness only pushes to repositories "within the same project where the Direct Push step is being
 * executed".
 * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/harness-pipeline
 */
export class DirectPushStep extends Step {
  public readonly type = 'DirectPush';
  private readonly props: DirectPushStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: DirectPushStepProps) {
    super(props);
    this.props = props;
    const where = this.describe();
    checkGitTarget(props, where);
    requireText(
      props.codeDirectory,
      where,
      'spec.codeDirectory',
      'pass the workspace directory to push, e.g. the project name the Cookiecutter step rendered',
    );
    requireText(props.branch, where, 'spec.branch', "pass the branch to push to, e.g. 'main'");
    renderContainerResources(props.resources, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      ...renderGitTarget(p),
      codeDirectory: p.codeDirectory,
      codeOutputDirectory: p.codeOutputDirectory,
      branch: p.branch,
      forcePush: p.forcePush,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}
