import { Expression, isLiteralText } from '../../../core/expression';

const RESOURCE = /^(?:[^/\s]+\/)?[^/\s]+\/[^/\s]+$/;

/**
 * What a K8s Delete step deletes (`DeleteResourcesWrapper`): named resources, the whole release, or the resources
 * of manifest files.
 */
export class DeleteResources {
  /**
   * Resources by name (`type: ResourceName`), each `[namespace/]Kind/Name` (the Kind is required), e.g.
   * `payments/Deployment/payments-api`; or one expression for the whole list.
   */
  public static resourceNames(names: readonly (string | Expression)[] | Expression): DeleteResources {
    if (!(names instanceof Expression)) {
      checkList(names, 'resourceNames', "no resource name. Fix: pass at least one, e.g. ['payments/Deployment/payments-api']");
      for (const n of names) {
        if (isLiteralText(n) && !RESOURCE.test(n)) {
          throw new Error(
            `DeleteResources.resourceNames: '${n}' is not a resource name ([namespace/]Kind/Name). Fix: put the Kind before the name, e.g. 'Deployment/${n}'`,
          );
        }
      }
    }
    return new DeleteResources('ResourceName', { resourceNames: copy(names) });
  }

  /**
   * Every resource of the stage's release (`type: ReleaseName`).
   * @param options.deleteNamespace also delete the namespace of the release (default: not set, the namespace stays)
   */
  public static releaseName(options: { readonly deleteNamespace?: boolean } = {}): DeleteResources {
    return new DeleteResources('ReleaseName', { deleteNamespace: options.deleteNamespace });
  }

  /** The resources defined in these manifest files of the service (`type: ManifestPath`); or one expression. */
  public static manifestPaths(paths: readonly (string | Expression)[] | Expression): DeleteResources {
    if (!(paths instanceof Expression)) {
      checkList(paths, 'manifestPaths', 'no manifest path. Fix: pass at least one path, or use DeleteResources.allManifestPaths()');
    }
    return new DeleteResources('ManifestPath', { manifestPaths: copy(paths) });
  }

  /** The resources of all manifest files of the service (`type: ManifestPath`, `allManifestPaths: true`). */
  public static allManifestPaths(): DeleteResources {
    return new DeleteResources('ManifestPath', { allManifestPaths: true });
  }

  private constructor(
    /** How the resources are chosen: by name, by release, or by manifest path. */
    public readonly type: 'ResourceName' | 'ReleaseName' | 'ManifestPath',
    private readonly spec: Record<string, unknown>,
  ) {}

  /** The `deleteResources` object. */
  public toObject(): Record<string, unknown> {
    return { type: this.type, spec: { ...this.spec } };
  }
}

function copy(list: readonly (string | Expression)[] | Expression): unknown {
  return list instanceof Expression ? list : [...list];
}

/** Throws unless `list` has at least one entry and every entry is an expression or non-blank text. */
function checkList(list: readonly (string | Expression)[], factory: string, whenEmpty: string): void {
  if (!Array.isArray(list) || list.length === 0) throw new Error(`DeleteResources.${factory}: ${whenEmpty}`);
  if (list.some((n) => !(n instanceof Expression) && (typeof n !== 'string' || n.trim() === ''))) {
    throw new Error(`DeleteResources.${factory}: an entry is empty. Fix: give a text or an expression for every entry`);
  }
}
