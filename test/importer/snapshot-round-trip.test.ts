// Issue 12: every pipeline and workflow of the YAML snapshots (the seven patterns, the constructs) imports to code
// that compiles under strict and synthesizes the same YAML.
import { join } from 'node:path';
import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { synthDocuments } from '../../src/testing/synth-documents';
import { type GeneratedApp, generate, typeErrors } from '../support/imported-code';
import { snapshotDocuments } from '../support/yaml-corpus';

interface Group {
  readonly title: string;
  readonly docs: { name: string; text: string; value: any }[];
}

const isImportable = (v: any): boolean => v?.pipeline !== undefined || v?.kind === 'Workflow' || v?.kind === 'Template';

/** The snapshot documents, grouped by snapshot entry (a pattern's pipeline with its workflow). */
function groups(): Group[] {
  const byTitle = new Map<string, Group>();
  for (const d of snapshotDocuments()) {
    if (!isImportable(d.value)) continue;
    const title = d.name.replace(/ [^ ]+\.yaml$/, '');
    if (!byTitle.has(title)) byTitle.set(title, { title, docs: [] });
    byTitle.get(title)!.docs.push({ name: `${d.name.split(' ').pop()}`, text: d.text, value: d.value });
  }
  return [...byTitle.values()];
}

const all = groups();
const apps: GeneratedApp[] = [];

beforeAll(() => {
  const root = generate([], {}).dir;
  all.forEach((g, i) =>
    apps.push(
      generate(
        g.docs.map((d) => ({ name: d.name, text: d.text })),
        { stackName: 'Snapshot' },
        join(root, `g${i}`),
      ),
    ),
  );
});

afterAll(() => apps[0] && generate([], {}, join(apps[0].dir, '..')).remove());

describe('import of the YAML snapshots', () => {
  test('covers the seven patterns and the constructs', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(all.flatMap((g) => g.docs).length).toBe(20);
  });

  test('the generated code compiles under strict', () => {
    expect(typeErrors(apps.map((a) => a.dir))).toEqual([]);
  }, 180_000);

  test.each(all.map((g, i) => [g.title, i] as const))('%s: synthesizes the same YAML', (_title, i) => {
    const { SnapshotStack } = apps[i].load('snapshot-stack.ts');
    // no accountId: a trigger URL with the stack's Terraform account variable keeps it; others name their account
    const stack = new SnapshotStack(Testing.app(), 'snap', { orgId: 'default', projectId: 'idp_workflows' });
    const docs = Object.values(synthDocuments(stack, { diagrams: false })).map((t) => parse(t, { version: '1.1' }));
    expect(docs.length).toBe(all[i].docs.length);
    const inputs = all[i].docs.map((d) => d.value).filter((v) => v.kind !== 'Template');
    for (const input of inputs) expect(docs).toContainEqual(input);
  });

  test('an IDP 1.0 template renders its Backstage YAML (the stack registers it inline, as IDP 2.0)', () => {
    const i = all.findIndex((g) => g.docs.some((d) => d.value.kind === 'Template'));
    const module = apps[i].load(apps[i].result.files[0].fileName);
    const workflow = Object.values(module)[0] as () => { toBackstageObject(): unknown };
    expect(workflow().toBackstageObject()).toEqual(all[i].docs[0].value);
  });

  test('every document is typed in full: no override, no defect', () => {
    const untyped = apps.flatMap((a) => a.result.reports.filter((r) => r.report.overrides.length > 0 || r.report.problems.length > 0));
    expect(untyped.map((r) => r.report.source)).toEqual([]);
  });
});
