import { App, TerraformLocal, TerraformStack } from 'cdktf';
import { tmpdir } from 'node:os';
import { PlatformPipeline } from '../../.gen/providers/harness/platform-pipeline';
import { PlatformProject } from '../../.gen/providers/harness/platform-project';
import { formatHcl } from '../../src/terraform/hcl-format';
import { renderStackHcl } from '../../src/terraform/hcl-render';
import { hclStringExpression } from '../../src/terraform/hcl-string';
import { escapeTerraformString } from '../../src/terraform/terraform-string';
import { applyHcl, terraformFmtCheck } from '../support/hcl';
import { evaluateWithTerraform } from '../support/terraform';

/** Literal text: quotes, backslashes, template syntax, heredoc markers, control characters. */
const LITERALS = [
  'plain',
  '',
  'say "hi" \\ C:\\path \\n not a newline',
  'url: ${{ parameters.project_name }} and %{ if x }',
  'already escaped: $${y} and %%{z}',
  'runs: $$${a} $$$$ ${"$"}{b}',
  'tab\there, bell \u0007, unicode ✓',
  'line1\nline2 "q" \\ ${HOME}\n',
  'script:\n  cat <<EOT\n  hello\nEOT\n  EOT1\n',
  'no final newline\nsecond line',
  'crlf\r\nline\r\n',
  '<+pipeline.variables.x> <+secrets.getValue("account.pat")>',
];

function elements(stack: TerraformStack) {
  return stack.node.findAll().filter((c): c is any => typeof (c as any).toHclTerraform === 'function' && c !== stack);
}

describe('hclStringExpression', () => {
  test('quotes single-line text, escaping backslashes, quotes and control characters in literal parts only', () => {
    expect(hclStringExpression('plain')).toBe('"plain"');
    expect(hclStringExpression('')).toBe('""');
    expect(hclStringExpression('a "q" \\ b\tc\u0001')).toBe('"a \\"q\\" \\\\ b\\tc\\u0001"');
    expect(hclStringExpression('x $${lit} %%{d} ${var.a} ${upper("a\\"}b")}')).toBe('"x $${lit} %%{d} ${var.a} ${upper("a\\"}b")}"');
    expect(hclStringExpression('no final newline\nsecond')).toBe('"no final newline\\nsecond"');
    expect(hclStringExpression('crlf\r\n')).toBe('"crlf\\r\\n"');
  });

  test('writes a lone interpolation bare, as terraform fmt does', () => {
    expect(hclStringExpression('${harness_platform_project.p.identifier}')).toBe('harness_platform_project.p.identifier');
    expect(hclStringExpression('${join("-", ["a", "b"])}')).toBe('join("-", ["a", "b"])');
    expect(hclStringExpression('%{ if true }x%{ endif }')).toBe('"%{ if true }x%{ endif }"');
  });

  test('writes multi-line text ending in a newline as a heredoc whose delimiter no line matches', () => {
    expect(hclStringExpression('a: "1"\nb: \\2\n')).toBe('<<EOT\na: "1"\nb: \\2\nEOT');
    expect(hclStringExpression('x\nEOT\n  EOT1\n')).toBe('<<EOT2\nx\nEOT\n  EOT1\nEOT2');
  });

  test('Terraform evaluates the HCL form of every template exactly as the cdk.tf.json form', () => {
    const templates: Record<string, string> = {};
    LITERALS.forEach((text, i) => {
      templates[`literal${i}`] = escapeTerraformString(text);
      templates[`mixed${i}`] = `${escapeTerraformString(text)}\${var.acct}${escapeTerraformString(text)}`;
    });
    templates.reference = '${var.acct}';
    templates.call = '${upper("a\\"b")}-${var.acct}';
    const fromJson = evaluateWithTerraform(templates, { acct: 'ACC"1\\' });
    const hcl = `${[
      'variable "acct" {\n  type    = string\n  default = "ACC\\"1\\\\"\n}',
      ...Object.entries(templates).map(([k, t]) => `output "${k}" {\n  value = ${hclStringExpression(t)}\n}`),
    ].join('\n\n')}\n`;
    const fromHcl = applyHcl(hcl);
    expect(fromHcl).toEqual(fromJson);
    LITERALS.forEach((text, i) => expect(fromHcl[`literal${i}`]).toBe(text));
  });
});

describe('renderStackHcl', () => {
  function stack(): TerraformStack {
    return new TerraformStack(new App({ outdir: tmpdir(), skipValidation: true }), 'module');
  }

  test('renders blocks through CDKTF with exact strings, bare references and bare meta-argument references', () => {
    const s = stack();
    const project = new PlatformProject(s, 'project', {
      identifier: 'proj',
      name: 'My "quoted" \\ project',
      orgId: 'default',
      tags: ['team:"a"', 'x'],
    });
    new PlatformPipeline(s, 'ci', {
      identifier: 'ci',
      name: 'CI',
      orgId: project.orgId,
      projectId: project.identifier,
      yaml: 'pipeline:\n  name: ci\nEOF\n',
      dependsOn: [project],
      lifecycle: { ignoreChanges: ['yaml'] },
      gitDetails: { branchName: 'main', filePath: '.harness/ci.yaml' },
    });
    const hcl = formatHcl(renderStackHcl(s, elements(s)));
    expect(hcl).toBe(
      [
        'resource "harness_platform_project" "project" {',
        '  identifier = "proj"',
        '  name       = "My \\"quoted\\" \\\\ project"',
        '  org_id     = "default"',
        '  tags = [',
        '    "team:\\"a\\"",',
        '    "x"',
        '  ]',
        '}',
        '',
        'resource "harness_platform_pipeline" "ci" {',
        '  identifier = "ci"',
        '  name       = "CI"',
        '  org_id     = harness_platform_project.project.org_id',
        '  project_id = harness_platform_project.project.identifier',
        '  yaml       = <<EOT',
        'pipeline:',
        '  name: ci',
        'EOF',
        'EOT',
        '  git_details {',
        '    branch_name = "main"',
        '    file_path   = ".harness/ci.yaml"',
        '  }',
        '  depends_on = [',
        '    harness_platform_project.project,',
        '  ]',
        '  lifecycle {',
        '    ignore_changes = [',
        '      yaml,',
        '    ]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(terraformFmtCheck({ main: hcl })).toBe('');
  });

  test('locals keep their exact values, including 0, false, null and multi-line text', () => {
    const s = stack();
    new TerraformLocal(s, 'values', {
      zero: 0,
      no: false,
      nothing: null,
      text: escapeTerraformString('a "b" \\ ${c}\nEOT\n'),
      list: ['1', 2],
    });
    new TerraformLocal(s, 'zero', 0);
    const hcl = formatHcl(renderStackHcl(s, elements(s)));
    expect(terraformFmtCheck({ main: hcl })).toBe('');
    const outputs = applyHcl(`${hcl}\noutput "values" {\n  value = local.values\n}\n\noutput "zero" {\n  value = local.zero\n}\n`);
    expect(outputs).toEqual({ values: { zero: 0, no: false, nothing: null, text: 'a "b" \\ ${c}\nEOT\n', list: ['1', 2] }, zero: 0 });
  });

  test('multi-line text in a list is quoted (a heredoc cannot take the comma after it)', () => {
    const s = stack();
    new TerraformLocal(s, 'items', ['a\nb\n', 'c "q"\nEOT\n', 'last\n']);
    const hcl = formatHcl(renderStackHcl(s, elements(s)));
    expect(hcl).toContain('  items = [\n    "a\\nb\\n",\n    "c \\"q\\"\\nEOT\\n",\n    "last\\n",\n  ]\n');
    expect(terraformFmtCheck({ main: hcl })).toBe('');
    const outputs = applyHcl(`${hcl}\noutput "items" {\n  value = local.items\n}\n`);
    expect(outputs).toEqual({ items: ['a\nb\n', 'c "q"\nEOT\n', 'last\n'] });
  });

  test('reports references to resources of another stack', () => {
    const other = new TerraformStack(new App({ outdir: tmpdir(), skipValidation: true }), 'other');
    const project = new PlatformProject(other, 'project', { identifier: 'p', name: 'p', orgId: 'default' });
    const s = stack();
    new PlatformPipeline(s, 'ci', { identifier: 'ci', name: 'CI', orgId: 'default', projectId: project.identifier, yaml: 'x' });
    const seen: string[] = [];
    renderStackHcl(s, elements(s), { foreignReference: (id, e) => seen.push(`${e.node.path} -> ${id}`) });
    expect(seen).toEqual(['module/ci -> harness_platform_project.project.identifier']);
  });
});
