// Issue 12, property: random models (the fuzz configurations: the patterns and raw pipelines and workflows, with
// text full of Terraform, YAML, Harness and Backstage syntax) -> YAML -> import -> synth -> the same YAML.
import { Testing } from 'cdktf';
import fc from 'fast-check';
import { parse } from 'yaml';
import { synthDocuments } from '../../src/testing/synth-documents';
import { configurationArbitrary } from '../support/fuzz/configurations';
import { synthesize } from '../support/fuzz/check';
import { type GeneratedApp, generate } from '../support/imported-code';

const parsed = (docs: Record<string, string>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(docs)
      .filter(([key]) => key.endsWith('.yaml'))
      .map(([key, text]) => [key.replace(/^[^/]+\//, ''), parse(text, { version: '1.1' })]),
  );

const apps: GeneratedApp[] = [];
afterAll(() => {
  for (const a of apps) a.remove();
});

describe('import round trip of random models', () => {
  test('every synthesized pipeline and workflow imports to code that synthesizes the same documents, typed in full', () => {
    fc.assert(
      fc.property(configurationArbitrary, (c) => {
        const docs = synthesize(c).documents;
        const sources = Object.entries(docs)
          .filter(([key]) => key.endsWith('.yaml'))
          .map(([name, text]) => ({ name: name.replace(/\//g, '_'), text }));
        expect(sources.length).toBeGreaterThanOrEqual(2);
        const app = generate(sources, { stackName: 'Fuzz' });
        apps.push(app);
        const { FuzzStack } = app.load('fuzz-stack.ts');
        const stack = new FuzzStack(Testing.app(), 'fuzz', { orgId: c.org, projectId: c.project });
        const expected = parsed(docs);
        expect(Object.keys(expected).length).toBe(sources.length);
        expect(parsed(synthDocuments(stack, { diagrams: false }))).toEqual(expected);
        const untyped = app.result.reports.filter((r) => r.report.problems.length > 0 || r.report.unresolved.length > 0);
        expect(untyped.map((r) => [r.report.source, r.report.problems, r.report.unresolved])).toEqual([]);
      }),
      { seed: 20261206, numRuns: Number(process.env.IMPORT_FUZZ_RUNS ?? 6) },
    );
  }, 120_000);
});
