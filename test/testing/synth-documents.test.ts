import { type TerraformStack, Testing } from 'cdktf';
import { HarnessPipeline } from '../../src/constructs/harness-pipeline';
import { stackDiagrams } from '../../src/constructs/stack-diagrams';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { documentsFromJson, synthDocuments } from '../../src/testing/synth-documents';

describe('documentsFromJson', () => {
  const json = {
    resource: {
      harness_platform_pipeline: {
        p: { identifier: 'b_pipe', yaml: 'name: $${{ x }} %%{ y }' },
        q: { identifier: 'B_pipe', yaml: 'a: 1' },
      },
      harness_platform_idp_catalog_entity: { w: { identifier: 'wf', yaml: 'kind: Workflow' }, g: { identifier: 'from_git' } },
      github_repository_file: {
        f: { file: 'workflows/gitops.yaml', content: 'kind: Workflow' },
        r: { file: 'README.md', content: '# no' },
        p: { file: '.harness/pipelines/o/p/committed.yaml', content: 'pipeline:\n  identifier: committed' },
        t: { file: '.harness/templates/notify_v2.yaml', content: 'template:\n  identifier: notify' },
      },
      harness_platform_template: { n: { identifier: 'notify', version: 'v1', template_yaml: 'template: $${ x }' } },
      harness_platform_input_set: { s: { input_set_yaml: 'inputSet: {}' } },
    },
  };

  test('maps each YAML document to a readable key (committed files by their root key), with Terraform escapes undone', () => {
    expect(documentsFromJson('team', json)).toEqual({
      'team/pipelines/B_pipe.yaml': 'a: 1',
      'team/pipelines/b_pipe.yaml': 'name: ${{ x }} %{ y }',
      'team/pipelines/committed.yaml': 'pipeline:\n  identifier: committed',
      'team/resources/harness_platform_input_set.s.yaml': 'inputSet: {}',
      'team/templates/notify_v1.yaml': 'template: ${ x }',
      'team/templates/notify_v2.yaml': 'template:\n  identifier: notify',
      'team/workflows/gitops.yaml': 'kind: Workflow',
      'team/workflows/wf.yaml': 'kind: Workflow',
    });
  });

  test('keys come in code-point order, whatever the locale', () => {
    expect(Object.keys(documentsFromJson('team', json))).toEqual([
      'team/pipelines/B_pipe.yaml',
      'team/pipelines/b_pipe.yaml',
      'team/pipelines/committed.yaml',
      'team/resources/harness_platform_input_set.s.yaml',
      'team/templates/notify_v1.yaml',
      'team/templates/notify_v2.yaml',
      'team/workflows/gitops.yaml',
      'team/workflows/wf.yaml',
    ]);
  });

  test('two documents with the same key fail', () => {
    const clash = { resource: { harness_platform_pipeline: { p: { identifier: 'x', yaml: 'a' }, q: { identifier: 'x', yaml: 'b' } } } };
    expect(() => documentsFromJson('team', clash)).toThrow(
      /^synthDocuments: two documents map to 'team\/pipelines\/x\.yaml'\. Fix: give them distinct identifiers$/,
    );
  });
});

describe('synthDocuments', () => {
  function stack(): TerraformStack {
    const s = new HarnessPlatformStack(Testing.app(), 'team', { orgId: 'default', projectId: 'p', accountId: 'acc' });
    const pipeline = new Pipeline({ identifier: 'ops' }).addStage(
      new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'r', command: 'echo ok' })] }),
    );
    new HarnessPipeline(s, 'ops', { pipeline });
    return s;
  }

  test('includes the diagram files cdktf synth writes next to the stack, in key order', () => {
    const s = stack();
    const docs = synthDocuments(s);
    expect(Object.keys(docs)).toEqual(['team/diagrams/ops.md', 'team/pipelines/ops.yaml']);
    expect(docs['team/diagrams/ops.md']).toBe(stackDiagrams(s)['diagrams/ops.md']);
  });

  test('leaves the diagrams out with diagrams: false', () => {
    expect(Object.keys(synthDocuments(stack(), { diagrams: false }))).toEqual(['team/pipelines/ops.yaml']);
  });
});
