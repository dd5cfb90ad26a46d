import { fail } from '../core/errors';
import type { Expression } from '../core/expression';
import { RuntimeInput } from '../core/runtime-input';
import { requireText } from './steps/common/field-checks';
import { GitCloneBuild } from './steps/common/git-clone-build';

/** How a pull request build is cloned (`codebase.prCloneStrategy`). */
export enum PrCloneStrategy {
  /** Builds the merge of the pull request into its target branch. */
  MERGE_COMMIT = 'MergeCommit',
  /** Builds the pull request's source branch as it is. */
  SOURCE_BRANCH = 'SourceBranch',
}

/**
 * The pipeline's codebase (`properties.ci.codebase`): the repository that CI stages with `cloneCodebase: true`
 * clone before their steps run.
 *
 * @see https://developer.harness.io/docs/continuous-integration/use-ci/codebase-configuration/create-and-configure-a-codebase
 */
export interface CiCodebase {
  /** The code repository connector, e.g. `account.github_org`. */
  readonly connectorRef: string | Expression;
  /** Repository name, when the connector points at an account or organization rather than one repository. @default - not set */
  readonly repoName?: string | Expression;
  /**
   * What to build: `GitCloneBuild.branch('main')`, a tag, a pull request or a commit, or a runtime input chosen per run
   * (`RuntimeInput.create()`, as Harness writes it: `build: <+input>`). The schema requires it.
   */
  readonly build: GitCloneBuild | RuntimeInput;
  /** Clone depth; 0 clones the full history. @default - not set (Harness applies its default depth) */
  readonly depth?: number | Expression;
  /** Verify the Git server's TLS certificate. @default - not set */
  readonly sslVerify?: boolean | Expression;
  /** How a pull request is cloned. @default - not set */
  readonly prCloneStrategy?: PrCloneStrategy | Expression;
}

/** The pipeline `properties` block. */
export interface PipelineProperties {
  /** CI properties. @default - not set */
  readonly ci?: {
    /** The codebase that CI stages clone. */
    readonly codebase: CiCodebase;
  };
}

/** Throws on a codebase Harness cannot clone. */
export function checkCiCodebase(codebase: CiCodebase, where: string): void {
  const field = 'properties.ci.codebase';
  requireText(codebase.connectorRef, where, `${field}.connectorRef`, "pass the code repository connector, e.g. 'account.github_org'");
  if (codebase.repoName !== undefined) requireText(codebase.repoName, where, `${field}.repoName`, 'pass the repository name');
  const build: unknown = codebase.build;
  if (!(build instanceof GitCloneBuild) && !(build instanceof RuntimeInput)) {
    fail(
      where,
      `${field}.build`,
      build === undefined ? 'is required (the schema requires the codebase build)' : 'expects a GitCloneBuild or a RuntimeInput',
      "pass GitCloneBuild.branch('main') (or tag, pullRequest, commitSha), or RuntimeInput.create() to choose per run",
    );
  }
  const depth = codebase.depth;
  if (typeof depth === 'number' && (!Number.isInteger(depth) || depth < 0)) {
    fail(where, `${field}.depth`, `${depth} is not a clone depth`, 'pass a whole number, 0 for the full history');
  }
  const strategy = codebase.prCloneStrategy;
  if (typeof strategy === 'string' && !Object.values(PrCloneStrategy).includes(strategy)) {
    fail(
      where,
      `${field}.prCloneStrategy`,
      `'${strategy}' is not a clone strategy`,
      `use one of ${Object.values(PrCloneStrategy).join(', ')}`,
    );
  }
}

/** The rendered `properties` block (values unresolved). */
export function renderPipelineProperties(properties: PipelineProperties): Record<string, unknown> {
  const c = properties.ci?.codebase;
  if (!c) return { ...properties };
  const codebase = {
    connectorRef: c.connectorRef,
    repoName: c.repoName,
    build: c.build instanceof GitCloneBuild ? c.build.toObject() : c.build,
    depth: c.depth,
    sslVerify: c.sslVerify,
    prCloneStrategy: c.prCloneStrategy,
  };
  return { ...properties, ci: { ...properties.ci, codebase } };
}
