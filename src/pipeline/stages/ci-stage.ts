import { StageType } from '../compatibility';
import { fail } from '../../core/errors';
import type { Expression } from '../../core/expression';
import { StageInfrastructure } from '../infrastructure';
import { Stage, type StageProps } from '../stage';

/** When the cache is restored and saved (`Caching.policy`). */
export enum CachePolicy {
  /** Restores the cache only. */
  PULL = 'pull',
  /** Saves the cache only. */
  PUSH = 'push',
  /** Restores the cache before the steps and saves it after them. */
  PULL_PUSH = 'pull-push',
}

/** Cache Intelligence of a Build stage (`stages/ci/Caching`). */
export interface CiCaching {
  /** Turn Cache Intelligence on or off. @default - not set */
  readonly enabled?: boolean | Expression;
  /** Paths to cache besides the build tool's defaults. @default - not set */
  readonly paths?: readonly string[];
  /** Cache key. @default - not set (Harness derives one from the dependency files) */
  readonly key?: string | Expression;
  /** Restore, save, or both. @default - not set */
  readonly policy?: CachePolicy | Expression;
  /** Override the cache of another key. @default - not set */
  readonly override?: boolean;
}

/** Props of a {@link CiStage}. */
export interface CiStageProps extends StageProps {
  /**
   * Where the steps run.
   * @default StageInfrastructure.cloud()
   */
  readonly infrastructure?: StageInfrastructure;
  /**
   * Clone the pipeline's codebase (`properties.ci.codebase`) before the steps run. `true` needs the codebase on the
   * pipeline (docs/rules.md#ci-stage-clone-needs-codebase); a workflow can only trigger a codebase-disabled Build
   * stage (`false`, docs/rules.md#contract-ci-codebase-disabled), which clones with a GitClone step instead.
   * @default - not set
   */
  readonly cloneCodebase?: boolean;
  /** Cache Intelligence. @default - not set */
  readonly caching?: CiCaching;
  /** Paths shared between steps. @default - none */
  readonly sharedPaths?: readonly string[];
}

/**
 * A Build (CI) stage: Run steps (plus Plugin, GitClone, Policy, Build and Push) on Harness Cloud or another
 * infrastructure, cloning the pipeline's codebase when `cloneCodebase` is true. An IDP workflow can trigger it only
 * with the codebase disabled (`cloneCodebase: false`, docs/rules.md#ci-stage-codebase-disabled).
 */
export class CiStage extends Stage {
  /** Where the stage's steps run. */
  public readonly infrastructure: StageInfrastructure;
  /** `cloneCodebase` as given. */
  public readonly cloneCodebase?: boolean;
  private readonly sharedPaths?: readonly string[];
  private readonly caching?: CiCaching;

  /** Creates the stage with its steps; identifier, name, caching and the stage/step matrix are checked at once. */
  constructor(props: CiStageProps) {
    super(StageType.CI, props);
    const policy = props.caching?.policy;
    if (typeof policy === 'string' && !Object.values(CachePolicy).includes(policy)) {
      fail(
        this.describe(),
        'spec.caching.policy',
        `'${policy}' is not a cache policy`,
        `use one of ${Object.values(CachePolicy).join(', ')}`,
      );
    }
    this.infrastructure = props.infrastructure ?? StageInfrastructure.cloud();
    this.cloneCodebase = props.cloneCodebase;
    this.caching = props.caching;
    this.sharedPaths = props.sharedPaths;
  }

  protected renderSpec(execution: Record<string, unknown>): Record<string, unknown> {
    const c = this.caching;
    return {
      cloneCodebase: this.cloneCodebase,
      caching: c
        ? { enabled: c.enabled, key: c.key, override: c.override, paths: c.paths ? [...c.paths] : undefined, policy: c.policy }
        : undefined,
      ...this.infrastructure.toSpecKeys(),
      sharedPaths: this.sharedPaths ? [...this.sharedPaths] : undefined,
      execution,
    };
  }
}
