import { Testing } from 'cdktf';
import { HarnessPlatformStack } from 'cdktf-harness-idp';
import { synthDocuments } from 'cdktf-harness-idp/testing';
import { buildApp } from './main';
import { s3State } from './state';

const stackId = {{json stackId}};

describe(`the ${stackId} stack`, () => {
  // Every pipeline and workflow as plain YAML, keyed <stack>/pipelines/<id>.yaml and <stack>/workflows/<id>.yaml.
  const documents = (): Record<string, string> => synthDocuments(buildApp(Testing.app()).team);

  test('renders the reviewed YAML (see __snapshots__: commit it, review its diff in pull requests)', () => {
    expect(documents()).toMatchSnapshot();
  });

  test('every pipeline is valid against the official Harness pipeline schema', () => {
    const pipelines = Object.entries(documents()).filter(([key]) => key.includes('/pipelines/'));
    expect(pipelines.map(([key]) => key)).toEqual([`${stackId}/pipelines/hello_platform.yaml`]);
    for (const [, yaml] of pipelines) expect(yaml).toBeValidHarnessPipeline();
  });

  test('the remote state example is a complete S3 backend', () => {
    const stack = new HarnessPlatformStack(Testing.app(), 'state_check', { orgId: 'o', projectId: 'p', backend: s3State('state_check') });
    expect(JSON.parse(Testing.synth(stack)).terraform.backend).toEqual({
      s3: {
        bucket: 'acme-terraform-state',
        key: 'harness-idp/state_check.tfstate',
        region: 'eu-west-1',
        dynamodb_table: 'terraform-locks',
        encrypt: true,
      },
    });
  });
});
