import { IDENTIFIER_PATTERN, SECRET_IDENTIFIER_PATTERN } from '../core/identifier';

/** What kind of Harness object a pipeline or workflow expects to exist. */
export enum PrerequisiteKind {
  /** A connector (`connectorRef`). */
  CONNECTOR = 'connector',
  /** A secret (a `SecretRef` or a Secret variable's value). */
  SECRET = 'secret',
  /** A user group (approvers). */
  USER_GROUP = 'user group',
}

/**
 * The type of a Harness connector (the `type` Harness records for it), for the connectors whose type the library can
 * look up. A Terraform lookup of a connector checks the type too: a GitLab connector named where a GitHub one belongs
 * fails the plan.
 */
export enum ConnectorType {
  /** A GitHub connector. */
  GITHUB = 'Github',
  /** A GitLab connector. */
  GITLAB = 'Gitlab',
  /** A Bitbucket connector. */
  BITBUCKET = 'Bitbucket',
  /** An Azure Repos connector. */
  AZURE_REPO = 'AzureRepo',
  /** A generic Git connector. */
  GIT = 'Git',
  /** A Kubernetes cluster connector. */
  KUBERNETES = 'K8sCluster',
  /** A Docker registry connector. */
  DOCKER_REGISTRY = 'DockerRegistry',
  /** An AWS connector. */
  AWS = 'Aws',
  /** A GCP connector. */
  GCP = 'Gcp',
  /** A Jira connector. */
  JIRA = 'Jira',
  /** A ServiceNow connector. */
  SERVICE_NOW = 'ServiceNow',
}

/** A Harness object that a rendered document refers to by identifier and that must exist before it runs. */
export interface PrerequisiteReference {
  /** Connector, secret or user group. */
  readonly kind: PrerequisiteKind;
  /**
   * The reference as written, with its scope prefix: `account.x`, `org.x`, or `x` (the scope of the document's
   * own project).
   */
  readonly ref: string;
  /** The connector's type, where the referring field tells it. @default - not known (or not a connector) */
  readonly connectorType?: ConnectorType;
  /** Where the reference is, e.g. `pipeline 'p' > stage 's' > step 'jira'`. */
  readonly path: string;
  /** The referring field, e.g. `spec.connectorRef`. */
  readonly field: string;
}

/** The connector type each step type's `spec.connectorRef` names (the IDP Git steps say it in `spec.connectorType`). */
const STEP_CONNECTOR_TYPES: Readonly<Record<string, ConnectorType>> = {
  JiraCreate: ConnectorType.JIRA,
  JiraUpdate: ConnectorType.JIRA,
  JiraApproval: ConnectorType.JIRA,
  ServiceNowCreate: ConnectorType.SERVICE_NOW,
  ServiceNowUpdate: ConnectorType.SERVICE_NOW,
  ServiceNowApproval: ConnectorType.SERVICE_NOW,
  ServiceNowImportSet: ConnectorType.SERVICE_NOW,
  BuildAndPushDockerRegistry: ConnectorType.DOCKER_REGISTRY,
  BuildAndPushECR: ConnectorType.AWS,
  BuildAndPushGCR: ConnectorType.GCP,
};

/** `spec.connectorType` of the IDP Git steps (GitConnectorType) to the connector's type; Harness Code has none. */
const GIT_CONNECTOR_TYPES: Readonly<Record<string, ConnectorType>> = {
  Github: ConnectorType.GITHUB,
  Gitlab: ConnectorType.GITLAB,
  Bitbucket: ConnectorType.BITBUCKET,
  AzureRepo: ConnectorType.AZURE_REPO,
};

/** The IDP Git steps: without `spec.connectorType`, Harness takes the connector for a GitHub one. */
const IDP_GIT_STEPS: ReadonlySet<string> = new Set(['CreateRepo', 'DirectPush', 'RegisterCatalog']);

/** Step types whose `spec` names a secret by bare identifier (besides `xApiKey`, which every IDP step uses so). */
const STEP_SECRET_FIELDS: Readonly<Record<string, readonly string[]>> = { SlackNotify: ['token'] };

/** `<+secrets.getValue("id")>` (or single-quoted), with a literal identifier. */
const SECRET_EXPRESSION = /<\+secrets\.getValue\(\s*(["'])([^"'<>]+)\1\s*\)>/g;

type Node = Record<string, unknown>;
type Found = PrerequisiteReference[];

/**
 * The connectors, secrets and user groups a rendered pipeline document (`{ pipeline: {...} }`, as
 * `Pipeline.render()` gives it) refers to by a literal identifier: `spec.connectorRef` of the steps (with the
 * connector type where the step type or `spec.connectorType` tells it; unknown for GitClone, Run, Plugin and image
 * connectors), a Kubernetes stage infrastructure's connector, `<+secrets.getValue("...")>` in any text, Secret
 * variables, the IDP steps' `xApiKey` and SlackNotify's `token`, and HarnessApproval's user groups. References that
 * are expressions (`<+input>`, `<+pipeline.variables.x>`) are left out: they are known only at run time. In document
 * order, duplicates included.
 */
export function pipelinePrerequisites(document: unknown): PrerequisiteReference[] {
  const pipeline = isNode(document) ? document.pipeline : undefined;
  if (!isNode(pipeline)) return [];
  const found: Found = [];
  visit(pipeline, `pipeline '${String(pipeline.identifier)}'`, found);
  return found;
}

function visit(value: unknown, where: string, found: Found): void {
  if (typeof value === 'string') {
    for (const m of value.matchAll(SECRET_EXPRESSION)) add(found, PrerequisiteKind.SECRET, m[2], where, 'secrets.getValue');
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) visit(item, where, found);
    return;
  }
  if (!isNode(value)) return;
  if (value.type === 'Secret' && typeof value.name === 'string' && typeof value.value === 'string') {
    add(found, PrerequisiteKind.SECRET, value.value, `${where} > variable '${value.name}'`, 'value');
  }
  for (const [key, child] of Object.entries(value)) {
    const label = { stage: 'stage', stepGroup: 'stepGroup', step: 'step' }[key];
    if (label === undefined || !isNode(child)) {
      visit(child, where, found);
      continue;
    }
    const here = `${where} > ${label} '${String(child.identifier)}'`;
    if (key === 'step') stepReferences(child, here, found);
    if (key === 'stage') infrastructureReferences(child, here, found);
    visit(child, here, found);
  }
}

/** The connector, secrets and user groups of one step's `spec`. */
function stepReferences(step: Node, where: string, found: Found): void {
  const spec = isNode(step.spec) ? step.spec : {};
  const type = String(step.type);
  if (typeof spec.connectorRef === 'string') {
    const git = typeof spec.connectorType === 'string' ? spec.connectorType : IDP_GIT_STEPS.has(type) ? 'Github' : undefined;
    if (git !== 'Harness') {
      const connectorType = git !== undefined ? GIT_CONNECTOR_TYPES[git] : STEP_CONNECTOR_TYPES[type];
      add(found, PrerequisiteKind.CONNECTOR, spec.connectorRef, where, 'spec.connectorRef', connectorType);
    }
  }
  for (const field of ['xApiKey', ...(STEP_SECRET_FIELDS[type] ?? [])]) {
    if (typeof spec[field] === 'string') add(found, PrerequisiteKind.SECRET, spec[field], where, `spec.${field}`);
  }
  const groups = type === 'HarnessApproval' && isNode(spec.approvers) ? spec.approvers.userGroups : undefined;
  if (Array.isArray(groups)) {
    for (const group of groups) {
      if (typeof group === 'string') add(found, PrerequisiteKind.USER_GROUP, group, where, 'spec.approvers.userGroups');
    }
  }
}

/** A stage's Kubernetes cluster connector and the image connector of its build infrastructure. */
function infrastructureReferences(stage: Node, where: string, found: Found): void {
  const infrastructure = isNode(stage.spec) && isNode(stage.spec.infrastructure) ? stage.spec.infrastructure : undefined;
  const spec = infrastructure && isNode(infrastructure.spec) ? infrastructure.spec : undefined;
  if (!infrastructure || !spec) return;
  const field = 'spec.infrastructure.spec';
  if (infrastructure.type === 'KubernetesDirect' && typeof spec.connectorRef === 'string') {
    add(found, PrerequisiteKind.CONNECTOR, spec.connectorRef, where, `${field}.connectorRef`, ConnectorType.KUBERNETES);
  }
  const image = spec.harnessImageConnectorRef ?? (isNode(spec.spec) ? spec.spec.harnessImageConnectorRef : undefined);
  if (typeof image === 'string') add(found, PrerequisiteKind.CONNECTOR, image, where, `${field}.harnessImageConnectorRef`);
}

/**
 * True if `ref` is a literal reference to an object of `kind`: an identifier with an optional `account.` or `org.`
 * prefix (not an expression such as `<+input>`, which is known only at run time).
 */
export function isLiteralReference(kind: PrerequisiteKind, ref: string): boolean {
  const identifier = ref.replace(/^(account|org)\./, '');
  return (kind === PrerequisiteKind.SECRET ? SECRET_IDENTIFIER_PATTERN : IDENTIFIER_PATTERN).test(identifier);
}

/** Adds a reference whose text is a literal scoped identifier; expressions and other text are left out. */
function add(found: Found, kind: PrerequisiteKind, ref: string, path: string, field: string, connectorType?: ConnectorType): void {
  if (!isLiteralReference(kind, ref)) return;
  found.push(connectorType === undefined ? { kind, ref, path, field } : { kind, ref, connectorType, path, field });
}

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
