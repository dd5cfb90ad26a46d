import { throwIfInvalid } from '../../src/core/value-problems';
import { credentialIn, credentialProblems } from '../../src/core/credentials';
import { ValidationError } from '../../src/core/errors';
import { SecretRef } from '../../src/core/secret-ref';
import { Pipeline } from '../../src/pipeline/pipeline';
import { CustomStage } from '../../src/pipeline/stages/custom-stage';
import { RunStep } from '../../src/pipeline/steps/common/run';
import { HttpMethod, HttpStep } from '../../src/pipeline/steps/custom/http';
import { ShellScriptStep } from '../../src/pipeline/steps/custom/shell-script';
import { PipelineVariable } from '../../src/pipeline/variable';
import { TriggerAuth } from '../../src/workflow/trigger-auth';

// Token-shaped test values are assembled at run time, so that no committed file holds one.
const join = (...parts: string[]): string => parts.join('');
const TOKENS: Record<string, string> = {
  'GitHub token': join('gh', 'p_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'),
  'Slack token': join('xo', 'xb-', '1234567890-abcdefghij-KLMNOP'),
  'Harness API key (PAT/SAT)': join('pa', 't.', 'AbCdEfGhIjK', '.', 'LmNoPqRsTuV', '.', 'WxYz0123456'),
  'JSON Web Token': join('ey', 'JhbGciOiJIUzI1NiJ9', '.', 'ey', 'JzdWIiOiIxMjM0NTY3ODkwIn0', '.', 'dozjgNryP4J3jVmNHl0w5N'),
  'AWS access key': join('AK', 'IAIOSFODNN7EXAMPLE'),
  'private key': join('-----BEGIN RSA ', 'PRIVATE KEY-----'),
  'Slack webhook URL': join('https://hooks.', 'slack.com/services/', 'T0A1B2C3D/B0E4F5G6H/q8X2vL9mR4tK7wZ1pN3sJ6yC'),
  'Microsoft Teams webhook URL': join(
    'https://acme.webhook.',
    'office.com/webhookb2/',
    '0f1e2d3c-aaaa-bbbb-cccc@1234/IncomingWebhook/9f8e7d6c',
  ),
  'Discord webhook URL': join('https://discord.com/api/', 'webhooks/123456789012345678/', 'AbCdEfGhIjKlMnOpQrStUvWxYz012345'),
  'password in a URL': join('https://ops:', 'Xk29vLq8Rt55mWz3', '@alerts.example.com/hook'),
};
const MESSAGE = (kind: string): string =>
  `holds what looks like a ${kind} (value not shown); credentials must never be written into code, Git or pipeline YAML`;
const FIX = "Fix: store it as a Harness secret and pass SecretRef.fromIdentifier('account.<secret identifier>') instead";

describe('credentialIn', () => {
  test.each(Object.entries(TOKENS))('finds a %s anywhere in a text', (kind, token) => {
    expect(credentialIn(`export VALUE=${token} && run`)).toBe(kind);
  });

  test('a long random word counts only in a field named like a credential', () => {
    const random = join('wJalrXUtnFEMI', 'K7MDENGbPxRfiCY', '9EXAMPLEKEY2');
    expect(credentialIn(random, 'api_token')).toBe("secret value in a field named 'api_token'");
    expect(credentialIn(random, 'description')).toBeUndefined();
  });

  test('the camelCase key fields of notification methods name credential fields, other ...Key fields do not', () => {
    const random = join('e93facc04764012d', '7bfb002500d5d1a6');
    expect(credentialIn(random, 'integrationKey')).toBe("secret value in a field named 'integrationKey'");
    expect(credentialIn(random, 'msTeamKeys')).toBe("secret value in a field named 'msTeamKeys'");
    for (const name of ['publicKey', 'cacheKey', 'infrastructureKey', 'monkey'])
      expect([name, credentialIn(random, name)]).toEqual([name, undefined]);
  });

  test('URLs without a credential, or whose password is an expression, are not credentials', () => {
    for (const text of [
      'https://example.webhook.office.com/x',
      'https://hooks.slack.com/services/short',
      'https://user@alerts.example.com/hook',
      'postgres://postgres:postgres@localhost:5432/app_test',
      'amqp://guest:guest@localhost:5672/',
      'https://user:****@host/x',
      'https://admin:{{.Password}}@host/x',
      'https://ops:<+secrets.getValue("account.alerts_password")>@alerts.example.com/hook',
      'git@github.com:acme/platform-gitops.git',
      'https://app.harness.io/ng/account/abc/module/idp',
    ]) {
      expect(credentialIn(text)).toBeUndefined();
    }
  });

  test('names, identifiers and expressions are not credentials', () => {
    for (const text of [
      'account.idp_onboarding_pat',
      'SERVICE_ACCOUNT',
      '<+secrets.getValue("account.x")>',
      '${{ secrets.token }}',
      'Bearer abc',
    ]) {
      expect(credentialIn(text, 'x-api-key')).toBeUndefined();
    }
  });
});

describe('credentialProblems of a document', () => {
  test('names the field (a header pair by its key, a URL by its query parameter) and never repeats the value', () => {
    const doc = {
      headers: [{ key: 'X-Harness-Key', value: join('aB3dE5fG7hI9jK1lM3nO5pQ', '7r') }],
      url: `https://example.com/x?token=${join('Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2')}`,
      env: { NOTE: `see ${TOKENS['GitHub token']}` },
    };
    const problems = credentialProblems(doc, "pipeline 'p'");
    expect(problems.map((p) => `${p.field}: ${p.problem}`)).toEqual([
      `headers[0].value: ${MESSAGE("secret value in a field named 'X-Harness-Key'")}`,
      `url: ${MESSAGE("credential in the URL query parameter 'token'")}`,
      `env.NOTE: ${MESSAGE('GitHub token')}`,
    ]);
    for (const p of problems) expect(JSON.stringify(p)).not.toMatch(/aB3dE5|Zx9Yw8|A1b2C3/);
  });
});

describe('the detector at the text entry points', () => {
  const pipelineWith = (...steps: (RunStep | HttpStep | ShellScriptStep)[]): Pipeline =>
    new Pipeline({ identifier: 'p' }).addStage(new CustomStage({ identifier: 's', steps }));
  const problems = (p: Pipeline): string[] => (p.validate().length === 0 ? p.render().problems.map((x) => `${x.field}: ${x.problem}`) : []);

  test('Run environment variables and ShellScript environment variables', () => {
    const run = new RunStep({ identifier: 'r', command: 'deploy', envVariables: { GITHUB_TOKEN: TOKENS['GitHub token'] } });
    expect(() => pipelineWith(run).toYaml()).toThrow(
      `pipeline 'p': pipeline.stages[0].stage.spec.execution.steps[0].step.spec.envVariables.GITHUB_TOKEN: ${MESSAGE('GitHub token')}. ${FIX}`,
    );
    const shell = new ShellScriptStep({
      identifier: 'sh',
      script: 'curl -H "Authorization: $T" https://x',
      environmentVariables: [{ name: 'T', value: TOKENS['Slack token'] }],
    });
    expect(problems(pipelineWith(shell))).toEqual([
      `pipeline.stages[0].stage.spec.execution.steps[0].step.spec.environmentVariables[0].value: ${MESSAGE('Slack token')}`,
    ]);
  });

  test('a token in an Http URL query', () => {
    const http = new HttpStep({
      identifier: 'h',
      method: HttpMethod.GET,
      url: `https://api.example.com/v1?token=${join('Qw3rTy5uI7oP9aS1dF3gH5jK')}`,
    });
    expect(problems(pipelineWith(http))).toEqual([
      `pipeline.stages[0].stage.spec.execution.steps[0].step.spec.url: ${MESSAGE("credential in the URL query parameter 'token'")}`,
    ]);
  });

  test('a Secret variable with a token as its value', () => {
    const p = pipelineWith(new RunStep({ identifier: 'r', command: 'x' })).addVariable(
      PipelineVariable.secret('deploy_key', { value: TOKENS['Harness API key (PAT/SAT)'] }),
    );
    expect(() => p.toYaml()).toThrow(`pipeline 'p': pipeline.variables[0].value: ${MESSAGE('Harness API key (PAT/SAT)')}. ${FIX}`);
  });

  test('SecretRef.fromIdentifier and TriggerAuth.apiKeySecret refuse a token given as an identifier', () => {
    const fix =
      "Fix: store it as a Harness secret and pass SecretRef.fromIdentifier('account.<secret identifier>') (the identifier, not the value)";
    expect(() => throwIfInvalid(SecretRef.fromIdentifier(TOKENS['GitHub token']))).toThrow(
      `SecretRef.fromIdentifier: identifier: ${MESSAGE('GitHub token')}. ${fix}`,
    );
    expect(() => throwIfInvalid(TriggerAuth.apiKeySecret(TOKENS['Slack token']))).toThrow(
      `trigger auth: apiKeySecret: ${MESSAGE('Slack token')}. ${fix}`,
    );
    let thrown: unknown;
    try {
      throwIfInvalid(SecretRef.fromIdentifier(TOKENS['GitHub token']));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as Error).message).not.toContain(TOKENS['GitHub token']);
  });
});
