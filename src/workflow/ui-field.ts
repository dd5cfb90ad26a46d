import { optionalProps, requireProps } from '../core/arguments';
import { fail } from '../core/errors';
import { IDENTIFIER_PATTERN } from '../core/identifier';
import { compact } from '../core/object';
import {
  copyFilters,
  type EntityFieldPickerOptions,
  type EntityPickerOptions,
  entityOptions,
  type HarnessAutoOrgPickerOptions,
  type HarnessOwnerPickerOptions,
  type HarnessUserGroupPickerOptions,
  type RepoUrlPickerOptions,
  repoUrlOptions,
} from './picker-options';

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
      options: repoUrlOptions(options),
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
