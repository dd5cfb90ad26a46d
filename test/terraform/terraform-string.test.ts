import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import {
  containsTerraformToken,
  escapeTerraformString,
  hideHarnessExpressions,
  unescapeTerraformString,
} from '../../src/terraform/terraform-string';
import { evaluateWithTerraform } from '../support/terraform';

/** Literal text that Terraform would otherwise interpolate or treat as a directive. */
const TRICKY = [
  'url: ${{ parameters.project_name }}',
  'echo "${HOME}" and %{ if x }',
  'already escaped: $${y} and %%{z}',
  'runs: $$${a} $$$$ ${"$"}{b}',
  'brackets } {{ }} ${ unterminated',
  'ends in a dollar: $',
  'two: $$',
  '$',
  'percent %',
  'plain text',
  '',
];

describe('escapeTerraformString', () => {
  test("escapes ${ and %{ in literal-only text with Terraform's own escapes", () => {
    expect(escapeTerraformString('a ${{ parameters.x }} %{ if }')).toBe('a $${{ parameters.x }} %%{ if }');
    expect(escapeTerraformString('no templates here')).toBe('no templates here');
  });

  test('leaves CDKTF tokens intact and balances literal ${ next to them', () => {
    const s = new TerraformStack(Testing.app(), 's');
    const token = new TerraformVariable(s, 'acct', { type: 'string' }).stringValue;
    const escaped = escapeTerraformString(`x \${{ parameters.${token} }}`);
    expect(containsTerraformToken(escaped)).toBe(true);
    expect(escaped).toContain(token);
    expect(escaped.startsWith('x ${"$"}{{ parameters.')).toBe(true);
  });

  test('writes a run of $ right before a token as ${"$"} each, so the token is not read as escaped', () => {
    const s = new TerraformStack(Testing.app(), 's');
    const token = new TerraformVariable(s, 'v', { type: 'string' }).stringValue;
    const dollar = '${"$"}';
    expect(escapeTerraformString(`a$${token}`)).toBe(`a${dollar}${token}`);
    expect(escapeTerraformString(`$$${token}$`)).toBe(`${dollar}${dollar}${token}$`);
    expect(escapeTerraformString(`${token}$${token}`)).toBe(`${token}${dollar}${token}`);
  });

  test('rejects an embedded list token', () => {
    expect(() => escapeTerraformString('a #{TfToken[TOKEN.1]} b')).toThrow(
      'escapeTerraformString: the text embeds a CDKTF list token, which cannot be part of a string. Fix: join the list with Fn.join() first',
    );
  });

  test('unescapeTerraformString reverses literal-only escaping', () => {
    for (const t of TRICKY) expect(unescapeTerraformString(escapeTerraformString(t))).toBe(t);
  });

  test('Terraform evaluates every escaped string, literal-only and mixed with a reference, to the original text', () => {
    const app = Testing.app();
    const s = new TerraformStack(app, 'roundtrip');
    const v = new TerraformVariable(s, 'acct', { type: 'string' });
    const values: Record<string, string> = {};
    const expected: Record<string, string> = {};
    TRICKY.forEach((t, i) => {
      new TerraformOutput(s, `literal${i}`, { value: escapeTerraformString(t) });
      new TerraformOutput(s, `mixed${i}`, { value: escapeTerraformString(`${t}${v.stringValue}${t}`) });
      new TerraformOutput(s, `inside${i}`, { value: escapeTerraformString(`\${{ parameters.${v.stringValue} }} ${t}`) });
      expected[`literal${i}`] = t;
      expected[`mixed${i}`] = `${t}ACC123${t}`;
      expected[`inside${i}`] = `\${{ parameters.ACC123 }} ${t}`;
    });
    const json = JSON.parse(Testing.synth(s)) as { output: Record<string, { value: string }> };
    for (const [k, o] of Object.entries(json.output)) values[k] = o.value;
    expect(evaluateWithTerraform(values, { acct: 'ACC123' })).toEqual(expected);
  });

  test('hideHarnessExpressions writes <+ as <${"+"}, which Terraform evaluates back to <+', () => {
    expect(hideHarnessExpressions('a <+pipeline.name> b')).toBe('a <${"+"}pipeline.name> b');
    expect(hideHarnessExpressions('no expressions')).toBe('no expressions');
    const texts = ['<+pipeline.variables.x>', 'run: ${HOME} <+secrets.getValue("k")> %{ if }', 'x<+<+y>>', ''];
    const values = Object.fromEntries(texts.map((t, i) => [`t${i}`, hideHarnessExpressions(escapeTerraformString(t))]));
    expect(Object.values(values).some((v) => v.includes('<+'))).toBe(false);
    expect(evaluateWithTerraform(values)).toEqual(Object.fromEntries(texts.map((t, i) => [`t${i}`, t])));
  });
});
