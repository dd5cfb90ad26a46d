import { childId, constructProps } from './construct-args';
import { Annotations, DefaultTokenResolver, StringConcat, type TerraformProvider, TerraformStack, Token, Tokenization } from 'cdktf';
import { Construct } from 'constructs';
import { fail, formatProblem } from '../core/errors';
import { ConnectorType, isLiteralReference, PrerequisiteKind, type PrerequisiteReference } from '../pipeline/prerequisites';
import { CONNECTOR_LOOKUPS, type Lookup, SECRET_LOOKUP, USER_GROUP_LOOKUP } from './private/lookup-data-sources';
import { prerequisitesOf, type ScopedReferences } from './private/prerequisite-source';
import { prepareAtSynth, type SynthSession } from './private/synth-session';
import { withUserCreationStacks } from '../terraform/user-creation-stacks';

/** Options of {@link PrerequisiteLookups.dataSources}. */
export interface PrerequisiteLookupsOptions {
  /**
   * The type of connectors whose referring field does not tell it (GitClone, Run and Plugin steps, the image
   * connector of a build infrastructure), by the reference as the documents write it, e.g.
   * `{ 'account.dockerhub': ConnectorType.DOCKER_REGISTRY }`. A connector of unknown type is not looked up, and the
   * synth warns about it (unless the same connector is looked up with a known type elsewhere in the stack).
   * @default {}
   */
  readonly connectorTypes?: Readonly<Record<string, ConnectorType>>;
}

/** Props of a {@link PrerequisiteDataSources}. */
export interface PrerequisiteDataSourcesProps extends PrerequisiteLookupsOptions {
  /** Harness provider of the data sources. @default - the stack's default harness provider */
  readonly provider?: TerraformProvider;
}

/** The data source of one kind of object: the construct that groups them (e.g. `connector_github`) and its factory. */
interface LookupKind {
  readonly group: string;
  readonly lookup: Lookup;
}

/** One object to look up: the data source kind (none for a connector of unknown type), scope and identifier. */
interface Wanted {
  readonly kind?: LookupKind;
  readonly orgId?: string;
  readonly projectId?: string;
  readonly identifier: string;
}

/**
 * Terraform data sources for every connector, secret and user group that the pipelines and workflows of the stack
 * refer to by a literal identifier, so that a typo (or a connector of the wrong type) fails at `terraform plan`,
 * not at the first workflow run. The references are collected when the stack is synthesized (steps added after
 * construction count): `spec.connectorRef` of the steps, a Kubernetes stage infrastructure's connector, secret
 * references (`SecretRef`, Secret variables, the IDP steps' API keys, the trigger's `apiKeySecret`), the GitOps
 * registration's connector and HarnessApproval's user groups. A reference keeps its scope: `account.x` is looked up
 * in the account, `org.x` in the referring document's organization, `x` in its project. One data source per kind,
 * scope and identifier in the stack: `data.harness_platform_connector_github`, `..._secret_text`, `..._usergroup`, ...
 *
 * `HarnessPlatformStack` adds one with `prerequisites: PrerequisiteLookups.dataSources()`; in a stack of your own,
 * create it directly.
 */
export class PrerequisiteDataSources extends Construct {
  private readonly connectorTypes: Readonly<Record<string, ConnectorType>>;
  private readonly provider?: TerraformProvider;
  /** Warnings given in an earlier synthesis of this app (a synthesis adds what is missing, so warns again). */
  private readonly warned = new Set<string>();

  /**
   * Adds a data source for every connector, secret and user group that the stack's pipelines and workflows name, collected when the stack
   * synthesizes.
   */
  constructor(scope: Construct, id: string, props: PrerequisiteDataSourcesProps = {}) {
    super(scope, childId(scope, id, 'PrerequisiteDataSources'));
    constructProps(this, props, '{}');
    this.connectorTypes = checkConnectorTypes(this.node.path, props.connectorTypes ?? {});
    this.provider = props.provider;
    prepareAtSynth(this, (session) => this.lookUpAll(session));
  }

  /** Adds the data sources of every reference in the stack that has none yet; warns about untyped connectors. */
  private lookUpAll(session: SynthSession): void {
    const stack = TerraformStack.of(this);
    const untyped = new Map<string, { readonly construct: Construct; readonly reference: PrerequisiteReference }>();
    const typed = new Set<string>();
    for (const construct of stack.node.findAll()) {
      const scoped = prerequisitesOf(construct, session);
      for (const reference of scoped?.references ?? []) {
        const wanted = scoped && this.wanted(reference, scoped);
        if (wanted === undefined) continue;
        const key = this.label(wanted);
        if (wanted.kind !== undefined) {
          this.lookUp(wanted.kind, wanted);
          if (reference.kind === PrerequisiteKind.CONNECTOR) typed.add(key);
        } else if (!untyped.has(key)) {
          untyped.set(key, { construct: construct as Construct, reference });
        }
      }
    }
    for (const [key, { construct, reference }] of untyped) if (!typed.has(key)) this.warnUntyped(construct, reference);
  }

  /** What a reference needs looked up, or undefined for an `org.` reference of an account-level document. */
  private wanted(reference: PrerequisiteReference, scoped: ScopedReferences): Wanted | undefined {
    const { ref } = reference;
    if (!isLiteralReference(reference.kind, ref)) return undefined;
    const [prefix, rest] = ref.startsWith('account.') || ref.startsWith('org.') ? ref.split(/\.(.*)/s) : ['', ref];
    if (prefix === 'org' && scoped.orgId === undefined) return undefined;
    const scope = prefix === 'account' ? {} : prefix === 'org' ? { orgId: scoped.orgId } : scopeOf(scoped);
    return { kind: this.kindOf(reference), ...scope, identifier: rest };
  }

  /** The data source of a reference's kind; a connector without a known type has none. */
  private kindOf(reference: PrerequisiteReference): LookupKind | undefined {
    if (reference.kind === PrerequisiteKind.SECRET) return { group: 'secret_text', lookup: SECRET_LOOKUP };
    if (reference.kind === PrerequisiteKind.USER_GROUP) return { group: 'usergroup', lookup: USER_GROUP_LOOKUP };
    const type = reference.connectorType ?? this.connectorTypes[reference.ref];
    return type === undefined ? undefined : { group: `connector_${type.toLowerCase()}`, lookup: CONNECTOR_LOOKUPS[type] };
  }

  /** Creates the data source unless the stack has it (the same kind, scope and identifier). */
  private lookUp(kind: LookupKind, wanted: Wanted): void {
    const group = (this.node.tryFindChild(kind.group) as Construct | undefined) ?? new Construct(this, kind.group);
    const id = this.label(wanted);
    if (group.node.tryFindChild(id) !== undefined) return;
    withUserCreationStacks(() =>
      kind.lookup(group, id, {
        identifier: wanted.identifier,
        orgId: wanted.orgId,
        projectId: wanted.projectId,
        provider: this.provider,
      }),
    );
  }

  /**
   * The construct id of a lookup, unique per scope and identifier: `account-<id>`, `org-<org>-<id>` or
   * `project-<org>-<project>-<id>` (org and project identifiers have no `-`; a Terraform reference is written as the
   * address it resolves to, e.g. `harness_platform_project_team_ABC123_identifier`).
   */
  private label(wanted: Wanted): string {
    const resolver = new DefaultTokenResolver(new StringConcat());
    const resolve = (v: string): string => String(Tokenization.resolve(v, { scope: this, preparing: false, resolver }));
    const show = (v: string): string => (Token.isUnresolved(v) ? resolve(v).replace(/\W+/g, '_').replace(/^_|_$/g, '') : v);
    if (wanted.orgId === undefined) return `account-${wanted.identifier}`;
    if (wanted.projectId === undefined) return `org-${show(wanted.orgId)}-${wanted.identifier}`;
    return `project-${show(wanted.orgId)}-${show(wanted.projectId)}-${wanted.identifier}`;
  }

  private warnUntyped(construct: Construct, reference: PrerequisiteReference): void {
    const text = formatProblem({
      construct: construct.node.path,
      path: reference.path,
      field: reference.field,
      problem: `connector '${reference.ref}' is not looked up: the field does not tell the connector's type`,
      fix: `name its type in connectorTypes of ${this.node.path}, e.g. { '${reference.ref}': ConnectorType.DOCKER_REGISTRY }`,
    });
    if (this.warned.has(text)) return;
    this.warned.add(text);
    Annotations.of(this).addWarning(text);
  }
}

/** The scope of a reference without prefix: the referring document's project (or org, or account). */
function scopeOf(scoped: ScopedReferences): { readonly orgId?: string; readonly projectId?: string } {
  if (scoped.orgId === undefined) return {};
  return scoped.projectId === undefined ? { orgId: scoped.orgId } : { orgId: scoped.orgId, projectId: scoped.projectId };
}

/**
 * Checks the `connectorTypes` prop: literal connector references, each mapped to a {@link ConnectorType}
 * (docs/rules.md#prerequisite-connector-types).
 */
function checkConnectorTypes(where: string, types: Readonly<Record<string, ConnectorType>>): Readonly<Record<string, ConnectorType>> {
  const known = Object.values(ConnectorType) as string[];
  for (const [ref, type] of Object.entries(types)) {
    if (!isLiteralReference(PrerequisiteKind.CONNECTOR, ref)) {
      fail(
        where,
        'connectorTypes',
        `'${ref}' is not a connector reference`,
        "key it by the reference as written, e.g. 'account.dockerhub'",
      );
    }
    if (!known.includes(type)) {
      fail(
        where,
        `connectorTypes['${ref}']`,
        `'${String(type)}' is not a connector type`,
        `use one of ${known.join(', ')} (ConnectorType)`,
      );
    }
  }
  return { ...types };
}

/**
 * Whether a {@link HarnessPlatformStack} looks up the Harness objects its workflows refer to (the `prerequisites` prop).
 */
export class PrerequisiteLookups {
  /** Terraform data sources for the connectors, secrets and user groups the stack's workflows refer to. */
  public static dataSources(options: PrerequisiteLookupsOptions = {}): PrerequisiteLookups {
    return new PrerequisiteLookups(options);
  }

  private constructor(private readonly options: PrerequisiteLookupsOptions) {}

  /** Adds the lookups to `scope` (a stack). */
  public bind(scope: Construct, provider?: TerraformProvider): PrerequisiteDataSources {
    return new PrerequisiteDataSources(scope, 'prerequisites', { ...this.options, provider });
  }
}
