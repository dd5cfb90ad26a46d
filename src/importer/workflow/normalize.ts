import { isRecord } from '../is-record';

/** The parts of an IDP 2.0 workflow or an IDP 1.0 Backstage template the importer reads, in one shape. */
export interface WorkflowParts {
  readonly format: 'idp2' | 'backstage';
  readonly identifier: string;
  readonly name?: string;
  readonly type?: unknown;
  readonly owner?: unknown;
  readonly orgIdentifier?: unknown;
  readonly projectIdentifier?: unknown;
  readonly metadata: Record<string, unknown>;
  readonly lifecycle?: unknown;
  readonly pages: readonly Record<string, unknown>[];
  readonly steps: readonly Record<string, unknown>[];
  readonly output: Record<string, unknown>;
}

const records = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/** True for an IDP 2.0 workflow (`harness.io/v1`, kind `Workflow`). */
export function isIdp2Workflow(doc: unknown): doc is Record<string, unknown> {
  return isRecord(doc) && doc.apiVersion === 'harness.io/v1' && doc.kind === 'Workflow';
}

/** True for an IDP 1.0 Backstage template (`scaffolder.backstage.io/v1beta3`, kind `Template`). */
export function isBackstageTemplate(doc: unknown): boolean {
  return isRecord(doc) && doc.apiVersion === 'scaffolder.backstage.io/v1beta3' && doc.kind === 'Template';
}

/** Reads either format into {@link WorkflowParts}. */
export function workflowParts(doc: Record<string, unknown>): WorkflowParts {
  const spec = isRecord(doc.spec) ? doc.spec : {};
  const metadata = isRecord(doc.metadata) ? doc.metadata : {};
  const common = {
    pages: records(spec.parameters),
    steps: records(spec.steps),
    output: isRecord(spec.output) ? spec.output : {},
    lifecycle: spec.lifecycle,
  };
  if (isBackstageTemplate(doc)) {
    const { name, title, ...rest } = metadata;
    return {
      ...common,
      format: 'backstage',
      identifier: String(name),
      name: typeof title === 'string' ? title : undefined,
      type: spec.type,
      owner: spec.owner,
      metadata: rest,
    };
  }
  return {
    ...common,
    format: 'idp2',
    identifier: String(doc.identifier),
    name: typeof doc.name === 'string' ? doc.name : undefined,
    type: doc.type,
    owner: doc.owner,
    orgIdentifier: doc.orgIdentifier,
    projectIdentifier: doc.projectIdentifier,
    metadata,
  };
}

/** The trigger step (`trigger:harness-custom-pipeline`) of a workflow, if any. */
export function triggerStep(parts: WorkflowParts): Record<string, unknown> | undefined {
  return parts.steps.find((s) => s.action === 'trigger:harness-custom-pipeline');
}

/** Inputset entries: pipeline variable name → form property id (from `${{ parameters.<id> }}`). */
export function inputsetFields(trigger: Record<string, unknown> | undefined): { byField: Map<string, string>; qualified: boolean } {
  const input = isRecord(trigger?.input) ? trigger.input : {};
  const inputset = isRecord(input.inputset) ? input.inputset : {};
  const keys = Object.keys(inputset);
  const qualified = keys.length > 0 && keys.every((k) => k.startsWith('pipeline.variables.'));
  const byField = new Map<string, string>();
  for (const [k, v] of Object.entries(inputset)) {
    const m = typeof v === 'string' ? /^\$\{\{ parameters\.([A-Za-z_][A-Za-z0-9_]*)(?:\.join\(','\))? \}\}$/.exec(v) : null;
    if (m && !byField.has(m[1])) byField.set(m[1], qualified ? k.slice('pipeline.variables.'.length) : k);
  }
  return { byField, qualified };
}

/** The token field id of `apikey: ${{ parameters.<id> }}`, if the trigger uses the session token. */
export function tokenFieldId(trigger: Record<string, unknown> | undefined): string | undefined {
  const input = isRecord(trigger?.input) ? trigger.input : {};
  const m = typeof input.apikey === 'string' ? /^\$\{\{ parameters\.([A-Za-z_][A-Za-z0-9_]*) \}\}$/.exec(input.apikey) : null;
  return m?.[1];
}
