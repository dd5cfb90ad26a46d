import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Testing } from 'cdktf';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { PipelineApiCheck } from '../../src/constructs/pipeline-api-check';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { evaluateWithTerraform } from '../support/terraform';

function setup() {
  const stack = new HarnessPlatformStack(Testing.app(), 'team', { orgId: 'default', projectId: 'platform' });
  const mk = (id: string) =>
    new HarnessPipeline(stack, id, {
      pipeline: new Pipeline({ identifier: id }).addStage(
        new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'r', command: 'echo ${HOME}' })] }),
      ),
      orgId: stack.orgId,
      projectId: stack.projectId,
    });
  return { stack, a: mk('a'), b: mk('b') };
}

describe('PipelineApiCheck', () => {
  test('runs a local command keyed on the SHA-256 of the pipeline YAML, after the pipeline', () => {
    const { stack, a } = setup();
    new PipelineApiCheck(stack, 'check', { pipeline: a, accountId: stack.accountId });
    const json = JSON.parse(Testing.synth(stack, true));
    const [r] = Object.values(json.resource.null_resource) as Record<string, any>[];
    expect(r.triggers).toEqual({
      pipeline_yaml_sha256: expect.stringMatching(/^\$\{sha256\(harness_platform_pipeline\.a_resource_[0-9A-F]+\.yaml\)\}$/),
    });
    expect(r.depends_on).toEqual([expect.stringMatching(/^harness_platform_pipeline\.a_resource_/)]);
    expect(r.provisioner).toEqual([
      {
        'local-exec': {
          command: expect.stringContaining(`printf 'x-api-key: %s\\n' "$HARNESS_PLATFORM_API_KEY" | curl -sS --fail-with-body -H @- --get`),
          environment: {
            HARNESS_PIPELINE_URL: 'https://app.harness.io/pipeline/api/pipelines/a',
            HARNESS_ACCOUNT_ID: '${var.harness_account_id}',
            HARNESS_ORG_ID: 'default',
            HARNESS_PROJECT_ID: 'platform',
          },
        },
      },
    ]);
    expect(json.terraform.required_providers.null).toEqual(expect.objectContaining({ source: 'null' }));
  });

  test('declares the null provider once for several checks, and never puts the key in configuration', () => {
    const { stack, a, b } = setup();
    new PipelineApiCheck(stack, 'check_a', { pipeline: a, accountId: 'acc' });
    new PipelineApiCheck(stack, 'check_b', { pipeline: b, accountId: 'acc', apiKeyEnvironmentVariable: 'MY_KEY' });
    const synthesized = Testing.synth(stack, true);
    const json = JSON.parse(synthesized);
    expect(json.provider.null).toHaveLength(1);
    expect(synthesized).toContain('$MY_KEY');
    expect(synthesized).not.toMatch(/pat\.[A-Za-z0-9]/);
  });

  test('Terraform evaluates the command to the shell text we wrote', () => {
    const { stack, a } = setup();
    const check = new PipelineApiCheck(stack, 'check', { pipeline: a, accountId: 'acc', command: 'echo "${HARNESS_PIPELINE_URL}" %{x}' });
    expect(check.resource).toBeDefined();
    const json = JSON.parse(Testing.synth(stack, true));
    const [r] = Object.values(json.resource.null_resource) as Record<string, any>[];
    expect(evaluateWithTerraform({ command: r.provisioner[0]['local-exec'].command })).toEqual({
      command: 'echo "${HARNESS_PIPELINE_URL}" %{x}',
    });
  });

  test('the default command never puts the key on a command line, and curl encodes the scope into the query', () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-check-'));
    const fakeCurl = join(dir, 'curl');
    writeFileSync(fakeCurl, '#!/bin/sh\nprintf "%s\\n" "$@" > "$ARGV_FILE"\ncat > "$STDIN_FILE"\necho \'{"data":{"valid":true}}\'\n', {
      mode: 0o755,
    });
    const key = ['pat', 'fake', 'key', 'only', 'for', 'this', 'test'].join('.');
    const command = PipelineApiCheck.DEFAULT_COMMAND.split('$HARNESS_API_KEY_VALUE').join('$HARNESS_PLATFORM_API_KEY');
    execFileSync('sh', ['-c', command], {
      env: {
        PATH: `${dir}:${process.env.PATH}`,
        ARGV_FILE: join(dir, 'argv'),
        STDIN_FILE: join(dir, 'stdin'),
        HARNESS_PLATFORM_API_KEY: key,
        HARNESS_PIPELINE_URL: 'https://app.harness.io/pipeline/api/pipelines/a',
        HARNESS_ACCOUNT_ID: 'acc&orgIdentifier=evil',
        HARNESS_ORG_ID: 'default',
        HARNESS_PROJECT_ID: 'platform',
      },
    });
    const argv = readFileSync(join(dir, 'argv'), 'utf8');
    expect(argv).not.toContain(key);
    expect(argv.split('\n')).toEqual([
      '-sS',
      '--fail-with-body',
      '-H',
      '@-',
      '--get',
      'https://app.harness.io/pipeline/api/pipelines/a',
      '--data-urlencode',
      'accountIdentifier=acc&orgIdentifier=evil',
      '--data-urlencode',
      'orgIdentifier=default',
      '--data-urlencode',
      'projectIdentifier=platform',
      '',
    ]);
    expect(readFileSync(join(dir, 'stdin'), 'utf8')).toBe(`x-api-key: ${key}\n`);
  });

  test('rejects an account id and a base URL that could change the request', () => {
    const { stack, a } = setup();
    expect(() => new PipelineApiCheck(stack, 'c3', { pipeline: a, accountId: 'acc&orgIdentifier=evil' })).toThrow(
      "team/c3: accountId: 'acc&orgIdentifier=evil' is not a Harness account identifier (letters, digits, _ and -). Fix: pass the account identifier shown in the Harness URL, or the harness_account_id variable of the stack",
    );
    for (const apiBaseUrl of ['https://app.harness.io#', 'https://app.harness.io/x?y=1', 'https://user@app.harness.io']) {
      expect(() => new PipelineApiCheck(stack, `c_${apiBaseUrl.length}`, { pipeline: a, accountId: 'acc', apiBaseUrl })).toThrow(
        `team/c_${apiBaseUrl.length}: apiBaseUrl: '${apiBaseUrl}' is not an https base URL. Fix: use scheme and host only, e.g. 'https://app.harness.io'`,
      );
    }
  });

  test('rejects a bad environment variable name and a non-https base URL', () => {
    const { stack, a } = setup();
    expect(() => new PipelineApiCheck(stack, 'c1', { pipeline: a, accountId: 'acc', apiKeyEnvironmentVariable: 'my-key' })).toThrow(
      /team\/c1: apiKeyEnvironmentVariable: 'my-key' is not an environment variable name/,
    );
    expect(() => new PipelineApiCheck(stack, 'c2', { pipeline: a, accountId: 'acc', apiBaseUrl: 'http://harness.local' })).toThrow(
      "team/c2: apiBaseUrl: 'http://harness.local' is not an https base URL. Fix: use scheme and host only, e.g. 'https://app.harness.io'",
    );
  });
});
