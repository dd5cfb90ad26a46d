import { describeValue, optionalBoolean, optionalProps } from '../../../core/arguments';
import { fail } from '../../../core/errors';
import { checkedProblems, throwIfInvalid, withProblems } from '../../../core/value-problems';
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
    const where = 'DeleteResources.resourceNames';
    const problems = checkedProblems(where, () => {
      if (names instanceof Expression) return;
      checkList(names, 'resourceNames', "pass at least one, e.g. ['payments/Deployment/payments-api']");
      names.forEach((n, i) => {
        if (isLiteralText(n) && !RESOURCE.test(n)) {
          fail(
            where,
            `resourceNames[${i}]`,
            `'${n}' is not a resource name ([namespace/]Kind/Name)`,
            `put the Kind before the name, e.g. 'Deployment/${n}'`,
          );
        }
      });
    });
    return withProblems(new DeleteResources('ResourceName', { resourceNames: copy(names) }), problems);
  }

  /**
   * Every resource of the stage's release (`type: ReleaseName`).
   * @param options.deleteNamespace also delete the namespace of the release (default: not set, the namespace stays)
   */
  public static releaseName(options: { readonly deleteNamespace?: boolean } = {}): DeleteResources {
    const where = 'DeleteResources.releaseName';
    let deleteNamespace: boolean | undefined;
    const problems = checkedProblems(where, () => {
      const o = optionalProps(options, where, 'DeleteResources.releaseName({ deleteNamespace: true })');
      deleteNamespace = optionalBoolean(o.deleteNamespace, where, 'deleteNamespace', 'pass true or false, or leave it out');
    });
    return withProblems(new DeleteResources('ReleaseName', { deleteNamespace }), problems);
  }

  /** The resources defined in these manifest files of the service (`type: ManifestPath`); or one expression. */
  public static manifestPaths(paths: readonly (string | Expression)[] | Expression): DeleteResources {
    const problems = checkedProblems('DeleteResources.manifestPaths', () => {
      if (!(paths instanceof Expression))
        checkList(paths, 'manifestPaths', 'pass at least one path, or use DeleteResources.allManifestPaths()');
    });
    return withProblems(new DeleteResources('ManifestPath', { manifestPaths: copy(paths) }), problems);
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
    throwIfInvalid(this);
    return { type: this.type, spec: { ...this.spec } };
  }
}

function copy(list: readonly (string | Expression)[] | Expression): unknown {
  return list instanceof Expression || !Array.isArray(list) ? list : [...list];
}

/** Throws unless `list` is a list with at least one entry and every entry is an expression or non-blank text. */
function checkList(list: unknown, factory: string, emptyFix: string): asserts list is readonly (string | Expression)[] {
  const where = `DeleteResources.${factory}`;
  if (!Array.isArray(list)) fail(where, factory, `expects a list or an expression, got ${describeValue(list)}`, emptyFix);
  if (list.length === 0) fail(where, factory, 'the list is empty', emptyFix);
  list.forEach((n, i) => {
    if (!(n instanceof Expression) && (typeof n !== 'string' || n.trim() === '')) {
      fail(where, `${factory}[${i}]`, 'the entry is empty', 'give a text or an expression for every entry');
    }
  });
}
