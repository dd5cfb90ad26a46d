// Issue 12: the example app's own synthesized YAML imports to an app whose stacks synthesize the same pipelines and
// workflows (the documents of each team stack's harness_platform_pipeline, catalog entity and GitOps file resources).
import { type TerraformStack, Testing } from 'cdktf';
import { parse } from 'yaml';
import { defineStacks } from '../../examples/app';
import { synthDocuments } from '../../src/testing/synth-documents';
import { type GeneratedApp, generate, typeErrorsByDir } from '../support/imported-code';

const TEAMS = [
  { stack: 'payments', projectId: 'payments' },
  { stack: 'checkout', projectId: 'checkout' },
] as const;

function exampleStack(id: string): TerraformStack {
  const app = Testing.app();
  defineStacks(app, { env: { HARNESS_IDP_STACK: id } });
  return app.node.findChild(id) as TerraformStack;
}

/** The YAML documents of a stack, parsed, keyed without the stack name. */
function documents(stack: TerraformStack): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(synthDocuments(stack, { diagrams: false })).map(([key, text]) => [
      key.replace(/^[^/]+\//, ''),
      parse(text, { version: '1.1' }),
    ]),
  );
}

const apps = new Map<string, GeneratedApp>();
beforeAll(() => {
  for (const team of TEAMS) {
    const docs = synthDocuments(exampleStack(team.stack), { diagrams: false });
    const sources = Object.entries(docs).map(([name, text]) => ({ name: name.replace(/\//g, '_'), text }));
    apps.set(team.stack, generate(sources, { stackName: 'Imported' }));
  }
});
afterAll(() => {
  for (const a of apps.values()) a.remove();
});

/** The type errors of each team's generated folder, from one compiler program over both (built once, when first asked). */
let typeErrors: Map<string, string[]> | undefined;
function typeErrorsOf(stack: string): string[] {
  typeErrors ??= typeErrorsByDir(TEAMS.map((t) => apps.get(t.stack)!.dir));
  return typeErrors.get(apps.get(stack)!.dir)!;
}

describe('import of the example app', () => {
  test.each(TEAMS)('$stack: the imported stack synthesizes the same pipelines and workflows', ({ stack, projectId }) => {
    const original = documents(exampleStack(stack));
    expect(Object.keys(original).length).toBeGreaterThanOrEqual(6);
    const { ImportedStack } = apps.get(stack)!.load('imported-stack.ts');
    const imported = new ImportedStack(Testing.app(), stack, { orgId: 'default', projectId });
    expect(documents(imported)).toEqual(original);
  });

  test.each(TEAMS)(
    '$stack: every document typed in full, no defect, and the code compiles under strict',
    ({ stack }) => {
      const { reports } = apps.get(stack)!.result;
      const untyped = reports.filter((r) => r.report.overrides.length > 0 || r.report.problems.length > 0);
      expect(untyped.map((r) => [r.report.source, r.report.overrides, r.report.problems])).toEqual([]);
      expect(typeErrorsOf(stack)).toEqual([]);
    },
    120_000,
  );
});
