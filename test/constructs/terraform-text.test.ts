// Every string attribute the library writes reaches Terraform escaped: Terraform evaluates it to the text given,
// never to a variable, a function call or a template directive.
import { Testing } from 'cdktf';
import { SelfServiceWorkflow } from '../../src/constructs/self-service-workflow';
import { WorkflowRegistration } from '../../src/constructs/workflow-registration';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { FormPage } from '../../src/workflow/form-page';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { evaluateWithTerraform } from '../support/terraform';

const HOSTILE = 'Deploy ${var.harness_platform_api_key} ${file("/etc/hostname")} %{ if true }x%{ endif } $${ %%{ ${{ p }}';

describe('GitOps registration fields', () => {
  test('commit message, file path and connector reach Terraform as the text given', () => {
    const stack = new HarnessPlatformStack(Testing.app(), 'team', {
      orgId: 'default',
      projectId: 'p',
      accountId: 'a',
      github: { owner: 'acme' },
    });
    const who = WorkflowInput.string('who', { title: 'Who' });
    new SelfServiceWorkflow(stack, 'w', {
      pipeline: new Pipeline({ identifier: 'w', variables: [who] }).addStage(
        new CustomStage({ identifier: 's', steps: [new RunStep({ identifier: 'r', command: `echo ${who}` })] }),
      ),
      workflow: { type: 'service', pages: [new FormPage({ title: 'Who', inputs: [who] })] },
      registration: WorkflowRegistration.gitOps({
        repository: 'platform-gitops',
        connectorRef: 'account.gh_${x}',
        commitMessage: HOSTILE,
        filePath: 'workflows/${x}/w.yaml',
      }),
    });
    const json = JSON.parse(Testing.synth(stack, true));
    const file = Object.values(json.resource.github_repository_file)[0] as Record<string, string>;
    const entity = (Object.values(json.resource.harness_platform_idp_catalog_entity) as Record<string, any>[])[0];
    const evaluated = evaluateWithTerraform({
      commit_message: file.commit_message,
      file: file.file,
      branch: file.branch,
      connector_ref: entity.git_details.connector_ref,
      file_path: entity.git_details.file_path,
    });
    expect(evaluated).toEqual({
      commit_message: HOSTILE,
      file: 'workflows/${x}/w.yaml',
      branch: 'main',
      connector_ref: 'account.gh_${x}',
      file_path: 'workflows/${x}/w.yaml',
    });
  });
});
