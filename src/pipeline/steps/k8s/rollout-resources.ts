import { Expression } from '../../expression';

/**
 * What a K8s Rollout step acts on (`RolloutResourcesWrapper`): named resources, the stage's release, or the
 * resources of manifest files.
 */
export class RolloutResources {
  /**
   * Resources by name (`type: ResourceName`), each `[namespace/]Kind/Name` (format assumed, UNVERIFIED),
   * e.g. `payments/Deployment/payments-api`.
   */
  public static resourceNames(names: readonly (string | Expression)[]): RolloutResources {
    if (!Array.isArray(names) || names.length === 0) {
      throw new Error('RolloutResources.resourceNames: no resource names. Fix: pass at least one name, e.g. [\'payments/Deployment/payments-api\']');
    }
    names.forEach((n) => {
      if (!(n instanceof Expression) && (typeof n !== 'string' || n.trim() === '')) {
        throw new Error('RolloutResources.resourceNames: a resource name is empty. Fix: give [namespace/]Kind/Name or an expression');
      }
    });
    return new RolloutResources('ResourceName', { resourceNames: [...names] });
  }

  /** The resources of the stage's release (`type: ReleaseName`; rendered with `spec: {}`, UNVERIFIED). */
  public static releaseName(): RolloutResources {
    return new RolloutResources('ReleaseName', {});
  }

  /** The resources defined in these manifest files of the service (`type: ManifestPath`). */
  public static manifestPaths(paths: readonly (string | Expression)[]): RolloutResources {
    if (!Array.isArray(paths) || paths.length === 0) {
      throw new Error('RolloutResources.manifestPaths: no manifest path. Fix: pass at least one path, or use RolloutResources.allManifestPaths()');
    }
    paths.forEach((n) => {
      if (!(n instanceof Expression) && (typeof n !== 'string' || n.trim() === '')) {
        throw new Error('RolloutResources.manifestPaths: a manifest path is empty. Fix: give a path such as \'deployment.yaml\'');
      }
    });
    return new RolloutResources('ManifestPath', { manifestPaths: [...paths] });
  }

  /** The resources of all manifest files of the service (`type: ManifestPath`, `allManifestPaths: true`). */
  public static allManifestPaths(): RolloutResources {
    return new RolloutResources('ManifestPath', { allManifestPaths: true });
  }

  private constructor(public readonly type: 'ResourceName' | 'ReleaseName' | 'ManifestPath', private readonly spec: Record<string, unknown>) {}

  /** The `resources` object. */
  public toObject(): Record<string, unknown> {
    return { type: this.type, spec: { ...this.spec } };
  }
}
