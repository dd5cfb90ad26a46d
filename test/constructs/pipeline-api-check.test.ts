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
          command: expect.stringContaining('-H "x-api-key: $HARNESS_PLATFORM_API_KEY"'),
          environment: {
            HARNESS_PIPELINE_URL:
              'https://app.harness.io/pipeline/api/pipelines/a?accountIdentifier=${var.harness_account_id}&orgIdentifier=default&projectIdentifier=platform',
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

  test('rejects a bad environment variable name and a non-https base URL', () => {
    const { stack, a } = setup();
    expect(() => new PipelineApiCheck(stack, 'c1', { pipeline: a, accountId: 'acc', apiKeyEnvironmentVariable: 'my-key' })).toThrow(
      /team\/c1: apiKeyEnvironmentVariable: 'my-key' is not an environment variable name/,
    );
    expect(() => new PipelineApiCheck(stack, 'c2', { pipeline: a, accountId: 'acc', apiBaseUrl: 'http://harness.local' })).toThrow(
      /team\/c2: apiBaseUrl: 'http:\/\/harness\.local' is not an https base URL/,
    );
  });
});
