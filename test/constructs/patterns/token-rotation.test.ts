import type { WorkflowInput } from '../../../src/workflow/workflow-input';
import { Testing } from 'cdktf';
import { ApprovalGate } from '../../../src/constructs/patterns/blocks/approval-gate';
import { ApprovalPlacement, TokenRotation, type TokenRotationProps } from '../../../src/constructs/patterns/token-rotation';
import { SecretRef } from '../../../src/core/secret-ref';
import { TriggerAuth } from '../../../src/workflow/trigger-auth';
import { WorkflowOutput } from '../../../src/workflow/workflow-output';
import { referencePipeline, referenceWorkflow } from '../../support/reference-examples';
import { inputsetKeys, patternDocs, platform, runtimeInputNames } from '../../support/pattern-docs';

const security = () => ApprovalGate.required({ userGroups: ['account.platform_security_approvers'] });
const ADMIN_PAT = () => SecretRef.fromIdentifier('account.token_rotation_admin_pat');
const props = (extra: Partial<TokenRotationProps> = {}): TokenRotationProps => ({
  approval: security(),
  harnessApiKey: ADMIN_PAT(),
  ...extra,
});
const REJECTION_ABORTS = [{ onFailure: { errors: ['ApprovalRejection'], action: { type: 'Abort' } } }];

describe('TokenRotation', () => {
  test('renders the example pipeline: approval and both API calls in one Custom stage', () => {
    const s = platform();
    new TokenRotation(s, 'rotate', props());
    const { pipeline, pipelineYaml } = patternDocs(s, 'idp_rotate_token');
    const expected = referencePipeline('token-rotation').pipeline;
    expected.tags = { approval: 'required' };
    const approve = expected.stages[0].stage.spec.execution.steps[0].step;
    approve.spec.approvalMessage =
      'Rotate token <+pipeline.variables.token_identifier> (API key <+pipeline.variables.api_key_identifier>, ' +
      'service account <+pipeline.variables.service_account_identifier>) and store it in secret <+pipeline.variables.secret_identifier>.\n' +
      'Requested by <+pipeline.triggeredBy.email>.';
    approve.failureStrategies = REJECTION_ABORTS;
    // The org fields are org pickers in the form, which always sends a value: no pipeline-side default. Every value
    // that goes into the API's URL or JSON body is held to a pattern, so it cannot change their structure.
    const identifier = '<+input>.regex(^[a-zA-Z_][0-9a-zA-Z_]*$)';
    expect(expected.variables.map((v: { name: string }) => v.name)).toEqual([
      'token_identifier',
      'rotation_org',
      'service_account_identifier',
      'api_key_identifier',
      'secret_identifier',
      'secret_org',
      'secret_display_name',
    ]);
    for (const i of [0, 1, 2, 3, 4, 5]) expected.variables[i].value = identifier;
    expected.variables[6].value = '<+input>.regex(^[-a-zA-Z0-9_ .]+$)';
    expect(pipeline).toEqual(expected);
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('renders the example workflow form with API-key trigger auth', () => {
    const s = platform({ orgId: 'secops', projectId: 'token_ops' });
    new TokenRotation(
      s,
      'rotate',
      props({ owner: 'group:account/platform_security', auth: TriggerAuth.apiKeySecret('idp_token_rotation_trigger_key') }),
    );
    const { workflow } = patternDocs(s, 'idp_rotate_token');
    const expected: Record<string, any> = {
      ...referenceWorkflow('token-rotation'),
      orgIdentifier: 'secops',
      projectIdentifier: 'token_ops',
    };
    const properties = expected.spec.parameters[0].properties;
    for (const id of [
      'token_identifier',
      'rotation_org',
      'service_account_identifier',
      'api_key_identifier',
      'secret_identifier',
      'secret_org',
    ]) {
      properties[id].pattern = '^[a-zA-Z_][0-9a-zA-Z_]*$';
    }
    properties.secret_display_name.pattern = '^[-a-zA-Z0-9_ .]+$';
    expect(workflow).toEqual(expected);
  });

  test('every pipeline runtime input has an inputset entry, and the reverse', () => {
    const s = platform();
    new TokenRotation(s, 'rotate', props());
    const { pipeline, workflow } = patternDocs(s, 'idp_rotate_token');
    expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    expect(runtimeInputNames(pipeline)).toEqual([
      'token_identifier',
      'rotation_org',
      'service_account_identifier',
      'api_key_identifier',
      'secret_identifier',
      'secret_org',
      'secret_display_name',
    ]);
  });

  test('the new token is a Secret output, read only by the secret update, never by the workflow', () => {
    const s = platform();
    const tr = new TokenRotation(s, 'rotate', props());
    const { pipeline, pipelineYaml, workflowYaml } = patternDocs(s, 'idp_rotate_token');
    const [, rotate, update] = pipeline.stages[0].stage.spec.execution.steps.map((x: any) => x.step);
    expect(rotate.spec.outputVariables).toEqual([{ name: 'new_token', type: 'Secret', value: '<+json.object(httpResponseBody).data>' }]);
    const ref = '<+pipeline.stages.rotate_token_stage.spec.execution.steps.rotate_token.output.outputVariables.new_token>';
    expect(JSON.parse(update.spec.requestBody).secret.spec.value).toBe(ref);
    expect(pipelineYaml.split('outputVariables.new_token').length - 1).toBe(1);
    expect(workflowYaml).not.toContain('new_token');
    expect(workflowYaml).not.toContain('rotate_token.output');
    expect(workflowYaml).toContain('hidePipelineURLLog: true');
    expect(tr.outputs.newToken.path).toBe('output.outputVariables.new_token');
    expect(tr.steps.rotate.isSecretOutput('new_token')).toBe(true);
  });

  test('the API key is sent from the secret; base URL and secret manager are configurable', () => {
    const s = platform();
    const tr = new TokenRotation(
      s,
      'rotate',
      props({ harnessApiUrl: 'https://harness.example.com/gateway/', secretManagerIdentifier: 'account.vault' }),
    );
    const { pipeline, pipelineYaml } = patternDocs(s, 'idp_rotate_token');
    const [, rotate, update] = pipeline.stages[0].stage.spec.execution.steps.map((x: any) => x.step);
    expect(
      rotate.spec.url.startsWith('https://harness.example.com/gateway/ng/api/token/rotate/<+pipeline.variables.token_identifier>?'),
    ).toBe(true);
    expect(update.spec.url).toBe(
      'https://harness.example.com/gateway/ng/api/v2/secrets/<+pipeline.variables.secret_identifier>?accountIdentifier=<+account.identifier>&orgIdentifier=<+pipeline.variables.secret_org>',
    );
    for (const step of [rotate, update]) {
      expect(step.spec.headers).toEqual([
        { key: 'x-api-key', value: '<+secrets.getValue("account.token_rotation_admin_pat")>' },
        { key: 'Content-Type', value: 'application/json' },
      ]);
    }
    expect(JSON.parse(update.spec.requestBody).secret.spec.secretManagerIdentifier).toBe('account.vault');
    expect(tr.api.baseUrl).toBe('https://harness.example.com/gateway');
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('SEPARATE_STAGE renders the approval-stage example: an Approval stage, then the Custom stage with the API calls', () => {
    const s = platform();
    const tr = new TokenRotation(s, 'rotate', props({ approvalPlacement: ApprovalPlacement.SEPARATE_STAGE }));
    const { pipeline, pipelineYaml, workflow } = patternDocs(s, 'idp_rotate_token');
    const ref = referencePipeline('token-rotation-approval-stage').pipeline;
    const shape = (p: any) =>
      p.stages.map((x: any) => [
        x.stage.identifier,
        x.stage.name,
        x.stage.type,
        x.stage.spec.execution.steps.map((y: any) => y.step.identifier),
      ]);
    expect(shape(pipeline)).toEqual(shape(ref));
    const approve = pipeline.stages[0].stage.spec.execution.steps[0].step;
    expect(approve.spec.approvers).toEqual(ref.stages[0].stage.spec.execution.steps[0].step.spec.approvers);
    expect(approve.failureStrategies).toEqual(REJECTION_ABORTS);
    expect(tr.approvalStage?.identifier).toBe('approve_rotation_stage');
    expect(tr.stage.identifier).toBe('rotate_token_stage');
    expect(inputsetKeys(workflow).sort()).toEqual(runtimeInputNames(pipeline).sort());
    expect(pipelineYaml).toBeValidHarnessPipeline();
  });

  test('skipping the approval leaves the two API calls, tagged and described', () => {
    const s = platform();
    const tr = new TokenRotation(s, 'rotate', props({ approval: ApprovalGate.skip({ reason: 'nightly rotation of a CI robot token' }) }));
    expect(tr.steps.approve).toBeUndefined();
    const { pipeline } = patternDocs(s, 'idp_rotate_token');
    expect(pipeline.stages[0].stage.spec.execution.steps.map((x: any) => x.step.identifier)).toEqual(['rotate_token', 'update_secret']);
    expect(pipeline.tags).toEqual({ approval: 'skipped' });
    expect(pipeline.description).toBe('Runs without human approval: nightly rotation of a CI robot token');
  });

  test('snapshot of the pipeline and the workflow', () => {
    const s = platform();
    new TokenRotation(s, 'rotate', props({ owner: 'group:account/platform_security' }));
    expect(patternDocs(s, 'idp_rotate_token').docs).toMatchSnapshot();
  });

  test('a literal API key fails with a clear message that does not repeat it', () => {
    let message = '';
    try {
      new TokenRotation(platform(), 'rotate', props({ harnessApiKey: 'pat.abc.def.ghi' as any }));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(
      /^team\/rotate: harnessApiKey: a plain string was passed where a secret reference is required\. Fix: pass SecretRef\.fromIdentifier\('account\.x'\)/,
    );
    expect(message).not.toContain('pat.abc');
  });

  test('the API key is required', () => {
    expect(() => new TokenRotation(platform(), 'rotate', { approval: security() } as any)).toThrow(
      /team\/rotate: harnessApiKey: a secret reference is required\. Fix: pass SecretRef\.fromIdentifier/,
    );
  });

  test('has no default approval', () => {
    expect(() => new TokenRotation(platform(), 'rotate', { harnessApiKey: ADMIN_PAT() } as any)).toThrow(
      /team\/rotate: approval: no approval decision is given/,
    );
  });

  test('a separate Approval stage needs a required approval', () => {
    expect(
      () =>
        new TokenRotation(
          platform(),
          'rotate',
          props({
            approval: ApprovalGate.skip({ reason: 'robot tokens only, audited' }),
            approvalPlacement: ApprovalPlacement.SEPARATE_STAGE,
          }),
        ),
    ).toThrow(
      'team/rotate: approvalPlacement: ApprovalPlacement.SEPARATE_STAGE asks for an Approval stage, but approval is ApprovalGate.skip(...). Fix: leave approvalPlacement out, or pass approval: ApprovalGate.required({...})',
    );
    expect(() => new TokenRotation(platform(), 'rotate', props({ approvalPlacement: 'elsewhere' as ApprovalPlacement }))).toThrow(
      /team\/rotate: approvalPlacement: 'elsewhere' is not an approval placement/,
    );
  });

  test('rejects a bad base URL and a bad secret manager identifier', () => {
    expect(() => new TokenRotation(platform(), 'rotate', props({ harnessApiUrl: 'app.harness.io' }))).toThrow(
      /team\/rotate: harnessApiUrl: 'app\.harness\.io' is not a base URL/,
    );
    expect(() => new TokenRotation(platform(), 'rotate', props({ secretManagerIdentifier: 'my vault' }))).toThrow(
      /team\/rotate: secretManagerIdentifier: 'my vault' is not a secret manager identifier/,
    );
  });

  test('a workflow output that reads the new token fails the synth', () => {
    const s = platform();
    const tr = new TokenRotation(s, 'rotate', props());
    tr.selfService.form.addOutput(WorkflowOutput.text('New token', tr.outputs.newToken));
    expect(() => Testing.synth(s, true)).toThrow(
      "team/rotate: workflow 'idp_rotate_token': spec.output: a workflow output reads 'output.outputVariables.new_token' of the rotate step, which would show the new token in clear in the IDP. Fix: remove that output; link to the pipeline execution instead (WorkflowOutput.pipelineUrl())",
    );
  });

  test('a step-level model error names the construct path', () => {
    expect(() => new TokenRotation(platform(), 'rotate', props({ approvalMessage: '' }))).toThrow(
      /^team\/rotate: step 'approve_rotation': spec\.approvalMessage: is empty\. Fix: /,
    );
  });
});

describe('TokenRotation form values in the API calls', () => {
  test('every value that goes into a URL path, a query or the JSON body is held to a pattern that excludes structure', () => {
    const s = platform();
    const rotation = new TokenRotation(s, 'rotate', props());
    const patterns: Record<string, string | undefined> = Object.fromEntries(
      Object.values(rotation.inputs).map((i: WorkflowInput) => [i.name, i.runtimeInput?.pattern]),
    );
    expect(patterns).toEqual({
      token_identifier: '^[a-zA-Z_][0-9a-zA-Z_]*$',
      rotation_org: '^[a-zA-Z_][0-9a-zA-Z_]*$',
      service_account_identifier: '^[a-zA-Z_][0-9a-zA-Z_]*$',
      api_key_identifier: '^[a-zA-Z_][0-9a-zA-Z_]*$',
      secret_identifier: '^[a-zA-Z_][0-9a-zA-Z_]*$',
      secret_org: '^[a-zA-Z_][0-9a-zA-Z_]*$',
      secret_display_name: '^[-a-zA-Z0-9_ .]+$',
    });
    const hostile = ['x/../../v1/admin', 'x?accountIdentifier=evil', 'x&orgIdentifier=evil', 'x#', 'x", "value": "y', 'x\\', ''];
    for (const pattern of Object.values(patterns)) {
      for (const value of hostile) expect(new RegExp(pattern!).test(value)).toBe(false);
    }
  });
});
