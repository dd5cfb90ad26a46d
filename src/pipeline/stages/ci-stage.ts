import { StageType } from '../compatibility';
import { fail } from '../../core/errors';
import { StageInfrastructure } from '../infrastructure';
import { Stage, type StageProps } from '../stage';

/** Props of a {@link CiStage}. */
export interface CiStageProps extends StageProps {
  /**
   * Where the steps run.
   * @default StageInfrastructure.cloud()
   */
  readonly infrastructure?: StageInfrastructure;
  /**
   * Must stay false: a workflow can only trigger a *codebase-disabled* Build stage (docs/rules.md#ci-stage-codebase-disabled). Clone a
   * repository with a GitClone step instead.
   * @default false
   */
  readonly cloneCodebase?: boolean;
  /** Paths shared between steps. @default - none */
  readonly sharedPaths?: readonly string[];
}

/**
 * A Build (CI) stage with the codebase disabled (`cloneCodebase: false`), the only CI form an IDP workflow can
 * trigger (docs/rules.md#ci-stage-codebase-disabled): Run steps (plus Plugin, GitClone, Policy) on Harness Cloud or another infrastructure.
 */
export class CiStage extends Stage {
  public readonly infrastructure: StageInfrastructure;
  private readonly sharedPaths?: readonly string[];

  constructor(props: CiStageProps) {
    super(StageType.CI, props);
    if (props.cloneCodebase) {
      fail(
        this.describe(),
        'cloneCodebase',
        'a workflow can only trigger a codebase-disabled Build stage',
        'remove cloneCodebase and clone the repository with a GitClone step',
      );
    }
    this.infrastructure = props.infrastructure ?? StageInfrastructure.cloud();
    this.sharedPaths = props.sharedPaths;
  }

  protected renderSpec(execution: Record<string, unknown>): Record<string, unknown> {
    return {
      cloneCodebase: false,
      ...this.infrastructure.toSpecKeys(),
      sharedPaths: this.sharedPaths ? [...this.sharedPaths] : undefined,
      execution,
    };
  }
}
