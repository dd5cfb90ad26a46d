import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { parse } from 'yaml';
import { GitStorage } from '../../src/constructs/git-storage';
import { HarnessApi } from '../../src/constructs/patterns/blocks/harness-api';
import { urlencodeReferences } from '../../src/constructs/private/url-references';
import { SelfServiceWorkflow } from '../../src/constructs/self-service-workflow';
import { SecretRef } from '../../src/core/secret-ref';
import { HarnessPlatformStack } from '../../src/stacks/harness-platform-stack';
import { escapeTerraformString } from '../../src/terraform/terraform-string';
import { FormPage } from '../../src/workflow/form-page';
import { WorkflowInput } from '../../src/workflow/workflow-input';
import { greetPipeline } from '../support/greet-pipeline';
import { evaluateWithTerraform } from '../support/terraform';

// A Terraform reference in a URL query (the repository of a pipeline stored in Git, a HarnessApi query value)
// is a value known only at apply: Terraform's urlencode() encodes it, the literal text around it is percent-encoded
// at synth, and the reference's marker is never percent-encoded itself.

/** Values with URL-reserved characters, as Terraform variables would hold them. */
const VALUES = { pipelines_repo: 'my repo&x=1#%', team: 'pay ments' };

describe('Terraform references in URLs', () => {
  test("the trigger URL of a pipeline stored in Git encodes a repository reference with Terraform's urlencode()", () => {
    const stack = new HarnessPlatformStack(Testing.app(), 'team', { orgId: 'default', projectId: 'payments', accountId: 'ACC' });
    const repoName = new TerraformVariable(stack, 'pipelines_repo', { type: 'string' }).stringValue;
    const who = WorkflowInput.string('who', { title: 'Who' });
    const pipeline = greetPipeline(who);
    new SelfServiceWorkflow(stack, 'greet', {
      pipeline,
      storage: GitStorage.remote({ connectorRef: 'account.github', repoName, branch: 'feat/a#1+b' }),
      workflow: { name: 'Greet', type: 'service', owner: 'group:account/sre', pages: [new FormPage({ title: 'Greeting', inputs: [who] })] },
    });
    const json = JSON.parse(Testing.synth(stack));
    const entity = Object.values(json.resource.harness_platform_idp_catalog_entity)[0] as { yaml: string };
    expect(entity.yaml).toContain('repoName=${urlencode(var.pipelines_repo)}&branch=feat%2Fa%231%2Bb');
    expect(entity.yaml).not.toContain('%24%7B');
    const { yaml } = evaluateWithTerraform({ yaml: entity.yaml }, VALUES);
    const url = new URL(parse(yaml).spec.steps[0].input.url);
    expect([url.searchParams.get('repoName'), url.searchParams.get('branch'), url.searchParams.get('connectorRef')]).toEqual([
      'my repo&x=1#%',
      'feat/a#1+b',
      'account.github',
    ]);
  });

  test("a HarnessApi query key or value that is a Terraform reference is encoded by Terraform's urlencode(), literal text around it at synth", () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const team = new TerraformVariable(stack, 'team', { type: 'string' }).stringValue;
    const api = new HarnessApi({ harnessApiKey: SecretRef.fromIdentifier('account.admin_pat') }, 's/x');
    const url = api.url('/ng/api/projects', { orgIdentifier: `a&${team}`, searchTerm: 'x y', [team]: 'k&v' });
    expect(url).not.toContain('%24%7B');
    new TerraformOutput(stack, 'url', { value: escapeTerraformString(url) });
    const synthesized = JSON.parse(Testing.synth(stack)).output.url.value as string;
    expect(synthesized).toBe(
      'https://app.harness.io/ng/api/projects?orgIdentifier=a%26${urlencode(var.team)}&searchTerm=x%20y&${urlencode(var.team)}=k%26v',
    );
    const parsed = new URL(evaluateWithTerraform({ url: synthesized }, VALUES).url);
    expect([parsed.pathname, parsed.searchParams.get('orgIdentifier'), parsed.searchParams.get('searchTerm')]).toEqual([
      '/ng/api/projects',
      'a&pay ments',
      'x y',
    ]);
    expect(parsed.searchParams.get('pay ments')).toBe('k&v');
  });

  test('urlencodeReferences wraps each reference in urlencode() and leaves literal text as it is', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const team = new TerraformVariable(stack, 'team', { type: 'string' }).stringValue;
    expect(urlencodeReferences('plain & text')).toBe('plain & text');
    const wrapped = urlencodeReferences(`a ${team} b`);
    expect(wrapped.startsWith('a ${TfToken[')).toBe(true);
    expect(wrapped.endsWith('} b')).toBe(true);
    expect(wrapped).not.toContain(team);
  });
});
