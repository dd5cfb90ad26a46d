import { requireProps } from '../../../core/arguments';

import { fail } from '../../../core/errors';
import { Expression, isLiteralText, type ResolveContext } from '../../../core/expression';
import { resolveValue } from '../../../core/resolve';
import { compact } from '../../../core/object';
import { DoubleQuoted, toYaml } from '../../../core/yaml';
import { isCatalogName, isCatalogTag, suggestCatalogTag } from '../../../core/catalog-naming';

/** Props of a {@link CatalogInfo}: a Backstage `Component` entity. */
export interface CatalogInfoProps {
  /** `metadata.name`, e.g. the project name variable. Plain text must follow Backstage naming (docs/rules.md#catalog-entity-name). */
  readonly name: string | Expression;
  /** `metadata.title`. @default - none */
  readonly title?: string | Expression;
  /** `metadata.description`. @default - none */
  readonly description?: string | Expression;
  /** `spec.owner`: a user group or user, e.g. `group:default/platform`. */
  readonly owner: string | Expression;
  /** `spec.type`, e.g. `service`, `website`, `library`. */
  readonly type: string | Expression;
  /** `spec.lifecycle`, e.g. `experimental`, `production`, `deprecated`. */
  readonly lifecycle: string | Expression;
  /** `spec.system`. @default - none */
  readonly system?: string | Expression;
  /** `metadata.tags`; plain tags must be lowercase Backstage tags. @default - none */
  readonly tags?: readonly (string | Expression)[];
  /** `metadata.annotations`, e.g. `{ 'backstage.io/techdocs-ref': 'dir:.' }`. @default - none */
  readonly annotations?: Readonly<Record<string, string | Expression>>;
  /** `metadata.labels`. @default - none */
  readonly labels?: Readonly<Record<string, string | Expression>>;
}

/**
 * The content of a Backstage `catalog-info.yaml` for a `Component`, built from typed props, for
 * `CreateCatalogStep.fileContent`. It renders with the library's YAML renderer when the pipeline renders,
 * so expressions may sit in any field (`name: projectName`, `` description: `${projectName} service` ``),
 * and step outputs used in it are checked like any other reference.
 *
 * Scalars that contain an expression are double-quoted (unless the expression itself holds `"` or `\`),
 * so a value substituted at run time, such as a description with `: ` in it, still parses as YAML.
 */
export class CatalogInfo extends Expression {
  private readonly props: CatalogInfoProps;

  /** Creates the catalog entity; its fields are checked at once. */
  constructor(props: CatalogInfoProps) {
    super();
    const where = 'CatalogInfo';
    requireProps(props, 'new CatalogInfo', "new CatalogInfo({ name, owner, type: 'service', lifecycle: 'production' })");
    for (const field of ['name', 'owner', 'type', 'lifecycle'] as const) {
      const v: unknown = props[field];
      if (!(v instanceof Expression) && (typeof v !== 'string' || v.trim() === '')) {
        fail(where, field === 'name' ? 'metadata.name' : `spec.${field}`, 'is required', `set ${field}`);
      }
    }
    if (isLiteralText(props.name) && !isCatalogName(props.name)) {
      fail(
        where,
        'metadata.name',
        `'${props.name}' is not a valid catalog entity name (1-63 letters or digits, separated by '-', '_' or '.')`,
        `use for example '${
          props.name
            .replace(/[^-A-Za-z0-9_.]+/g, '-')
            .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
            .slice(0, 63) || 'my-service'
        }'`,
      );
    }
    for (const tag of props.tags ?? []) {
      if (isLiteralText(tag) && !isCatalogTag(tag)) {
        fail(
          where,
          'metadata.tags',
          `'${tag}' is not a valid catalog tag (lowercase letters, digits, ':', '+' or '#', joined by single '-'; at most 63 characters)`,
          `use for example '${suggestCatalogTag(tag)}'`,
        );
      }
    }
    this.props = props;
  }

  /** The entity as a plain object, values unresolved. */
  public toObject(): Record<string, unknown> {
    const p = this.props;
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: compact({
        name: p.name,
        title: p.title,
        description: p.description,
        labels: p.labels ? { ...p.labels } : undefined,
        annotations: p.annotations ? { ...p.annotations } : undefined,
        tags: p.tags ? [...p.tags] : undefined,
      }),
      spec: compact({
        type: p.type,
        lifecycle: p.lifecycle,
        owner: p.owner,
        system: p.system,
      }),
    };
  }

  /** The `catalog-info.yaml` text with expressions resolved. */
  public resolve(visitor?: ResolveContext): string {
    return toYaml(quoteExpressions(this.toObject(), visitor));
  }
}

/** Resolves the tree; strings that held an expression become double-quoted scalars. */
function quoteExpressions(value: unknown, visitor?: ResolveContext): unknown {
  if (value instanceof Expression || (typeof value === 'string' && !isLiteralText(value))) {
    const text = resolveValue(value, visitor) as string;
    return /["\\]/.test(text) ? text : new DoubleQuoted(text);
  }
  if (Array.isArray(value)) return value.map((v) => quoteExpressions(v, visitor));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = quoteExpressions(v, visitor);
    return out;
  }
  return value;
}
