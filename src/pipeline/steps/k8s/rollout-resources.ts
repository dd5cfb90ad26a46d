import { describeValue } from '../../../core/arguments';
import { fail } from '../../../core/errors';
import { Expression } from '../../../core/expression';
import { checkedProblems, throwIfInvalid, withProblems } from '../../../core/value-problems';

/**
 * What a K8s Rollout step acts on (`RolloutResourcesWrapper`): named resources, the stage's release, or the
 * resources of manifest files.
 */
export class RolloutResources {
  /**
   * Resources by name (`type: ResourceName`), each `[namespace/]Kind/Name` (format assumed, not verified),
   * e.g. `payments/Deployment/payments-api`.
   */
  public static resourceNames(names: readonly (string | Expression)[]): RolloutResources {
    const problems = checkedProblems('RolloutResources.resourceNames', () =>
      checkList(
        names,
        'resourceNames',
        "pass at least one name, e.g. ['payments/Deployment/payments-api']",
        'give [namespace/]Kind/Name or an expression',
      ),
    );
    return withProblems(new RolloutResources('ResourceName', { resourceNames: Array.isArray(names) ? [...names] : [] }), problems);
  }

  /** The resources of the stage's release (`type: ReleaseName`; rendered with `spec: {}`, not verified). */
  public static releaseName(): RolloutResources {
    return new RolloutResources('ReleaseName', {});
  }

  /**
   * The resources defined in these manifest files of the service (`type: ManifestPath`): a list, or one
   * expression for the whole list, e.g. `RuntimeInput.create()` to ask for the paths when the pipeline runs.
   */
  public static manifestPaths(paths: readonly (string | Expression)[] | Expression): RolloutResources {
    if (paths instanceof Expression) return new RolloutResources('ManifestPath', { manifestPaths: paths });
    const problems = checkedProblems('RolloutResources.manifestPaths', () =>
      checkList(
        paths,
        'manifestPaths',
        'pass at least one path, or use RolloutResources.allManifestPaths()',
        "give a path such as 'deployment.yaml'",
      ),
    );
    return withProblems(new RolloutResources('ManifestPath', { manifestPaths: Array.isArray(paths) ? [...paths] : [] }), problems);
  }

  /** The resources of all manifest files of the service (`type: ManifestPath`, `allManifestPaths: true`). */
  public static allManifestPaths(): RolloutResources {
    return new RolloutResources('ManifestPath', { allManifestPaths: true });
  }

  private constructor(
    /** How the resources are chosen: by name, by release, or by manifest path. */
    public readonly type: 'ResourceName' | 'ReleaseName' | 'ManifestPath',
    private readonly spec: Record<string, unknown>,
  ) {}

  /** The `resources` object. */
  public toObject(): Record<string, unknown> {
    throwIfInvalid(this);
    return { type: this.type, spec: { ...this.spec } };
  }
}

/**
 * Throws unless `list` is a list with at least one entry and every entry is an expression or non-blank text
 * (docs/rules.md#k8s-rollout-resources).
 */
function checkList(list: unknown, factory: string, emptyFix: string, blankFix: string): void {
  const where = `RolloutResources.${factory}`;
  if (!Array.isArray(list)) fail(where, factory, `expects a list, got ${describeValue(list)}`, emptyFix);
  if (list.length === 0) fail(where, factory, 'the list is empty', emptyFix);
  list.forEach((n, i) => {
    if (!(n instanceof Expression) && (typeof n !== 'string' || n.trim() === ''))
      fail(where, `${factory}[${i}]`, 'the entry is empty', blankFix);
  });
}
