import { Expr } from '../../../../src/core/expr';
import { resolveString } from '../../../../src/core/resolve';
import { SecretRef } from '../../../../src/core/secret-ref';
import { Pipeline } from '../../../../src/pipeline/pipeline';
import { CustomStage } from '../../../../src/pipeline/stages/custom-stage';
import { IdpStage } from '../../../../src/pipeline/stages/idp-stage';
import type { Step } from '../../../../src/pipeline/step';
import { HttpMethod, HttpStep } from '../../../../src/pipeline/steps/custom/http';
import { ShellScriptStep } from '../../../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable, VariableType } from '../../../../src/pipeline/variable';
import { referenceStep } from '../../../support/reference-examples';

function pipelineWith(steps: Step[], variables: PipelineVariable[] = [], stageId = 's'): Pipeline {
  return new Pipeline({ identifier: 'p', variables, stages: [new CustomStage({ identifier: stageId, steps })] });
}

function rendered(steps: Step[], variables: PipelineVariable[] = [], stageId = 's'): any[] {
  return (pipelineWith(steps, variables, stageId).toObject() as any).pipeline.stages[0].stage.spec.execution.steps.map((e: any) => e.step);
}

const adminPat = SecretRef.fromIdentifier('account.token_rotation_admin_pat');

describe('HttpStep', () => {
  test('renders the two calls of the token-rotation example (rotate the token, update the secret)', () => {
    const v = Object.fromEntries(
      [
        'token_identifier',
        'rotation_org',
        'service_account_identifier',
        'api_key_identifier',
        'secret_identifier',
        'secret_org',
        'secret_display_name',
      ].map((n) => [n, PipelineVariable.string(n)]),
    );
    const rotate = new HttpStep({
      identifier: 'rotate_token',
      name: 'Rotate token',
      timeout: '30s',
      url: `https://app.harness.io/ng/api/token/rotate/${v.token_identifier}?accountIdentifier=${Expr.ACCOUNT_ID}&orgIdentifier=${v.rotation_org}&apiKeyType=SERVICE_ACCOUNT&parentIdentifier=${v.service_account_identifier}&apiKeyIdentifier=${v.api_key_identifier}`,
      method: HttpMethod.POST,
      headers: [
        { key: 'x-api-key', value: adminPat },
        { key: 'Content-Type', value: 'application/json' },
      ],
      assertion: '<+httpResponseCode> == 200',
      outputVariables: [{ name: 'new_token', type: VariableType.SECRET, value: '<+json.object(httpResponseBody).data>' }],
    });
    const body = JSON.stringify(
      {
        secret: {
          type: 'SecretText',
          name: `${v.secret_display_name}`,
          identifier: `${v.secret_identifier}`,
          orgIdentifier: `${v.secret_org}`,
          spec: { secretManagerIdentifier: 'harnessSecretManager', valueType: 'Inline', value: `${rotate.outputVariable('new_token')}` },
        },
      },
      null,
      2,
    );
    const update = new HttpStep({
      identifier: 'update_secret',
      name: 'Update secretText',
      timeout: '30s',
      url: `https://app.harness.io/ng/api/v2/secrets/${v.secret_identifier}?accountIdentifier=${Expr.ACCOUNT_ID}&orgIdentifier=${v.secret_org}`,
      method: HttpMethod.PUT,
      headers: [
        { key: 'x-api-key', value: adminPat },
        { key: 'Content-Type', value: 'application/json' },
      ],
      requestBody: body,
      assertion: '<+httpResponseCode> == 200',
    });
    const [r, u] = rendered([rotate, update], Object.values(v), 'rotate_token_stage');
    expect(r).toEqual(referenceStep('token-rotation', 'rotate_token'));
    expect(u).toEqual(referenceStep('token-rotation', 'update_secret'));
  });

  test('renders only the fields given (no timeout: Harness applies its default)', () => {
    expect(rendered([new HttpStep({ identifier: 'ping', url: 'https://example.com/health', method: HttpMethod.GET })])[0]).toEqual({
      type: 'Http',
      name: 'ping',
      identifier: 'ping',
      spec: { url: 'https://example.com/health', method: 'GET' },
    });
  });

  test('renders delegate selectors and typed output variables (type always emitted)', () => {
    const step = new HttpStep({
      identifier: 'call',
      url: 'https://example.com',
      method: HttpMethod.DELETE,
      delegateSelectors: ['eu'],
      outputVariables: [
        { name: 'id', value: '<+json.object(httpResponseBody).id>' },
        { name: 'n', type: VariableType.NUMBER, value: '<+json.object(httpResponseBody).count>' },
      ],
    });
    expect(rendered([step])[0].spec).toEqual({
      url: 'https://example.com',
      method: 'DELETE',
      outputVariables: [
        { name: 'id', type: 'String', value: '<+json.object(httpResponseBody).id>' },
        { name: 'n', type: 'Number', value: '<+json.object(httpResponseBody).count>' },
      ],
      delegateSelectors: ['eu'],
    });
  });

  test('typed outputs reference the documented output paths', () => {
    const call = new HttpStep({
      identifier: 'call',
      url: 'https://example.com',
      method: HttpMethod.GET,
      outputVariables: [{ name: 'id', value: '<+json.object(httpResponseBody).id>' }],
    });
    const o = call.outputs;
    const use = new ShellScriptStep({
      identifier: 'use',
      script: [o.httpResponseCode, o.httpResponseBody, o.status, o.httpUrl, o.httpMethod, call.outputVariable('id')]
        .map((x) => `echo ${x}`)
        .join('\n'),
    });
    const base = '<+pipeline.stages.s.spec.execution.steps.call.output';
    expect(rendered([call, use])[1].spec.source.spec.script.split('\n')).toEqual([
      `echo ${base}.httpResponseCode>`,
      `echo ${base}.httpResponseBody>`,
      `echo ${base}.status>`,
      `echo ${base}.httpUrl>`,
      `echo ${base}.httpMethod>`,
      `echo ${base}.outputVariables.id>`,
    ]);
  });

  test('outputVariable() rejects an undeclared output', () => {
    const call = new HttpStep({ identifier: 'call', url: 'https://example.com', method: HttpMethod.GET });
    expect(() => call.outputVariable('id')).toThrow(
      /spec.outputVariables: 'id' is not an output variable of this step. Fix: add 'id' to outputVariables, or use one of: \(none\)/,
    );
  });

  test('credential headers accept a SecretRef, text built from one, a Secret variable or a secrets expression', () => {
    const secretVar = PipelineVariable.secret('pat');
    const step = new HttpStep({
      identifier: 'call',
      url: 'https://example.com',
      method: HttpMethod.GET,
      headers: [
        { key: 'Authorization', value: `Bearer ${SecretRef.fromIdentifier('account.pat')}` },
        { key: 'X-Auth-Token', value: secretVar },
        { key: 'PRIVATE-TOKEN', value: Expr.raw('<+secrets.getValue("org.gitlab")>') },
      ],
    });
    expect(rendered([step], [secretVar])[0].spec.headers).toEqual([
      { key: 'Authorization', value: 'Bearer <+secrets.getValue("account.pat")>' },
      { key: 'X-Auth-Token', value: '<+pipeline.variables.pat>' },
      { key: 'PRIVATE-TOKEN', value: '<+secrets.getValue("org.gitlab")>' },
    ]);
  });

  test('a credential header may use a Secret-typed output of an earlier step, not a String one', () => {
    const login = new HttpStep({
      identifier: 'login',
      url: 'https://example.com/login',
      method: HttpMethod.POST,
      outputVariables: [
        { name: 'session', type: VariableType.SECRET, value: '<+json.object(httpResponseBody).token>' },
        { name: 'user', value: '<+json.object(httpResponseBody).user>' },
      ],
    });
    const shell = new ShellScriptStep({
      identifier: 'mint',
      script: 't=x',
      outputVariables: [{ name: 't', type: VariableType.SECRET }, 'plain'],
    });
    const call = new HttpStep({
      identifier: 'call',
      url: 'https://example.com/api',
      method: HttpMethod.GET,
      headers: [
        { key: 'Authorization', value: `Bearer ${login.outputVariable('session')}` },
        { key: 'X-Token', value: shell.outputVariable('t') },
      ],
    });
    expect(rendered([login, shell, call])[2].spec.headers).toEqual([
      { key: 'Authorization', value: 'Bearer <+pipeline.stages.s.spec.execution.steps.login.output.outputVariables.session>' },
      { key: 'X-Token', value: '<+pipeline.stages.s.spec.execution.steps.mint.output.outputVariables.t>' },
    ]);
    expect(
      () =>
        new HttpStep({
          identifier: 'c2',
          url: 'https://x.io',
          method: HttpMethod.GET,
          headers: [{ key: 'Authorization', value: login.outputVariable('user') }],
        }),
    ).toThrow(/header 'Authorization' carries a credential.*\(got an expression without a secret\)/);
    expect(
      () =>
        new HttpStep({
          identifier: 'c3',
          url: 'https://x.io',
          method: HttpMethod.GET,
          headers: [{ key: 'Authorization', value: shell.outputVariable('plain') }],
        }),
    ).toThrow(/header 'Authorization' carries a credential/);
    expect(login.isSecretOutput('session')).toBe(true);
    expect(login.isSecretOutput('user')).toBe(false);
  });

  test('is not allowed in an IDP stage', () => {
    expect(
      () => new IdpStage({ identifier: 'idp', steps: [new HttpStep({ identifier: 'c', url: 'https://x.io', method: HttpMethod.GET })] }),
    ).toThrow(/step type 'Http' is not allowed in an IDP stage/);
  });

  describe('validation', () => {
    test('a credential header rejects a literal value without echoing it', () => {
      const make = (key: string, value: any) => () =>
        new HttpStep({ identifier: 'c', url: 'https://x.io', method: HttpMethod.GET, headers: [{ key, value }] });
      expect(make('x-api-key', 'pat.abc.def')).toThrow(
        "step 'c': spec.headers[0].value: header 'x-api-key' carries a credential, so its value must be built from a SecretRef (got plain text). Fix: pass SecretRef.fromIdentifier('account.x') (or a string built from one, e.g. `Bearer ${SecretRef.fromIdentifier('account.x')}`) so the credential never sits in the pipeline YAML",
      );
      expect(make('x-api-key', 'pat.abc.def')).not.toThrow(/abc/);
      expect(make('Authorization', 'Bearer <+secrets.getValue("x")>')).toThrow(
        /header 'Authorization' carries a credential.*\(got plain text\)/,
      );
      expect(make('token', PipelineVariable.string('t'))).toThrow(
        /header 'token' carries a credential.*\(got an expression without a secret\)/,
      );
      expect(make('Cookie', `session=${Expr.EXECUTION_ID}`)).toThrow(
        /header 'Cookie' carries a credential.*\(got an expression without a secret\)/,
      );
    });

    test('the URL is required and is an http(s) URL', () => {
      expect(() => new HttpStep({ identifier: 'c', url: '', method: HttpMethod.GET })).toThrow(/spec.url: is empty/);
      expect(() => new HttpStep({ identifier: 'c', url: 'ftp://x.io', method: HttpMethod.GET })).toThrow(
        "step 'c': spec.url: 'ftp://x.io' is not an http:// or https:// URL. Fix: give a full URL such as 'https://app.harness.io/ng/api/...'",
      );
      expect(() => new HttpStep({ identifier: 'c', url: `${PipelineVariable.string('u')}/path`, method: HttpMethod.GET })).not.toThrow();
    });

    test('the method is one of the HTTP methods', () => {
      expect(() => new HttpStep({ identifier: 'c', url: 'https://x.io', method: 'get' as any })).toThrow(
        /spec.method: 'get' is not an HTTP method. Fix: use one of GET, POST, PUT, DELETE, HEAD, OPTIONS, PATCH/,
      );
    });

    test('headers need a key and a value', () => {
      expect(
        () => new HttpStep({ identifier: 'c', url: 'https://x.io', method: HttpMethod.GET, headers: [{ key: '', value: 'x' }] }),
      ).toThrow("step 'c': spec.headers[0].key: is empty. Fix: give the header name");
      expect(
        () => new HttpStep({ identifier: 'c', url: 'https://x.io', method: HttpMethod.GET, headers: [{ key: 'Accept', value: '' }] }),
      ).toThrow(/spec.headers\[0\].value: is empty/);
    });

    test('output variables are checked like NG variables', () => {
      expect(
        () =>
          new HttpStep({
            identifier: 'c',
            url: 'https://x.io',
            method: HttpMethod.GET,
            outputVariables: [{ name: 'n', type: VariableType.NUMBER, value: 'abc' }],
          }),
      ).toThrow(/spec.outputVariables\[0\].value: Number variable 'n' has the non-numeric value 'abc'/);
    });

    test('the timeout is at most 53w', () => {
      expect(() => new HttpStep({ identifier: 'c', url: 'https://x.io', method: HttpMethod.GET, timeout: '52w 8d' })).toThrow(
        "step 'c': timeout: '52w 8d' is longer than the maximum of 53w for this step. Fix: use at most '53w'",
      );
      expect(() => new HttpStep({ identifier: 'c', url: 'https://x.io', method: HttpMethod.GET, timeout: '53w' })).not.toThrow();
    });
  });

  test('validates against the Harness schema', () => {
    const step = new HttpStep({
      identifier: 'call',
      url: 'https://example.com',
      method: HttpMethod.POST,
      headers: [{ key: 'x-api-key', value: adminPat }],
      requestBody: '{}',
      assertion: '<+httpResponseCode> == 200',
      outputVariables: [{ name: 'id', value: '<+json.object(httpResponseBody).id>' }],
      delegateSelectors: ['eu'],
    });
    expect(pipelineWith([step])).toBeValidHarnessPipeline();
  });
});

describe('HttpStep response expressions', () => {
  test('render the in-step response expressions', () => {
    expect(HttpStep.RESPONSE_CODE.resolve()).toBe('<+httpResponseCode>');
    expect(HttpStep.RESPONSE_BODY.resolve()).toBe('<+httpResponseBody>');
    expect(HttpStep.responseJson('data.items[0].id').resolve()).toBe('<+json.object(httpResponseBody).data.items[0].id>');
    expect(resolveString(HttpStep.expectStatus(200))).toBe('<+httpResponseCode> == 200');
  });

  test('rejects a JSON path that is not dotted field names', () => {
    expect(() => HttpStep.responseJson('data; rm -rf')).toThrow(
      "HttpStep.responseJson: path: 'data; rm -rf' is not a JSON field path. Fix: use dotted field names and [index], e.g. 'data.token' or 'items[0].id'",
    );
  });
});
