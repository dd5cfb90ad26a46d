import { fail } from '../../../core/errors';
import type { Expression } from '../../../core/expression';
import { RuntimeInput } from '../../../core/runtime-input';
import { Step, type StepProps } from '../../step';
import { type ContainerStepOptions, renderContainerResources } from './container-resources';
import { GitCloneBuild } from './git-clone-build';

/** How a GitClone step handles submodules (`submoduleStrategy`). */
export enum SubmoduleStrategy {
  /** Check out submodules. */
  TRUE = 'true',
  /** Leave submodules out. */
  FALSE = 'false',
  /** Check out submodules recursively. */
  RECURSIVE = 'recursive',
}

/** Props of a {@link GitCloneStep}. */
export interface GitCloneStepProps extends StepProps, ContainerStepOptions {
  /**
   * What to check out: `GitCloneBuild.branch('main')`, `.tag()`, `.pullRequest()`, `.commitSha()`, or a
   * runtime input.
   */
  readonly build: GitCloneBuild | RuntimeInput;
  /**
   * Git connector of the repository (HTTP auth; IDP steps do not support SSH connectors),
   * e.g. `account.github_org`.
   * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/harness-pipeline
   * @default - none (a Harness Code repository)
   */
  readonly connectorRef?: string;
  /**
   * Repository name. Needed when the connector's URL type is Account; a Repository-type connector
   * already names the repository.
   * @default - the connector's repository
   */
  readonly repoName?: string | Expression;
  /** Azure DevOps project of the repository. @default - none */
  readonly projectName?: string | Expression;
  /**
   * Where to clone in the stage workspace, e.g. `/harness/cookiecutter-template`. A CookieCutter step can
   * read it with `fromClone`.
   * @default - chosen by Harness
   */
  readonly cloneDirectory?: string | Expression;
  /** Number of commits to fetch; 0 fetches the full history. @default - Harness' default */
  readonly depth?: number | RuntimeInput;
  /** Verify the Git server's TLS certificate. @default - true (Harness' default) */
  readonly sslVerify?: boolean | RuntimeInput;
  /** Download Git LFS files. @default - false (Harness' default) */
  readonly lfs?: boolean | RuntimeInput;
  /** Fetch tags as well. @default - false (Harness' default) */
  readonly fetchTags?: boolean | RuntimeInput;
  /** Verbose Git output. @default - false (Harness' default) */
  readonly debug?: boolean | RuntimeInput;
  /** Paths for a sparse checkout. @default - full checkout */
  readonly sparseCheckout?: readonly string[] | RuntimeInput;
  /** Submodule handling. @default - Harness' default */
  readonly submoduleStrategy?: SubmoduleStrategy | RuntimeInput;
  /** A command run before the fetch. @default - none */
  readonly preFetchCommand?: string | Expression;
  /** Files whose content the step exports as outputs. @default - none */
  readonly outputFilePathsContent?: readonly string[];
}

/**
 * A GitClone step (`GitCloneStepInfo`): clones a repository into the stage workspace. In an IDP stage this
 * replaces the unsupported stage-level clone (docs/rules.md#idp-stage-no-clone-codebase); a private Cookiecutter
 * template is cloned this way (docs/rules.md#cookiecutter-private-template-path).
 */
export class GitCloneStep extends Step {
  public readonly type = 'GitClone';
  /** Where the repository is cloned, if set. */
  public readonly cloneDirectory?: string | Expression;
  private readonly props: GitCloneStepProps;

  /** Creates the step; its fields are checked at once, so a mistake throws a `ValidationError` naming the field and the fix. */
  constructor(props: GitCloneStepProps) {
    super(props);
    this.props = props;
    this.cloneDirectory = props.cloneDirectory;
    const where = this.describe();
    if (!(props.build instanceof GitCloneBuild) && !(props.build instanceof RuntimeInput)) {
      fail(where, 'spec.build', 'is required and must be a GitCloneBuild or a runtime input', "pass e.g. GitCloneBuild.branch('main')");
    }
    const depth = props.depth;
    if (depth !== undefined && !(depth instanceof RuntimeInput) && (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0)) {
      fail(
        where,
        'spec.depth',
        `${String(depth)} is not a clone depth`,
        'pass a whole number of commits (0 for the full history) or a runtime input',
      );
    }
    renderContainerResources(props.resources, where);
  }

  protected renderSpec(): Record<string, unknown> {
    const p = this.props;
    return {
      connectorRef: p.connectorRef,
      repoName: p.repoName,
      projectName: p.projectName,
      cloneDirectory: p.cloneDirectory,
      build: p.build instanceof GitCloneBuild ? p.build.toObject() : p.build,
      depth: p.depth,
      sslVerify: p.sslVerify,
      lfs: p.lfs,
      fetchTags: p.fetchTags,
      debug: p.debug,
      sparseCheckout: p.sparseCheckout instanceof RuntimeInput || p.sparseCheckout === undefined ? p.sparseCheckout : [...p.sparseCheckout],
      submoduleStrategy: p.submoduleStrategy,
      preFetchCommand: p.preFetchCommand,
      outputFilePathsContent: p.outputFilePathsContent ? [...p.outputFilePathsContent] : undefined,
      privileged: p.privileged,
      runAsUser: p.runAsUser,
      resources: renderContainerResources(p.resources, this.describe()),
    };
  }
}
