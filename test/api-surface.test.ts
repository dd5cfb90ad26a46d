// The public surface of the package, as the TypeScript compiler sees it (scripts/api-surface.ts): the exported names
// of each entry point are a snapshot, so every change to the surface is a reviewed diff; every member a user reaches
// has a JSDoc comment; no plumbing is exported; the API reference in docs/api/ is generated from this very surface.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsHash, readStamp, surfaceHash } from '../scripts/api-docs';
import { ENTRY_POINTS, exportedNames, loadPublicApi, type PublicApi, publicMembers, undocumented } from '../scripts/api-surface';

const root = join(__dirname, '..');
const MAIN = 'cdktf-harness-idp';
const TESTING = 'cdktf-harness-idp/testing';
let api: PublicApi;

beforeAll(() => {
  api = loadPublicApi(root);
}, 120_000);

const names = (entry: string): string[] => api.entries[entry].map((e) => e.name);

describe('exported names (update the snapshot with `npx jest test/api-surface.test.ts -u` when a change is meant)', () => {
  test.each([MAIN, TESTING])('%s', (entry) => {
    expect(exportedNames(api, entry)).toMatchSnapshot();
  });
});

describe('no plumbing in the surface', () => {
  test('validation, rendering, resolve and marker helpers stay in their files', () => {
    const plumbing = ['fail', 'failIn', 'requireText', 'renderGitTarget', 'runsBefore', 'resolveValue', 'resolveString'];
    plumbing.push('renderHarnessTags', 'validateIdentifier', 'credentialProblems', 'STEP_STAGE_MATRIX', 'Overrides', 'decodeExpression');
    plumbing.push('analyzeWorkflowPipelineContract', 'replaceOnboardingPlaceholders', 'HARNESS_CUSTOM_PIPELINE_ACTION');
    plumbing.push('TRIGGER_PIPELINE_WITH_WEBHOOK_ACTION', 'InputsetOnlyProps', 'FieldContent', 'FilterArgument', 'checkWebhook');
    expect(plumbing.filter((n) => names(MAIN).includes(n))).toEqual([]);
    expect(['repairHarnessSchema', 'harnessSchemaCandidates', 'documentsFromJson'].filter((n) => names(TESTING).includes(n))).toEqual([]);
  });

  test('@internal members (wiring between models, render-context state, marker payloads) are not members of the surface', () => {
    const members = new Set(publicMembers(api, MAIN).map((m) => m.path));
    for (const internal of ['Step#_attach', 'Stage#_attach', 'Pipeline#positionOfStage', 'StepList#positionOf', 'RenderContext#memo']) {
      expect([internal, members.has(internal)]).toEqual([internal, false]);
    }
    for (const internal of ['Expression.payloadOf', 'Expression#toPayload', 'RunStep#_attach', 'ResolveContext.kinds']) {
      expect([internal, members.has(internal)]).toEqual([internal, false]);
    }
    // The members users call stay.
    for (const member of ['Step#addOverride', 'Stage#addStep', 'Pipeline#toYaml', 'RunStep#outputVariable', 'Expression#resolve']) {
      expect([member, members.has(member)]).toEqual([member, true]);
    }
  });

  test('index files name their exports; only src/index.ts joins the curated layer indexes with export *', () => {
    const indexes = [
      'src/index.ts',
      ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('/index.ts') || f === 'index.ts')
        .map((f) => `src/${f}`),
    ];
    for (const file of [...new Set(indexes)]) {
      const stars = [...readFileSync(join(root, file), 'utf8').matchAll(/^export \* from '([^']+)';$/gm)].map((m) => m[1]);
      const allowed =
        file === 'src/index.ts' ? ['./core', './pipeline', './workflow', './diagram', './terraform', './constructs', './stacks'] : [];
      expect([file, stars.filter((s) => !allowed.includes(s))]).toEqual([file, []]);
    }
  });
});

describe('documentation', () => {
  test.each(Object.keys(ENTRY_POINTS))(
    'every exported class member, function, enum member and interface property of %s has JSDoc',
    (entry) => {
      expect(undocumented(api, entry)).toEqual([]);
    },
  );

  test('every name the README, docs, examples and the init starter import from the package is exported', () => {
    const docs = readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`);
    const starter = readdirSync(join(root, 'templates/init')).map((f) => `templates/init/${f}`);
    const examples = readdirSync(join(root, 'examples/stacks')).map((f) => `examples/stacks/${f}`);
    const imported: Record<string, Set<string>> = { [MAIN]: new Set(), [TESTING]: new Set() };
    for (const file of ['README.md', ...docs, ...starter, ...examples, 'examples/main.ts']) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/import \{([^}]*)\} from '(cdktf-harness-idp(?:\/testing)?|\.\.\/\.\.\/src)'/g)) {
        const entry = m[2] === '../../src' ? MAIN : m[2];
        for (const name of m[1].split(',').map((n) => n.replace(/^\s*type\s+/, '').trim())) if (name) imported[entry].add(name);
      }
    }
    expect(imported[MAIN].size).toBeGreaterThan(30);
    for (const entry of [MAIN, TESTING]) expect([...imported[entry]].filter((n) => !names(entry).includes(n))).toEqual([]);
  });

  test('docs/api is generated from this surface and not edited by hand (else run `npm run docs:api`)', () => {
    const stamp = readStamp(root);
    const current = { surface: surfaceHash(root, api), docs: docsHash(root) };
    if (stamp?.surface !== current.surface)
      throw new Error('The public API changed since docs/api was generated. Fix: run `npm run docs:api`');
    if (stamp?.docs !== current.docs) throw new Error('docs/api differs from what `npm run docs:api` wrote. Fix: run `npm run docs:api`');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('docs/api/cdktf-harness-idp/README.md');
  });
});
