import { encodeUrlComponentText, mapTokenParts, mapWholeTokens } from '../../src/core/terraform-token';
import { PipelineStoreType, studioUrlText } from '../../src/workflow/pipeline-url-props';

// CDKTF string tokens as the models see them: `${TfToken[<key>]}` markers in text.
const TOKEN = '${TfToken[TOKEN.7]}';

describe('Terraform tokens in model text', () => {
  test('mapTokenParts maps literal parts (told whether a token follows) and tokens, in order', () => {
    const parts: string[] = [];
    const out = mapTokenParts(
      `a${TOKEN}b${TOKEN}`,
      (part, beforeToken) => {
        parts.push(`${part}:${beforeToken}`);
        return part.toUpperCase();
      },
      () => '<T>',
    );
    expect(out).toBe('A<T>B<T>');
    expect(parts).toEqual(['a:true', 'b:true', ':false']);
    expect(
      mapTokenParts(
        '',
        (p, b) => `[${p}:${b}]`,
        () => 'x',
      ),
    ).toBe('[:false]');
  });

  test('encodeUrlComponentText percent-encodes literal text and keeps token markers as written', () => {
    expect(encodeUrlComponentText('a b&c/d#')).toBe('a%20b%26c%2Fd%23');
    expect(encodeUrlComponentText(`x&${TOKEN}/y`)).toBe(`x%26${TOKEN}%2Fy`);
  });

  test('mapWholeTokens replaces string values that are exactly one token, nothing else', () => {
    const doc = { a: TOKEN, b: [TOKEN, `x ${TOKEN}`, 1, null], [TOKEN]: 'key', c: { d: TOKEN, e: true } };
    expect(mapWholeTokens(doc, (t) => `J(${t})`)).toEqual({
      a: `J(${TOKEN})`,
      b: [`J(${TOKEN})`, `x ${TOKEN}`, 1, null],
      [TOKEN]: 'key',
      c: { d: `J(${TOKEN})`, e: true },
    });
    expect(doc.a).toBe(TOKEN);
    const plain = { a: 'x', b: [`y ${TOKEN}`] };
    expect(mapWholeTokens(plain, () => 'never')).toBe(plain);
  });

  test('the Pipeline Studio URL keeps a repository token as a token', () => {
    const props = { accountId: 'ACC', orgId: 'default', projectId: 'p', pipelineId: 'deploy' };
    const url = studioUrlText('https://app.harness.io', 'idp', props, PipelineStoreType.REMOTE, { repoName: TOKEN, branch: 'feat/x' });
    expect(url).toBe(
      `https://app.harness.io/ng/account/ACC/module/idp/orgs/default/projects/p/pipelines/deploy/pipeline-studio/?storeType=REMOTE&repoName=${TOKEN}&branch=feat%2Fx`,
    );
  });
});
