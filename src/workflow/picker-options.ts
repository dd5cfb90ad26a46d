import { compact } from '../core/object';
import type { ParameterKey } from './parameter-key';

/** A catalog filter entry, e.g. `{ kind: 'Group', 'spec.type': 'team' }` or `{ kind: ['System', 'Component'] }`. */
export type CatalogFilter = Readonly<Record<string, string | readonly string[]>>;

/**
 * `catalogFilter` of a picker: a list of filters (an entity matching any of them is offered), or one filter object,
 * as Harness' examples write it (`catalogFilter: { kind: Group }`).
 */
export type CatalogFilters = readonly CatalogFilter[] | CatalogFilter;

/** Options of {@link UiField.harnessAutoOrgPicker}. */
export interface HarnessAutoOrgPickerOptions {
  /**
   * The HarnessProjectPicker field the org is derived from, when it is not named `projectId`
   * (rendered as `dependencies.projectPickerRef`, docs/rules.md#auto-org-picker).
   * @default - the field named `projectId`
   */
  readonly projectPickerRef?: ParameterKey | string;
}

/** An entry of `additionalScopes` of {@link UiField.harnessUserGroupPicker}. */
export interface UserGroupScope {
  /** Organization identifier. */
  readonly orgIdentifier: string;
  /** Project identifier. @default - the organization scope */
  readonly projectIdentifier?: string;
  /** Include user groups of child scopes. @default false */
  readonly includeChildScopes?: boolean;
}

/** Options of {@link UiField.harnessUserGroupPicker}. */
export interface HarnessUserGroupPickerOptions {
  /** Only groups the logged-in user is a member of. @default false */
  readonly filterByUserMembership?: boolean;
  /** Include groups of child scopes. @default false */
  readonly includeChildScopes?: boolean;
  /** Further org/project scopes to list groups from. @default - none */
  readonly additionalScopes?: readonly UserGroupScope[];
}

/** Options of {@link UiField.harnessOwnerPicker}. */
export interface HarnessOwnerPickerOptions {
  /** Only groups/users the logged-in user is a member of. @default false */
  readonly filterByUserMembership?: boolean;
  /** Catalog filters, e.g. `[{ kind: 'Group' }]`, or one filter object, e.g. `{ kind: 'Group' }`. @default - none */
  readonly catalogFilter?: CatalogFilters;
  /** Namespace shown without prefix. @default - none */
  readonly defaultNamespace?: string;
}

/** Options shared by the Backstage entity pickers (OwnerPicker, EntityPicker, EntityFieldPicker, MultiEntityPicker). */
export interface EntityPickerOptions {
  /** Catalog filters, e.g. `[{ kind: 'Group' }]`, or one filter object, e.g. `{ kind: 'Group' }`. @default - none */
  readonly catalogFilter?: CatalogFilters;
  /** Entity kinds offered, e.g. `['Group']`. @default - all kinds */
  readonly allowedKinds?: readonly string[];
  /** Default entity kind. @default - none */
  readonly defaultKind?: string;
  /** Default namespace. @default - none (the picker uses `default`) */
  readonly defaultNamespace?: string;
  /** Accept values that are not catalog entities. @default - none (the picker allows them) */
  readonly allowArbitraryValues?: boolean;
}

/** Options of {@link UiField.entityFieldPicker}. */
export interface EntityFieldPickerOptions extends EntityPickerOptions {
  /** The entity field to show and return, e.g. `metadata.jiraProjectId` (`ui:displayField`). @default - the entity ref */
  readonly displayField?: string;
}

/** Options of {@link UiField.repoUrlPicker}. */
export interface RepoUrlPickerOptions {
  /** Hosts the user may pick, e.g. `['github.com']`. */
  readonly allowedHosts: readonly string[];
  /** Owners (users or organizations) the user may pick. @default - any owner */
  readonly allowedOwners?: readonly string[];
  /** Repositories the user may pick. @default - any repository */
  readonly allowedRepos?: readonly string[];
  /**
   * Ask for the user's OAuth token and store it as `${{ secrets.<secretsKey> }}`.
   * @default - none
   */
  readonly requestUserCredentials?: {
    /** Name of the secret the token is stored under. */
    readonly secretsKey: string;
    /** Extra OAuth scopes per provider, e.g. `{ github: ['workflow'] }`. @default - none */
    readonly additionalScopes?: Readonly<Record<string, readonly string[]>>;
  };
}

/** `ui:options` of a Backstage entity picker. */
export function entityOptions(o: EntityPickerOptions): Record<string, unknown> {
  return compact({
    allowedKinds: o.allowedKinds ? [...o.allowedKinds] : undefined,
    catalogFilter: copyFilters(o.catalogFilter),
    defaultKind: o.defaultKind,
    defaultNamespace: o.defaultNamespace,
    allowArbitraryValues: o.allowArbitraryValues,
  });
}

/** A copy of catalog filters, as given: a list or one filter object. */
export function copyFilters(filters?: CatalogFilters): unknown {
  const copy = (f: CatalogFilter) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));
  if (filters === undefined) return undefined;
  return Array.isArray(filters) ? filters.map(copy) : copy(filters as CatalogFilter);
}

/** `ui:options` of a RepoUrlPicker. */
export function repoUrlOptions(options: RepoUrlPickerOptions): Record<string, unknown> {
  const creds = options.requestUserCredentials;
  return compact({
    allowedHosts: [...options.allowedHosts],
    allowedOwners: options.allowedOwners ? [...options.allowedOwners] : undefined,
    allowedRepos: options.allowedRepos ? [...options.allowedRepos] : undefined,
    requestUserCredentials: creds
      ? compact({
          secretsKey: creds.secretsKey,
          additionalScopes: creds.additionalScopes
            ? Object.fromEntries(Object.entries(creds.additionalScopes).map(([k, v]) => [k, [...v]]))
            : undefined,
        })
      : undefined,
  });
}
