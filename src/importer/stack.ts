import type { PairNames } from './workflow/import-paired';
import { pascalCase } from './names';
import { quote } from './printer';

/** What the stack module wires. */
export type StackEntry =
  | { readonly kind: 'pipeline'; readonly id: string; readonly module: string; readonly functions: { readonly pipeline: string } }
  | {
      readonly kind: 'workflow';
      readonly id: string;
      readonly module: string;
      readonly functions: { readonly workflow: string };
      readonly backstage: boolean;
    }
  | {
      readonly kind: 'pair';
      readonly id: string;
      readonly module: string;
      readonly pipelineModule: string;
      readonly functions: PairNames;
      readonly hasOverrides: boolean;
      readonly accountId: string;
      readonly baseUrl?: string;
      readonly scope?: 'ORG' | 'ACCOUNT';
    };

/** An account id the stack provides itself (a Terraform variable in the synthesized YAML). */
const TERRAFORM_ACCOUNT = /^\$\{var\.[A-Za-z0-9_-]+\}$/;

function pairLines(e: Extract<StackEntry, { kind: 'pair' }>, used: Set<string>, id: string): string[] {
  let name = e.functions.definition.replace(/Workflow$/, '');
  for (let i = 2; used.has(name); i++) name = `${e.functions.definition.replace(/Workflow$/, '')}${i}`;
  used.add(name);
  const fields = `${name}Form`;
  const props = [
    `pipeline: ${e.functions.pipeline}(${fields})`,
    `workflow: ${e.functions.definition}(${fields})`,
    ...(TERRAFORM_ACCOUNT.test(e.accountId) ? [] : [`accountId: ${quote(e.accountId)}`]),
    ...(e.baseUrl ? [`uiBaseUrl: ${quote(e.baseUrl)}`] : []),
    ...(e.scope ? [`workflowScope: WorkflowScope.${e.scope}`] : []),
  ];
  const create = `new SelfServiceWorkflow(this, ${quote(id)}, {\n      ${props.join(',\n      ')},\n    })`;
  return [
    `    const ${fields} = ${e.functions.fields}();`,
    e.hasOverrides ? `    const ${name} = ${create};` : `    ${create};`,
    ...(e.hasOverrides ? [`    ${e.functions.overrides}(${name}.form);`] : []),
  ];
}

/** A construct id not used yet in the stack. */
function constructId(id: string, kind: string, ids: Set<string>): string {
  let candidate = ids.has(id) ? `${id}_${kind}` : id;
  for (let i = 2; ids.has(candidate); i++) candidate = `${id}_${kind}${i}`;
  ids.add(candidate);
  return candidate;
}

function entryLines(e: StackEntry, used: Set<string>, ids: Set<string>): string[] {
  const id = constructId(e.id, e.kind, ids);
  if (e.kind === 'pipeline') return [`    new HarnessPipeline(this, ${quote(id)}, { pipeline: ${e.functions.pipeline}() });`];
  if (e.kind === 'workflow') {
    const note = e.backstage
      ? [
          '    // An IDP 1.0 template: registered inline as an IDP 2.0 entity. To keep the Backstage format, register it through',
          '    // GitOps: registration: WorkflowRegistration.gitOps({ repository, format: WorkflowFormat.BACKSTAGE }).',
        ]
      : [];
    return [...note, `    new IdpWorkflow(this, ${quote(id)}, { workflow: ${e.functions.workflow}() });`];
  }
  return pairLines(e, used, id);
}

function importsOf(entries: readonly StackEntry[], library: string): string[] {
  const lib = new Set<string>(['HarnessPlatformStack', 'type HarnessPlatformStackProps']);
  const local = new Map<string, Set<string>>();
  const add = (module: string, name: string): void => {
    if (!local.has(module)) local.set(module, new Set());
    local.get(module)!.add(name);
  };
  for (const e of entries) {
    if (e.kind === 'pipeline') lib.add('HarnessPipeline');
    if (e.kind === 'workflow') lib.add('IdpWorkflow');
    if (e.kind === 'pair') lib.add('SelfServiceWorkflow');
    if (e.kind === 'pair' && e.scope) lib.add('WorkflowScope');
    if (e.kind === 'pair') {
      add(e.module, e.functions.fields);
      add(e.module, e.functions.definition);
      if (e.hasOverrides) add(e.module, e.functions.overrides);
      add(e.pipelineModule, e.functions.pipeline);
    } else {
      add(e.module, e.kind === 'pipeline' ? e.functions.pipeline : e.functions.workflow);
    }
  }
  const sortKey = (n: string): string => n.replace(/^type /, '');
  const libNames = [...lib].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
  const libLine = `import { ${libNames.join(', ')} } from '${library}';`;
  return [
    "import type { Construct } from 'constructs';",
    libLine.length <= 140 ? libLine : `import {\n${libNames.map((n) => `  ${n},`).join('\n')}\n} from '${library}';`,
    ...[...local].sort(([a], [b]) => (a < b ? -1 : 1)).map(([m, names]) => `import { ${[...names].sort().join(', ')} } from './${m}';`),
  ];
}

/** The stack module: a `HarnessPlatformStack` that creates every imported pipeline and workflow. */
export function stackModule(name: string, entries: readonly StackEntry[], library: string): { fileName: string; text: string } {
  const className = `${pascalCase(name)}Stack`;
  const used = new Set<string>();
  const ids = new Set<string>();
  const body = entries.flatMap((e) => entryLines(e, used, ids));
  const text = [
    '// Generated by `cdktf-harness-idp import`: the imported pipelines and workflows in one stack.',
    ...importsOf(entries, library),
    '',
    '/** The imported pipelines and workflows. */',
    `export class ${className} extends HarnessPlatformStack {`,
    '  constructor(scope: Construct, id: string, props: HarnessPlatformStackProps) {',
    '    super(scope, id, props);',
    ...body,
    '  }',
    '}',
    '',
  ].join('\n');
  return { fileName: `${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}-stack.ts`, text };
}
