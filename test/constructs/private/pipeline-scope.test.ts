import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { pipelineYamlScope } from '../../../src/constructs/private/pipeline-scope';
import { Pipeline } from '../../../src/pipeline/pipeline';

describe('pipelineYamlScope', () => {
  const bare = new Pipeline({ identifier: 'p', name: 'P' });
  const scoped = new Pipeline({ identifier: 'p', name: 'P', orgIdentifier: 'default', projectIdentifier: 'apps' });

  test('the YAML gets the org/project the model leaves out', () => {
    expect(pipelineYamlScope('team/p', bare, 'default', 'apps')).toEqual({ orgIdentifier: 'default', projectIdentifier: 'apps' });
    expect(pipelineYamlScope('team/p', scoped, 'default', 'apps')).toEqual({ orgIdentifier: undefined, projectIdentifier: undefined });
  });

  test("a literal that differs from the model's own fails, naming both", () => {
    expect(() => pipelineYamlScope('team/p', scoped, 'other', 'apps')).toThrow(
      /^team\/p: orgId: 'other' differs from the pipeline model's orgIdentifier 'default', which the YAML keeps\. Fix: leave orgId out \(the model's orgIdentifier is used\), or remove orgIdentifier from the Pipeline model$/,
    );
    expect(() => pipelineYamlScope('team/p', scoped, 'default', 'web')).toThrow(
      /^team\/p: projectId: 'web' differs from the pipeline model's projectIdentifier 'apps'/,
    );
  });

  test('a Terraform reference is not compared', () => {
    const org = new TerraformVariable(new TerraformStack(Testing.app(), 's'), 'org', { type: 'string' }).stringValue;
    expect(pipelineYamlScope('team/p', scoped, org, 'apps')).toEqual({ orgIdentifier: undefined, projectIdentifier: undefined });
  });
});
