import { throwIfInvalid } from '../../src/core/value-problems';
import { StepOutput } from '../../src/core/expression';
import { SecretRef } from '../../src/core/secret-ref';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { FormField } from '../../src/workflow/form-field';
import { PipelineTrigger } from '../../src/workflow/trigger-step';
import { PipelineStoreType } from '../../src/workflow/pipeline-url-props';
import { PipelineUrl } from '../../src/workflow/pipeline-url';
import { TriggerAuth, TriggerAuthMode } from '../../src/workflow/trigger-auth';
import { WorkflowExpr } from '../../src/workflow/workflow-expression';
import { WorkflowInput } from '../../src/workflow/workflow-input';

const base = { accountId: 'ACCOUNT_ID', orgId: 'default', projectId: 'idp_workflows', pipelineId: 'idp_k8s_scale' };

function pipelineWithRun(): { pipeline: Pipeline; run: RunStep } {
  const run = new RunStep({ identifier: 'export_outputs', command: 'echo', outputVariables: ['repo_url'] });
  const pipeline = new Pipeline({ identifier: 'onboard', orgIdentifier: 'default', projectIdentifier: 'idp' }).addStage(
    new CustomStage({ identifier: 'main', steps: [run] }),
  );
  return { pipeline, run };
}

describe('PipelineUrl', () => {
  test('inline URL as in the Harness docs', () => {
    const url = PipelineUrl.inline(base);
    expect(url.url).toBe(
      'https://app.harness.io/ng/account/ACCOUNT_ID/module/idp/orgs/default/projects/idp_workflows/pipelines/idp_k8s_scale/pipeline-studio/?storeType=INLINE',
    );
    expect(url.storeType).toBe(PipelineStoreType.INLINE);
    expect(String(url)).toBe(url.url);
  });

  test('base URL and module', () => {
    expect(PipelineUrl.inline({ ...base, baseUrl: 'https://harness.example.com/', module: 'cd' }).url).toBe(
      'https://harness.example.com/ng/account/ACCOUNT_ID/module/cd/orgs/default/projects/idp_workflows/pipelines/idp_k8s_scale/pipeline-studio/?storeType=INLINE',
    );
  });

  test('remote URL carries connectorRef, repoName and branch', () => {
    expect(PipelineUrl.remote({ ...base, connectorRef: 'account.github', repoName: 'pipelines', branch: 'feature/x' }).url).toBe(
      'https://app.harness.io/ng/account/ACCOUNT_ID/module/idp/orgs/default/projects/idp_workflows/pipelines/idp_k8s_scale/pipeline-studio/?storeType=REMOTE&connectorRef=account.github&repoName=pipelines&branch=feature%2Fx',
    );
    expect(PipelineUrl.remote({ ...base, repoName: 'pipelines', branch: 'main' }).url).toMatch(
      /\?storeType=REMOTE&repoName=pipelines&branch=main$/,
    );
  });

  test('a remote pipeline needs repoName and branch', () => {
    expect(() => throwIfInvalid(PipelineUrl.remote({ ...base, repoName: 'pipelines', branch: '' }))).toThrow(
      /^pipeline URL: branch: a pipeline stored in Git \(storeType=REMOTE\) needs branch in its URL, or the trigger cannot find the pipeline\. Fix: pass branch \(the repository and branch that hold the pipeline YAML\)$/,
    );
    expect(() =>
      throwIfInvalid(
        PipelineUrl.fromString(
          'https://app.harness.io/ng/account/acc/module/idp/orgs/o/projects/p/pipelines/x/pipeline-studio/?storeType=REMOTE&branch=main',
        ),
      ),
    ).toThrow(/^pipeline URL: repoName: a pipeline stored in Git \(storeType=REMOTE\) needs repoName in its URL/);
    expect(() =>
      throwIfInvalid(PipelineUrl.fromString('https://app.harness.io/ng/account/acc/module/idp/orgs/o/projects/p/pipelines/x?repoName=r')),
    ).toThrow(/pipeline URL: branch: a pipeline stored in Git/);
    expect(() => throwIfInvalid(PipelineUrl.remote({ ...base, repoName: 'my repo', branch: 'main' }))).toThrow(
      /^pipeline URL: repoName: 'my repo' contains whitespace\. Fix: pass the exact repoName$/,
    );
  });

  test('fromString reads a copied URL (module, home and query forms)', () => {
    const a = PipelineUrl.fromString(
      'https://app.harness.io/ng/account/acc/module/idp/orgs/o/projects/p/pipelines/x/pipeline-studio/?storeType=INLINE',
    );
    expect([a.accountId, a.orgId, a.projectId, a.pipelineId, a.storeType]).toEqual(['acc', 'o', 'p', 'x', PipelineStoreType.INLINE]);
    const b = PipelineUrl.fromString(
      'https://qa.harness.io/ng/account/acc/home/orgs/o/projects/p/pipelines/x/pipeline-studio/?storeType=INLINE',
    );
    expect(b.pipelineId).toBe('x');
    const c = PipelineUrl.fromString(
      'https://app.harness.io/ng/account/acc/module/idp/orgs/o/projects/p/pipelines/x?repoName=r&branch=main',
    );
    expect(c.storeType).toBe(PipelineStoreType.REMOTE);
    expect(c.url).toBe('https://app.harness.io/ng/account/acc/module/idp/orgs/o/projects/p/pipelines/x?repoName=r&branch=main');
  });

  test('fromString rejects other URLs', () => {
    expect(() => throwIfInvalid(PipelineUrl.fromString('not a url'))).toThrow(
      /^pipeline URL: url: 'not a url' is not a URL\. Fix: copy the URL from Pipeline Studio/,
    );
    expect(() => throwIfInvalid(PipelineUrl.fromString('https://app.harness.io/ng/account/acc/settings'))).toThrow(
      /pipeline URL: url: 'https:\/\/app.harness.io\/ng\/account\/acc\/settings' is not a pipeline URL/,
    );
  });

  test('forPipeline takes identifier and scope from the model and keeps it', () => {
    const { pipeline } = pipelineWithRun();
    const url = PipelineUrl.forPipeline(pipeline, { accountId: 'acc' });
    expect(url.url).toBe(
      'https://app.harness.io/ng/account/acc/module/idp/orgs/default/projects/idp/pipelines/onboard/pipeline-studio/?storeType=INLINE',
    );
    expect(url.pipeline).toBe(pipeline);
    expect(PipelineUrl.forPipeline(pipeline, { accountId: 'acc', remote: { repoName: 'r', branch: 'b' } }).storeType).toBe(
      PipelineStoreType.REMOTE,
    );
    const unscoped = new Pipeline({ identifier: 'u' });
    expect(PipelineUrl.forPipeline(unscoped, { accountId: 'acc', orgId: 'o', projectId: 'p' }).url).toContain(
      '/orgs/o/projects/p/pipelines/u/',
    );
  });

  test('forPipeline rejects a conflicting or missing scope', () => {
    const { pipeline } = pipelineWithRun();
    expect(() => throwIfInvalid(PipelineUrl.forPipeline(pipeline, { accountId: 'acc', orgId: 'other' }))).toThrow(
      /^pipeline URL: orgId: orgId 'other' differs from the pipeline's 'default'\. Fix: set the scope in one place$/,
    );
    expect(() => throwIfInvalid(PipelineUrl.forPipeline(new Pipeline({ identifier: 'u' }), { accountId: 'acc' }))).toThrow(
      /^pipeline URL: orgId: pipeline 'u' has no organization\/project\. Fix: pass orgId and projectId, or set them on the Pipeline$/,
    );
  });

  test('checks base URL, account and identifiers; Terraform tokens pass through', () => {
    expect(() => throwIfInvalid(PipelineUrl.inline({ ...base, baseUrl: 'app.harness.io' }))).toThrow(
      /^pipeline URL: baseUrl: 'app.harness.io' is not a base URL/,
    );
    expect(() => throwIfInvalid(PipelineUrl.inline({ ...base, baseUrl: 'https://app.harness.io/ng' }))).toThrow(
      "pipeline URL: baseUrl: 'https://app.harness.io/ng' ends with /ng, which the URL adds itself. Fix: drop /ng from the base URL",
    );
    expect(() => throwIfInvalid(PipelineUrl.inline({ ...base, accountId: 'a/b' }))).toThrow(
      /^pipeline URL: accountId: 'a\/b' is not an account identifier/,
    );
    expect(() => throwIfInvalid(PipelineUrl.inline({ ...base, pipelineId: 'my-pipeline' }))).toThrow(
      /^pipeline URL: pipelineId: 'my-pipeline' is not a valid Harness identifier/,
    );
    expect(() => throwIfInvalid(PipelineUrl.inline({ ...base, module: 'IDP' }))).toThrow(
      /pipeline URL: module: 'IDP' is not a module segment/,
    );
    expect(() => throwIfInvalid(PipelineUrl.remote({ ...base, repoName: 'r', branch: 'b', connectorRef: 'my connector' }))).toThrow(
      /pipeline URL: connectorRef: 'my connector' is not a connector reference/,
    );
    expect(PipelineUrl.inline({ ...base, accountId: '${TfToken[TOKEN.1]}' }).url).toContain('/account/${TfToken[TOKEN.1]}/');
  });
});

describe('TriggerAuth', () => {
  test('userToken uses the documented token field', () => {
    const auth = TriggerAuth.userToken();
    expect(auth.mode).toBe(TriggerAuthMode.USER_TOKEN);
    expect(auth.tokenField?.id).toBe('token');
    expect(auth.tokenFieldExplicit).toBe(false);
    expect(TriggerAuth.userToken({ field: FormField.authToken('harness_token') }).tokenFieldExplicit).toBe(true);
  });

  test('userToken rejects a field that is not a HarnessAuthToken', () => {
    expect(() => throwIfInvalid(TriggerAuth.userToken({ field: FormField.string('token', { title: 'T' }) }))).toThrow(
      /^trigger auth: field: FormField is not a HarnessAuthToken field\. Fix: pass FormField.authToken\(\), or leave field out$/,
    );
  });

  test('apiKeySecret accepts account-scoped identifiers and renders the bare id', () => {
    expect(TriggerAuth.apiKeySecret('idp_trigger_key').secretIdentifier).toBe('idp_trigger_key');
    expect(TriggerAuth.apiKeySecret('account.idp_trigger_key').secretIdentifier).toBe('idp_trigger_key');
    expect(TriggerAuth.apiKeySecret(SecretRef.fromIdentifier('account.idp-key')).secretIdentifier).toBe('idp-key');
  });

  test('org and project secrets are rejected', () => {
    expect(() => throwIfInvalid(TriggerAuth.apiKeySecret('org.key'))).toThrow(
      /^trigger auth: apiKeySecret: secret 'org.key' is not account-scoped; the trigger reads only account-level secrets from the Harness Secret Manager\. Fix: store the API key as an account secret/,
    );
    expect(() => throwIfInvalid(TriggerAuth.apiKeySecret(SecretRef.fromIdentifier('org.key')))).toThrow(
      /^trigger auth: apiKeySecret: secret 'org.key' is not account-scoped.*Fix: store the API key as an account secret and pass SecretRef.fromIdentifier\('account.key'\)$/,
    );
    expect(() => throwIfInvalid(TriggerAuth.apiKeySecret(SecretRef.fromIdentifier('project_key')))).toThrow(
      /secret 'project_key' is not account-scoped/,
    );
  });

  test('apiKeySecret takes an identifier, not an expression or another value', () => {
    expect(() => throwIfInvalid(TriggerAuth.apiKeySecret('<+secrets.getValue("account.k")>'))).toThrow(
      /^trigger auth: apiKeySecret: '<\+secrets.getValue\("account.k"\)>' is an expression; apiKeySecret takes the identifier of the secret/,
    );
    expect(() => throwIfInvalid(TriggerAuth.apiKeySecret(42 as any))).toThrow(
      /^trigger auth: apiKeySecret: Number is not a secret identifier/,
    );
    expect(() => throwIfInvalid(TriggerAuth.apiKeySecret('1key'))).toThrow(/trigger auth: apiKeySecret: '1key' is not a secret identifier/);
  });
});

describe('PipelineTrigger', () => {
  const url = PipelineUrl.inline(base);

  test('renders the step with inputset, apikey and flags', () => {
    const a = WorkflowInput.string('a', { title: 'A' });
    const projectId = WorkflowInput.string('projectId', { title: 'P', variableName: 'harness_project' });
    const env = WorkflowInput.enum('environment', { title: 'Env', values: ['dev', 'production'] });
    const t = new PipelineTrigger({ name: 'Run it', url, hidePipelineURLLog: true, if: WorkflowExpr.equals(env, 'production') });
    expect(t.toObject({ inputs: [a, projectId], readsStepOutputs: true })).toEqual({
      id: 'trigger',
      name: 'Run it',
      action: 'trigger:harness-custom-pipeline',
      input: {
        url: url.url,
        inputset: { a: '${{ parameters.a }}', harness_project: '${{ parameters.projectId }}' },
        apikey: '${{ parameters.token }}',
        hidePipelineURLLog: true,
        showOutputVariables: true,
      },
      if: WorkflowExpr.equals(env, 'production'),
    });
  });

  test('API-key mode and fully-qualified keys', () => {
    const a = WorkflowInput.string('a', { title: 'A' });
    const t = new PipelineTrigger({
      id: 'run',
      name: 'Run',
      url,
      auth: TriggerAuth.apiKeySecret('k'),
      fullyQualifiedKeys: true,
      showOutputVariables: false,
    });
    expect(t.toObject({ inputs: [a], readsStepOutputs: false })).toEqual({
      id: 'run',
      name: 'Run',
      action: 'trigger:harness-custom-pipeline',
      input: { url: url.url, inputset: { 'pipeline.variables.a': '${{ parameters.a }}' }, apiKeySecret: 'k', showOutputVariables: false },
    });
  });

  test('outputs: execution link, step outputs in fqn and short form', () => {
    const { run } = pipelineWithRun();
    const t = new PipelineTrigger({ name: 'Run', url });
    expect(t.outputs.pipelineUrl.resolve()).toBe('${{ steps.trigger.output.PipelineUrl }}');
    const ref = run.outputVariable('repo_url');
    expect(t.output(ref).resolve()).toBe(
      "${{ steps.trigger.output['pipeline.stages.main.spec.execution.steps.export_outputs.output.outputVariables.repo_url'] }}",
    );
    expect(t.outputByName(ref).resolve()).toBe('${{ steps.trigger.output.repo_url }}');
  });

  test('only user-defined output variables can be read back', () => {
    const { run } = pipelineWithRun();
    const t = new PipelineTrigger({ name: 'Run', url });
    const system = new StepOutput(run, 'output.httpResponseBody');
    expect(() => t.output(system)).toThrow(
      /^trigger step 'trigger': output: step output 'output.httpResponseBody' of .*step 'export_outputs' is not a user-defined output variable; showOutputVariables exposes only output\.outputVariables\.\*\. Fix: copy the value into an output variable of a Run \(or ShellScript\) step/,
    );
    expect(() => t.outputByName('x' as any)).toThrow(/trigger step 'trigger': output: 'x' is not a step output/);
  });

  test('rejects a bad id, no name, a URL string and a bad auth', () => {
    expect(() => new PipelineTrigger({ id: 'my-step', name: 'N', url })).toThrow(
      "trigger step 'my-step': id: 'my-step' cannot be read as steps.my-step. Fix: use letters, digits and _ only, e.g. 'trigger'",
    );
    expect(() => new PipelineTrigger({ name: '', url })).toThrow(/^trigger step 'trigger': name: the step has no name/);
    expect(() => new PipelineTrigger({ name: 'N', url: 'https://x' as any })).toThrow(
      /^trigger step 'trigger': input.url: 'https:\/\/x' is not a PipelineUrl\. Fix: use PipelineUrl.inline\(\)/,
    );
    expect(() => new PipelineTrigger({ name: 'N', url, auth: 'token' as any })).toThrow(
      /^trigger step 'trigger': input.apikey: 'token' is not a TriggerAuth/,
    );
  });
});
