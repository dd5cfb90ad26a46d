import { Expression } from '../../../core/expression';

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
    checkList(
      names,
      'resourceNames',
      "no resource names. Fix: pass at least one name, e.g. ['payments/Deployment/payments-api']",
      'a resource name is empty. Fix: give [namespace/]Kind/Name or an expression',
    );
    return new RolloutResources('ResourceName', { resourceNames: [...names] });
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
    checkList(
      paths,
      'manifestPaths',
      'no manifest path. Fix: pass at least one path, or use RolloutResources.allManifestPaths()',
      "a manifest path is empty. Fix: give a path such as 'deployment.yaml'",
    );
    return new RolloutResources('ManifestPath', { manifestPaths: [...paths] });
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
    return { type: this.type, spec: { ...this.spec } };
  }
}

/** Throws unless `list` has at least one entry and every entry is an expression or non-blank text. */
function checkList(list: readonly (string | Expression)[], factory: string, whenEmpty: string, whenBlank: string): void {
  if (!Array.isArray(list) || list.length === 0) throw new Error(`RolloutResources.${factory}: ${whenEmpty}`);
  if (list.some((n) => !(n instanceof Expression) && (typeof n !== 'string' || n.trim() === ''))) {
    throw new Error(`RolloutResources.${factory}: ${whenBlank}`);
  }
}
