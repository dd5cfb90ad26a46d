// `cdktf-harness-idp import`: files and folders, the report it prints, usage errors, and --from-harness against a
// local HTTP server that answers in the Harness API's shapes.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { accountOfKey, fetchFromHarness } from '../../src/cli/import/harness-api';
import { referenceText } from '../support/reference-examples';
import { cli, repoTempDir } from './support';

describe('cdktf-harness-idp import', () => {
  let dir: string;
  beforeEach(() => {
    dir = repoTempDir();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('imports a folder: one module per document, the stack module, and a line per document with its typed share', async () => {
    mkdirSync(join(dir, 'yaml', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'yaml', 'k8s-scale.pipeline.yaml'), referenceText('k8s-scale.pipeline.yaml'));
    writeFileSync(join(dir, 'yaml', 'nested', 'k8s-scale.idp2.yml'), referenceText('k8s-scale.idp2.yaml'));
    writeFileSync(join(dir, 'yaml', 'notes.txt'), 'not yaml');
    const r = await cli(['import', 'yaml', '--out', 'gen', '--stack', 'Team'], dir);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'yaml/nested/k8s-scale.idp2.yml -> k8s-scale.idp2.ts: workflow, 100.0% typed (42/42 fields), 0 overrides',
        'yaml/k8s-scale.pipeline.yaml -> k8s-scale.pipeline.ts: pipeline, 100.0% typed (61/61 fields), 0 overrides',
        `Wrote 3 files to ${join(dir, 'gen')}`,
        '',
      ].join('\n'),
    });
    expect(readdirSync(join(dir, 'gen')).sort()).toEqual(['k8s-scale.idp2.ts', 'k8s-scale.pipeline.ts', 'team-stack.ts']);
    expect(readFileSync(join(dir, 'gen', 'team-stack.ts'), 'utf8')).toContain('export class TeamStack extends HarnessPlatformStack {');
    expect(readFileSync(join(dir, 'gen', 'k8s-scale.pipeline.ts'), 'utf8')).toContain("} from 'cdktf-harness-idp';");
  });

  test('lists the overrides it wrote and the defects it found, and skips documents that are neither', async () => {
    writeFileSync(
      join(dir, 'p.yaml'),
      [
        'pipeline:',
        '  identifier: p',
        '  name: p',
        '  stages:',
        '    - stage:',
        '        identifier: s',
        '        name: s',
        '        type: Custom',
        '        spec:',
        '          execution:',
        '            steps:',
        '              - step: { type: TerraformPlan, identifier: plan, name: plan, spec: { provisionerIdentifier: p1 } }',
        '              - step: { type: ShellScript, identifier: sh, name: sh, timeout: 5s, spec: { shell: Bash, onDelegate: true, source: { type: Inline, spec: { script: echo } } } }',
        '---',
        'kind: Something',
      ].join('\n'),
    );
    const r = await cli(['import', 'p.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('skipped p.yaml#2: neither a pipeline nor a workflow\n');
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      'p.yaml#1 -> p-1.ts: pipeline, 88.2% typed (15/17 fields), 2 overrides',
      '  override plan: spec.provisionerIdentifier',
      '  override sh: timeout',
      "  TODO step 'sh': timeout: '5s' is rejected by the Harness schema (seconds need at least two digits). Fix: use '10s' or more, or '1m'",
      `Wrote 2 files to ${join(dir, 'imported')}`,
    ]);
    const code = readFileSync(join(dir, 'imported', 'p-1.ts'), 'utf8');
    expect(code).toContain(
      "  const plan = new GenericStep({ identifier: 'plan', type: 'TerraformPlan' });\n  // not typed yet\n  plan.addOverride('spec.provisionerIdentifier', 'p1');",
    );
    expect(code).toContain(
      "  // TODO: step 'sh': timeout: '5s' is rejected by the Harness schema (seconds need at least two digits). Fix: use '10s' or more, or '1m'\n  const sh = new ShellScriptStep({",
    );
  });

  test.each([
    [[], 'give the YAML files or folders to import, or --from-harness'],
    [['--from-harness', '--org', 'o'], '--from-harness needs --org and --project'],
    [['--from-harness', '--org', 'o', '--project', 'p'], 'say --pipeline <id> or --all'],
    [['x.yaml', '--from-harness'], '--from-harness takes no files'],
    [['x.yaml', '--stack', 'my-stack'], "'my-stack' is not a class name"],
  ])('usage error %j', async (args, message) => {
    const r = await cli(['import', ...args], dir);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `cdktf-harness-idp import: ${message}\nRun 'cdktf-harness-idp import --help' for usage.\n`,
    });
  });
});

describe('--from-harness', () => {
  let server: Server;
  let endpoint: string;
  const requests: { method: string; url: string; key: string | undefined; account: string | undefined; body: string }[] = [];
  let throttleOnce = false;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', (): void => {
        requests.push({
          method: req.method!,
          url: req.url!,
          key: req.headers['x-api-key'] as string,
          account: req.headers['harness-account'] as string,
          body,
        });
        if (throttleOnce) {
          throttleOnce = false;
          res.writeHead(429, { 'retry-after': '1' }).end('{}');
          return;
        }
        const answers: [string, unknown][] = [
          ['/pipeline/api/pipelines/list', { status: 'SUCCESS', data: { content: [{ identifier: 'idp_k8s_scale' }], totalPages: 1 } }],
          [
            '/pipeline/api/pipelines/idp_k8s_scale',
            { status: 'SUCCESS', data: { yamlPipeline: referenceText('k8s-scale.pipeline.yaml') } },
          ],
          ['/v1/entities', [{ identifier: 'idp_k8s_scale', kind: 'workflow', yaml: referenceText('k8s-scale.idp2.yaml') }]],
        ];
        const answer = answers.find(([prefix]) => req.url!.startsWith(prefix));
        if (answer) {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer[1]));
          return;
        }
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    requests.length = 0;
  });

  const KEY = 'pat.acc123.tokenid.secretpart';

  test('fetches every pipeline and workflow of the project with the key, in the documented shapes', async () => {
    const sources = await fetchFromHarness({ endpoint, apiKey: KEY, orgId: 'default', projectId: 'idp_workflows' });
    expect(sources.map((s) => s.name)).toEqual(['harness/idp_k8s_scale.pipeline.yaml', 'harness/idp_k8s_scale.workflow.yaml']);
    expect(sources[0].text).toBe(referenceText('k8s-scale.pipeline.yaml'));
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /pipeline/api/pipelines/list?accountIdentifier=acc123&orgIdentifier=default&projectIdentifier=idp_workflows&page=0&size=100',
      'GET /pipeline/api/pipelines/idp_k8s_scale?accountIdentifier=acc123&orgIdentifier=default&projectIdentifier=idp_workflows',
      'GET /v1/entities?kind=workflow&orgIdentifier=default&projectIdentifier=idp_workflows&page=0&limit=100',
    ]);
    expect(requests.every((r) => r.key === KEY && r.account === 'acc123')).toBe(true);
    expect(requests[0].body).toBe('{"filterType":"PipelineSetup"}');
  });

  test('keeps within the rate limit: waits for the oldest request of the minute to age out', async () => {
    let clock = 0;
    const waits: number[] = [];
    await fetchFromHarness({
      endpoint,
      apiKey: KEY,
      orgId: 'default',
      projectId: 'idp_workflows',
      requestsPerMinute: 2,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    expect(waits).toEqual([60_000]);
    expect(requests).toHaveLength(3);
  });

  test('waits Retry-After on 429 and tries again', async () => {
    throttleOnce = true;
    const waits: number[] = [];
    const sources = await fetchFromHarness({
      endpoint,
      apiKey: KEY,
      orgId: 'default',
      projectId: 'idp_workflows',
      pipelineId: 'idp_k8s_scale',
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(waits).toEqual([1000]);
    expect(sources.map((s) => s.name)).toEqual(['harness/idp_k8s_scale.pipeline.yaml', 'harness/idp_k8s_scale.workflow.yaml']);
  });

  test('the CLI imports from the account and never prints the key', async () => {
    const dir = repoTempDir();
    const saved = { key: process.env.HARNESS_PLATFORM_API_KEY, endpoint: process.env.HARNESS_ENDPOINT };
    process.env.HARNESS_PLATFORM_API_KEY = KEY;
    process.env.HARNESS_ENDPOINT = endpoint;
    try {
      const r = await cli(
        ['import', '--from-harness', '--org', 'default', '--project', 'idp_workflows', '--pipeline', 'idp_k8s_scale'],
        dir,
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('harness/idp_k8s_scale.workflow.yaml -> idp_k8s_scale.workflow.ts: workflow, 100.0% typed (42/42 fields)');
      expect(`${r.stdout}${r.stderr}`).not.toContain('secretpart');
      for (const f of readdirSync(join(dir, 'imported')))
        expect(readFileSync(join(dir, 'imported', f), 'utf8')).not.toContain('secretpart');
    } finally {
      process.env.HARNESS_PLATFORM_API_KEY = saved.key;
      process.env.HARNESS_ENDPOINT = saved.endpoint;
      if (saved.key === undefined) delete process.env.HARNESS_PLATFORM_API_KEY;
      if (saved.endpoint === undefined) delete process.env.HARNESS_ENDPOINT;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('reads the account from a personal or service account key', () => {
    expect([accountOfKey('pat.abc_1.x.y'), accountOfKey('sat.Z9.x.y'), accountOfKey('token')]).toEqual(['abc_1', 'Z9', undefined]);
  });
});
