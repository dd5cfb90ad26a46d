import { optionalProps, requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import { IDENTIFIER_PATTERN } from '../core/identifier';
import { compact } from '../core/object';

/** JSON-schema value types a workflow form field can have. */
export enum FormValueType {
  /** Text. */
  STRING = 'string',
  /** A number. */
  NUMBER = 'number',
  /** A yes/no choice. */
  BOOLEAN = 'boolean',
  /** A list (of strings, or of enum values shown as checkboxes). */
  ARRAY = 'array',
  /** A group of fields (`properties`), read as `${{ parameters.<id>.<field> }}`; see `ObjectField`. */
  OBJECT = 'object',
}

/** `ui:widget` values of react-jsonschema-form used in IDP workflows. */
export enum UiWidget {
  /** Masked input; such fields must be on page 1 (docs/rules.md#password-field-first-page). */
  PASSWORD = 'password',
  /** Multi-line text. */
  TEXTAREA = 'textarea',
  /** Radio buttons (enums, booleans). */
  RADIO = 'radio',
  /** Checkboxes (arrays of enum values). */
  CHECKBOXES = 'checkboxes',
  /** Drop-down. */
  SELECT = 'select',
}

/**
 * `ui:field` names known to Harness IDP.
 * @see https://developer.harness.io/docs/internal-developer-portal/flows/create-workflow/flows-input
 */
export enum UiFieldName {
  /** The user's Harness token, handed to the trigger step (`auth: token`); hidden from the form. */
  HARNESS_AUTH_TOKEN = 'HarnessAuthToken',
  /** Picks a Harness organization. */
  HARNESS_ORG_PICKER = 'HarnessOrgPicker',
  /** Picks a Harness project. */
  HARNESS_PROJECT_PICKER = 'HarnessProjectPicker',
  /** Fills in the organization of the project picked in another field. */
  HARNESS_AUTO_ORG_PICKER = 'HarnessAutoOrgPicker',
  /** Picks a Harness user group. */
  HARNESS_USER_GROUP_PICKER = 'HarnessUserGroupPicker',
  /** Picks an owner among Harness users and user groups. */
  HARNESS_OWNER_PICKER = 'HarnessOwnerPicker',
  /** Picks an owner (a user or group) from the IDP catalog. */
  OWNER_PICKER = 'OwnerPicker',
  /** Picks an entity from the IDP catalog. */
  ENTITY_PICKER = 'EntityPicker',
  /** Picks a field value of a catalog entity. */
  ENTITY_FIELD_PICKER = 'EntityFieldPicker',
  /** Picks several entities from the IDP catalog. */
  MULTI_ENTITY_PICKER = 'MultiEntityPicker',
  /** Picks a repository (host, owner and name) and gives its URL. */
  REPO_URL_PICKER = 'RepoUrlPicker',
  /** A masked input whose value is kept as a secret for the run. */
  SECRET = 'Secret',
}

/** A catalog filter entry, e.g. `{ kind: 'Group', 'spec.type': 'team' }` or `{ kind: ['System', 'Component'] }`. */
export type CatalogFilter = Readonly<Record<string, string | readonly string[]>>;

/**
 * `catalogFilter` of a picker: a list of filters (an entity matching any of them is offered), or one filter object,
 * as Harness' examples write it (`catalogFilter: { kind: Group }`).
 */
export type CatalogFilters = readonly CatalogFilter[] | CatalogFilter;

/** Something with a form property key: a workflow input or a form-only field. */
export interface ParameterKey {
  /** The property key under `properties`, read as `${{ parameters.<id> }}`. */
  readonly id: string;
}

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

/**
 * A `ui:field` (custom field extension) with its `ui:options`. Use the factories; {@link UiField.custom}
 * covers field extensions the library does not type yet.
 */
export class UiField {
  /**
   * `HarnessAuthToken`: the executing user's session token, hidden on review. Always `type: string` with
   * `ui:widget: password`, and must be on page 1 (docs/rules.md#token-field-first-page). {@link TriggerAuth.userToken} adds it for you.
   */
  public static harnessAuthToken(): UiField {
    return new UiField(UiFieldName.HARNESS_AUTH_TOKEN, { widget: UiWidget.PASSWORD });
  }

  /** `HarnessOrgPicker`: the organizations of the account. */
  public static harnessOrgPicker(): UiField {
    return new UiField(UiFieldName.HARNESS_ORG_PICKER);
  }

  /** `HarnessProjectPicker`: the projects of the account. Name the field `projectId` for HarnessAutoOrgPicker. */
  public static harnessProjectPicker(): UiField {
    return new UiField(UiFieldName.HARNESS_PROJECT_PICKER);
  }

  /**
   * `HarnessAutoOrgPicker`: fills the org of the project picked in a HarnessProjectPicker. Works with a
   * project field named `projectId`; otherwise name the field in `projectPickerRef` (docs/rules.md#auto-org-picker).
   */
  public static harnessAutoOrgPicker(options: HarnessAutoOrgPickerOptions = {}): UiField {
    optionalProps(options, 'UiField.harnessAutoOrgPicker', 'UiField.harnessAutoOrgPicker()');
    const ref = options.projectPickerRef;
    const refId = ref === undefined ? undefined : typeof ref === 'string' ? ref : ref.id;
    return new UiField(UiFieldName.HARNESS_AUTO_ORG_PICKER, {
      dependencies: refId === undefined ? undefined : { projectPickerRef: [refId] },
      projectPickerRef: refId,
    });
  }

  /**
   * `HarnessUserGroupPicker`: a Harness user group. To follow an org/project picked on the same page, set
   * `FormPage` `pickerDependencies`.
   */
  public static harnessUserGroupPicker(options: HarnessUserGroupPickerOptions = {}): UiField {
    optionalProps(options, 'UiField.harnessUserGroupPicker', 'UiField.harnessUserGroupPicker()');
    const where = `ui:field '${UiFieldName.HARNESS_USER_GROUP_PICKER}'`;
    const scopes = options.additionalScopes?.map((s, i) => {
      if (!s.orgIdentifier)
        fail(where, `ui:options.additionalScopes[${i}].orgIdentifier`, 'an additional scope needs its organization', 'set orgIdentifier');
      return compact({ orgIdentifier: s.orgIdentifier, projectIdentifier: s.projectIdentifier, includeChildScopes: s.includeChildScopes });
    });
    return new UiField(UiFieldName.HARNESS_USER_GROUP_PICKER, {
      options: compact({
        filterByUserMembership: options.filterByUserMembership,
        includeChildScopes: options.includeChildScopes,
        additionalScopes: scopes,
      }),
    });
  }

  /** `HarnessOwnerPicker`: a Group or User from the catalog. */
  public static harnessOwnerPicker(options: HarnessOwnerPickerOptions = {}): UiField {
    optionalProps(options, 'UiField.harnessOwnerPicker', 'UiField.harnessOwnerPicker()');
    return new UiField(UiFieldName.HARNESS_OWNER_PICKER, {
      options: compact({
        filterByUserMembership: options.filterByUserMembership,
        catalogFilter: copyFilters(options.catalogFilter),
        defaultNamespace: options.defaultNamespace,
      }),
    });
  }

  /** Backstage `OwnerPicker`, e.g. `UiField.ownerPicker({ allowedKinds: ['Group'] })`. */
  public static ownerPicker(options: EntityPickerOptions = {}): UiField {
    optionalProps(options, 'UiField.ownerPicker', 'UiField.ownerPicker()');
    return new UiField(UiFieldName.OWNER_PICKER, { options: entityOptions(options) });
  }

  /** Backstage `EntityPicker` (string fields only, docs/rules.md#form-field-ui-field-type). */
  public static entityPicker(options: EntityPickerOptions = {}): UiField {
    optionalProps(options, 'UiField.entityPicker', 'UiField.entityPicker()');
    return new UiField(UiFieldName.ENTITY_PICKER, { options: entityOptions(options) });
  }

  /** `EntityFieldPicker`: a field of catalog entities, e.g. `metadata.jiraProjectId` (string fields only,
   * docs/rules.md#form-field-ui-field-type).
   */
  public static entityFieldPicker(options: EntityFieldPickerOptions = {}): UiField {
    optionalProps(options, 'UiField.entityFieldPicker', 'UiField.entityFieldPicker()');
    return new UiField(UiFieldName.ENTITY_FIELD_PICKER, {
      displayField: options.displayField,
      options: entityOptions(options),
    });
  }

  /** `MultiEntityPicker`: several catalog entities (array fields only). */
  public static multiEntityPicker(options: EntityPickerOptions = {}): UiField {
    optionalProps(options, 'UiField.multiEntityPicker', 'UiField.multiEntityPicker()');
    return new UiField(UiFieldName.MULTI_ENTITY_PICKER, { options: entityOptions(options), types: [FormValueType.ARRAY] });
  }

  /** `RepoUrlPicker`: a repository location on an allowed host. */
  public static repoUrlPicker(options: RepoUrlPickerOptions): UiField {
    requireProps(options, 'UiField.repoUrlPicker', "UiField.repoUrlPicker({ allowedHosts: ['github.com'] })");
    const where = `ui:field '${UiFieldName.REPO_URL_PICKER}'`;
    if (!options.allowedHosts || options.allowedHosts.length === 0) {
      fail(where, 'ui:options.allowedHosts', 'RepoUrlPicker needs at least one allowed host', "pass allowedHosts, e.g. ['github.com']");
    }
    const creds = options.requestUserCredentials;
    if (creds && !IDENTIFIER_PATTERN.test(creds.secretsKey)) {
      fail(
        where,
        'ui:options.requestUserCredentials.secretsKey',
        `'${creds.secretsKey}' cannot be read as \${{ secrets.${creds.secretsKey} }}`,
        'use letters, digits and _ only, starting with a letter or _',
      );
    }
    return new UiField(UiFieldName.REPO_URL_PICKER, {
      options: compact({
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
      }),
      secretsKey: creds?.secretsKey,
    });
  }

  /**
   * Backstage `Secret` field: the value is masked and only readable as `${{ secrets.<id> }}`, never as
   * `${{ parameters.<id> }}` (docs/rules.md#workflow-secret-fields).
   */
  public static secret(): UiField {
    return new UiField(UiFieldName.SECRET);
  }

  /**
   * Any other field extension, e.g. `UiField.custom('SelectFieldFromApi', { path: 'proxy/...' })`.
   * @param types value types the field supports @default every type
   */
  public static custom(name: string, options?: Readonly<Record<string, unknown>>, types?: readonly FormValueType[]): UiField {
    if (typeof name !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
      fail(
        `ui:field '${name}'`,
        'ui:field',
        `'${name}' is not a field extension name`,
        "use the extension's name, e.g. 'SelectFieldFromApi'",
      );
    }
    return new UiField(name, { options: options ? { ...options } : undefined, types });
  }

  /** The `ui:field` value. */
  public readonly name: string;
  /** `ui:widget` the field brings along (HarnessAuthToken → `password`). */
  public readonly widget?: UiWidget;
  /** `ui:options`. */
  public readonly options?: Readonly<Record<string, unknown>>;
  /** Property-level `dependencies` (HarnessAutoOrgPicker `projectPickerRef`). */
  public readonly dependencies?: Readonly<Record<string, unknown>>;
  /** `ui:displayField` (EntityFieldPicker). */
  public readonly displayField?: string;
  /** The HarnessProjectPicker field this HarnessAutoOrgPicker follows, if named. */
  public readonly projectPickerRef?: string;
  /** RepoUrlPicker: the secret the user's OAuth token is stored under. */
  public readonly secretsKey?: string;
  /** Value types the field supports. */
  public readonly types: readonly FormValueType[];

  private constructor(
    name: string,
    opts: {
      widget?: UiWidget;
      options?: Record<string, unknown>;
      dependencies?: Record<string, unknown>;
      displayField?: string;
      projectPickerRef?: string;
      secretsKey?: string;
      types?: readonly FormValueType[];
    } = {},
  ) {
    this.name = name;
    this.widget = opts.widget;
    this.options = opts.options && Object.keys(opts.options).length > 0 ? opts.options : undefined;
    this.dependencies = opts.dependencies;
    this.displayField = opts.displayField;
    this.projectPickerRef = opts.projectPickerRef;
    this.secretsKey = opts.secretsKey;
    this.types = opts.types ?? (STRING_ONLY.includes(name) ? [FormValueType.STRING] : Object.values(FormValueType));
  }

  /** True for the session-token field. */
  public get isAuthToken(): boolean {
    return this.name === UiFieldName.HARNESS_AUTH_TOKEN;
  }

  /** True for the Backstage Secret field. */
  public get isSecret(): boolean {
    return this.name === UiFieldName.SECRET;
  }
}

/** Field extensions that only take `type: string` (FI: "Only string data type is supported for the EntityPicker"). */
const STRING_ONLY: readonly string[] = [
  UiFieldName.HARNESS_AUTH_TOKEN,
  UiFieldName.HARNESS_ORG_PICKER,
  UiFieldName.HARNESS_PROJECT_PICKER,
  UiFieldName.HARNESS_AUTO_ORG_PICKER,
  UiFieldName.HARNESS_USER_GROUP_PICKER,
  UiFieldName.HARNESS_OWNER_PICKER,
  UiFieldName.OWNER_PICKER,
  UiFieldName.ENTITY_PICKER,
  UiFieldName.ENTITY_FIELD_PICKER,
  UiFieldName.REPO_URL_PICKER,
  UiFieldName.SECRET,
];

function entityOptions(o: EntityPickerOptions): Record<string, unknown> {
  return compact({
    allowedKinds: o.allowedKinds ? [...o.allowedKinds] : undefined,
    catalogFilter: copyFilters(o.catalogFilter),
    defaultKind: o.defaultKind,
    defaultNamespace: o.defaultNamespace,
    allowArbitraryValues: o.allowArbitraryValues,
  });
}

function copyFilters(filters?: CatalogFilters): unknown {
  const copy = (f: CatalogFilter) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));
  if (filters === undefined) return undefined;
  return Array.isArray(filters) ? filters.map(copy) : copy(filters as CatalogFilter);
}
