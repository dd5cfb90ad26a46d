import { StageType } from '../compatibility';
import { fail } from '../../core/errors';
import { StageInfrastructure } from '../infrastructure';
import { Stage, type StageProps } from '../stage';

/** Props of an {@link IdpStage}. */
export interface IdpStageProps extends StageProps {
  /**
   * Where the IDP steps run: Harness Cloud, a Kubernetes cluster, a local Docker runner or a VM pool.
   * @default StageInfrastructure.cloud()
   */
  readonly infrastructure?: StageInfrastructure;
  /**
   * Must stay false: "The 'Clone Codebase (Git Clone)' action is not supported at the stage level for the
   * IDP stage" (docs/rules.md#idp-stage-no-clone-codebase). Use a GitClone step instead. `false` is written as
   * given.
   * @default - not set
   */
  readonly cloneCodebase?: boolean;
  /** Paths shared between steps. @default - none */
  readonly sharedPaths?: readonly string[];
}

/**
 * The IDP stage: runs the IDP steps (CookieCutter, CreateRepo, CreateCatalog, DirectPush, RegisterCatalog,
 * CreateResource, SlackNotify, UpdateCatalogProperty) plus Run, Plugin, GitClone and Policy.
 * No Http, ShellScript or HarnessApproval (put those in a Custom stage), no step groups,
 * no looping strategy, no stage-level clone.
 */
export class IdpStage extends Stage {
  /** Where the stage's steps run. */
  public readonly infrastructure: StageInfrastructure;
  private readonly sharedPaths?: readonly string[];
  private readonly cloneCodebase?: false;

  /** Creates the stage with its steps; identifier, name, the IDP stage's limits and the stage/step matrix are checked at once. */
  constructor(props: IdpStageProps) {
    super(StageType.IDP, props);
    const where = this.describe();
    if (props.cloneCodebase) {
      fail(
        where,
        'cloneCodebase',
        'Clone Codebase is not supported at the stage level for the IDP stage',
        'remove cloneCodebase and add a GitClone step',
      );
    }
    if (props.strategy) {
      fail(
        where,
        'strategy',
        'looping strategies (matrix, parallelism, repeat) are not supported for the IDP stage',
        'remove the strategy, or run the loop in a Custom stage',
      );
    }
    this.infrastructure = props.infrastructure ?? StageInfrastructure.cloud();
    this.sharedPaths = props.sharedPaths;
    this.cloneCodebase = props.cloneCodebase === false ? false : undefined;
  }

  protected renderSpec(execution: Record<string, unknown>): Record<string, unknown> {
    return {
      ...this.infrastructure.toSpecKeys(),
      cloneCodebase: this.cloneCodebase,
      sharedPaths: this.sharedPaths ? [...this.sharedPaths] : undefined,
      execution,
    };
  }
}
