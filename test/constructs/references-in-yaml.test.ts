import { Fn, TerraformVariable, Testing } from 'cdktf';
import { parse } from 'yaml';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep, Shell } from '../../src/pipeline/steps/common/run';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { evaluateWithTerraform } from '../support/terraform';

// A Terraform reference in a document's text is written as `${...}`, and Terraform inserts its value as it is: a
// value that is not a plain YAML word (`Payments: checkout #1`, `yes`, a quote) would change the document.
// Fn.jsonencode(reference) as the whole field makes Terraform insert a JSON string, which YAML 1.1 and 1.2 read as
// a double-quoted string holding exactly the value (docs/yaml.md).

const VALUE = 'Payments: checkout #1 "fast" \\ yes\nline two <&> \u2028';

function pipelineYaml(description: (v: string) => string): string {
  const stack = new HarnessPlatformStack(Testing.app(), 'team', { orgId: 'default', projectId: 'payments', accountId: 'ACC' });
  const team = new TerraformVariable(stack, 'team_description', { type: 'string' }).stringValue;
  const run = new RunStep({ identifier: 'go', command: 'deploy', shell: Shell.BASH, timeout: '5m' });
  const model = new Pipeline({ identifier: 'deploy', name: 'Deploy', description: description(team), tags: { team: description(team) } });
  new HarnessPipeline(stack, 'deploy', { pipeline: model.addStage(new CustomStage({ identifier: 'main', steps: [run] })) });
  const json = JSON.parse(Testing.synth(stack));
  const yaml = (Object.values(json.resource.harness_platform_pipeline)[0] as { yaml: string }).yaml;
  return evaluateWithTerraform({ yaml }, { team_description: VALUE }).yaml;
}

describe('Terraform references in document text', () => {
  test('Fn.jsonencode(reference) as a whole field: YAML 1.1 and 1.2 read exactly the value', () => {
    const yaml = pipelineYaml((v) => Fn.jsonencode(v));
    for (const version of ['1.1', '1.2'] as const) {
      const { pipeline } = parse(yaml, { version });
      expect([pipeline.description, pipeline.tags.team]).toEqual([VALUE, VALUE]);
    }
  });

  test('a bare reference is inserted as it is: a value that is not a plain YAML word changes the document', () => {
    expect(() => parse(pipelineYaml((v) => v))).toThrow('Nested mappings are not allowed in compact mappings');
  });
});
