import { HarnessApi } from '../../../src/constructs/patterns/blocks/harness-api';
import { Expr } from '../../../src/core/expr';
import { resolveString, resolveValue } from '../../../src/core/resolve';
import { SecretRef } from '../../../src/core/secret-ref';
import { HttpMethod } from '../../../src/pipeline/steps/custom/http';
import { PipelineVariable, VariableType } from '../../../src/pipeline/variable';

const key = () => SecretRef.fromIdentifier('account.admin_pat');

describe('HarnessApi', () => {
  test('an Http call with the API key from the secret, JSON content type and a 200 assertion', () => {
    const id = PipelineVariable.string('secret_id');
    const step = new HarnessApi({ harnessApiKey: key() }, 'team/x').call({
      identifier: 'get_secret',
      name: 'Get secret',
      method: HttpMethod.GET,
      path: `/ng/api/v2/secrets/${id}`,
      query: { accountIdentifier: Expr.ACCOUNT_ID, orgIdentifier: 'default' },
      outputVariables: [{ name: 'tok', type: VariableType.SECRET, value: '<+json.object(httpResponseBody).data>' }],
    });
    expect(resolveValue(step.toObject())).toEqual({
      step: {
        type: 'Http',
        name: 'Get secret',
        identifier: 'get_secret',
        timeout: '30s',
        spec: {
          url: 'https://app.harness.io/ng/api/v2/secrets/<+pipeline.variables.secret_id>?accountIdentifier=<+account.identifier>&orgIdentifier=default',
          method: 'GET',
          headers: [
            { key: 'x-api-key', value: '<+secrets.getValue("account.admin_pat")>' },
            { key: 'Content-Type', value: 'application/json' },
          ],
          assertion: '<+httpResponseCode> == 200',
          outputVariables: [{ name: 'tok', type: 'Secret', value: '<+json.object(httpResponseBody).data>' }],
        },
      },
    });
  });

  test('base URL with a path; trailing slashes and a missing leading slash are handled; assertion can change', () => {
    const api = new HarnessApi({ harnessApiKey: key(), harnessApiUrl: 'https://harness.example.com/gateway//' }, 'team/x');
    expect(api.baseUrl).toBe('https://harness.example.com/gateway');
    expect(api.url('ng/api/user/currentUser')).toBe('https://harness.example.com/gateway/ng/api/user/currentUser');
    const step = api.call({
      identifier: 'me',
      method: HttpMethod.GET,
      path: '/ng/api/user/currentUser',
      assertion: '<+httpResponseCode> < 300',
    });
    expect((resolveValue(step.toObject()) as any).step.spec.assertion).toBe('<+httpResponseCode> < 300');
  });

  test('rejects a literal API key without repeating it, and a missing one', () => {
    expect(() => new HarnessApi({ harnessApiKey: 'pat.secret.value' as any }, 'team/x')).toThrow(
      /^team\/x: harnessApiKey: a plain string was passed where a secret reference is required\. Fix: pass SecretRef\.fromIdentifier\('account\.x'\)[\s\S]*$/,
    );
    expect(() => new HarnessApi({ harnessApiKey: 'pat.secret.value' as any }, 'team/x')).not.toThrow(/pat\.secret/);
    expect(() => new HarnessApi({} as any, 'team/x')).toThrow(/team\/x: harnessApiKey: a secret reference is required/);
    expect(() => new HarnessApi({ harnessApiKey: Expr.ACCOUNT_ID as any }, 'team/x')).toThrow(
      /team\/x: harnessApiKey: expects a SecretRef, got another kind of expression/,
    );
  });

  test('rejects a base URL without a scheme or with a query', () => {
    expect(() => new HarnessApi({ harnessApiKey: key(), harnessApiUrl: 'app.harness.io' }, 'team/x')).toThrow(
      "team/x: harnessApiUrl: 'app.harness.io' is not a base URL. Fix: give scheme and host, optionally a path, e.g. 'https://app.harness.io' or 'https://harness.example.com/gateway'",
    );
    expect(() => new HarnessApi({ harnessApiKey: key(), harnessApiUrl: 'https://app.harness.io/?a=b' }, 'team/x')).toThrow(
      /harnessApiUrl: 'https:\/\/app\.harness\.io\/\?a=b' is not a base URL/,
    );
  });
});

describe('HarnessApi.url', () => {
  test('encodes literal query keys and values, and leaves expressions to Harness', () => {
    const api = new HarnessApi({ harnessApiKey: SecretRef.fromIdentifier('account.pat') }, 'team/x');
    const url = api.url('/ng/api/things', { 'a b': 'x&y=z#w', org: Expr.ORG_ID });
    expect(resolveString(url)).toBe('https://app.harness.io/ng/api/things?a%20b=x%26y%3Dz%23w&org=<+org.identifier>');
  });
});
