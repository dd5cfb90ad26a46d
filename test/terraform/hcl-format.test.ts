import { format } from '@cdktf/hcl-tools';
import { formatHcl } from '../../src/terraform/hcl-format';
import { terraformFmtCheck } from '../support/hcl';

const SAMPLES: Record<string, string> = {
  attributes: 'resource "harness_platform_project" "p" {\nidentifier = "p"\nname = "Project"\norg_id = "default"\n}\n',
  nested:
    'resource "harness_platform_pipeline" "ci" {\nidentifier = "ci"\ngit_details {\nbranch_name = "main"\nfile_path = ".harness/ci.yaml"\n}\ntags = [\n"a:b",\n"c:d"\n]\n}\n',
  heredoc:
    'resource "harness_platform_pipeline" "ci" {\nidentifier = "ci"\nyaml = <<EOT\npipeline:\n  name: ci\n    odd: indentation stays\nEOT\nname = "x"\n}\n',
  locals: 'locals {\n    a = 1\nlonger_name = "x"\n}\n\ndata "harness_platform_project" "p" {\nidentifier = "p"\norg_id = "default"\n}\n',
};

describe('formatHcl', () => {
  test("formats exactly as the package's async format() does", async () => {
    for (const [name, text] of Object.entries(SAMPLES)) {
      const expected = await format(text);
      expect({ name, text: formatHcl(text) }).toEqual({ name, text: expected });
    }
  });

  test('indents blocks and aligns the = of consecutive attributes', () => {
    expect(formatHcl(SAMPLES.attributes)).toBe(
      'resource "harness_platform_project" "p" {\n  identifier = "p"\n  name       = "Project"\n  org_id     = "default"\n}\n',
    );
  });

  test('leaves heredoc content as it is', () => {
    expect(formatHcl(SAMPLES.heredoc)).toContain('yaml       = <<EOT\npipeline:\n  name: ci\n    odd: indentation stays\nEOT\n');
  });

  test('is idempotent, and terraform fmt -check accepts its output', () => {
    const formatted = Object.fromEntries(Object.entries(SAMPLES).map(([k, v]) => [k, formatHcl(v)]));
    for (const text of Object.values(formatted)) expect(formatHcl(text)).toBe(text);
    expect(terraformFmtCheck(formatted)).toBe('');
  });

  test('a text formatted again is answered from the memo with the same bytes; the memo stays bounded', async () => {
    const first = formatHcl(SAMPLES.nested);
    expect(formatHcl(SAMPLES.nested)).toBe(first);
    expect(first).toBe(await format(SAMPLES.nested));
    // more distinct texts than the memo holds: every answer is still the formatter's
    for (let i = 0; i < 100; i++) {
      const text = `locals {\nvalue_${i} = ${i}\nb = 1\n}\n`;
      expect(formatHcl(text)).toBe(`locals {\n  value_${i} = ${i}\n  b${' '.repeat(String(i).length + 6)}= 1\n}\n`);
    }
    expect(formatHcl(SAMPLES.nested)).toBe(first);
  });
});
